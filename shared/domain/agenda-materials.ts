/**
 * The materials list for a seminar day: every material the agenda's items
 * name, once, with the items that need it, in the order they are first
 * needed. "Post-its" and " post-its " are the same material.
 */

export interface DayMaterial {
  /** As the first item that needs it spells it. */
  name: string;
  /** The items that need it, in agenda order. */
  items: { id: string; title: string }[];
}

const key = (name: string): string => name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('da');

export function dayMaterials(
  items: readonly { id: string; title: string; materials: readonly string[] }[],
): DayMaterial[] {
  const byKey = new Map<string, DayMaterial>();
  for (const item of items) {
    for (const material of item.materials) {
      const k = key(material);
      if (k === '') continue;
      let entry = byKey.get(k);
      if (!entry) {
        entry = { name: material.trim(), items: [] };
        byKey.set(k, entry);
      }
      if (!entry.items.some((needed) => needed.id === item.id)) {
        entry.items.push({ id: item.id, title: item.title });
      }
    }
  }
  return [...byKey.values()];
}
