/**
 * Folds text for forgiving search: case, accents and the Danish letters are
 * folded to one canonical spelling, applied to query and text alike, so
 * "forlob", "forloeb" and "Forløb" (or "Næstved" and "naestved") find each other.
 */
export function foldForSearch(text: string): string {
  return text
    .toLocaleLowerCase('da-DK')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/aa/g, 'a')
    .replace(/oe/g, 'o')
    .replace(/ae/g, 'a')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A matcher for `query`, or null when the query has no words (everything
 * matches). The query is folded once here, not once per row.
 */
export function searchMatcher(query: string): ((fields: readonly (string | undefined)[]) => boolean) | null {
  const words = foldForSearch(query).split(' ').filter(Boolean);
  if (words.length === 0) return null;
  return (fields) => {
    const haystack = fields
      .filter((f): f is string => !!f)
      .map(foldForSearch)
      .join(' | ');
    return words.every((word) => haystack.includes(word));
  };
}

/** True when every word of the query occurs somewhere in the fields. */
export function matchesSearch(query: string, fields: readonly (string | undefined)[]): boolean {
  return searchMatcher(query)?.(fields) ?? true;
}
