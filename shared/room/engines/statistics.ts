/** Small descriptive statistics the engines share. Empty input gives null, never NaN. */

export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** The middle value; with an even count, the mean of the two middle values. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Counts per value for every integer from min to max, zeros included, so charts keep their axis. */
export function distribution(values: readonly number[], min: number, max: number) {
  const counts = new Map<number, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  const result: { value: number; count: number }[] = [];
  for (let value = min; value <= max; value += 1) result.push({ value, count: counts.get(value) ?? 0 });
  return result;
}

/**
 * Words counted case-insensitively, shown as first written, most frequent
 * first, then alphabetically (Danish order), so a word cloud is stable.
 */
export function wordCounts(words: readonly string[]) {
  const byKey = new Map<string, { word: string; count: number }>();
  for (const raw of words) {
    const word = raw.trim().replace(/\s+/g, ' ');
    if (!word) continue;
    const key = word.toLocaleLowerCase('da');
    const entry = byKey.get(key);
    if (entry) entry.count += 1;
    else byKey.set(key, { word, count: 1 });
  }
  return [...byKey.values()].sort((a, b) => b.count - a.count || a.word.localeCompare(b.word, 'da'));
}
