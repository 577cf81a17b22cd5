const shortDate = new Intl.DateTimeFormat('da-DK', { day: 'numeric', month: 'short', year: 'numeric' });
const longDate = new Intl.DateTimeFormat('da-DK', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
const dateTime = new Intl.DateTimeFormat('da-DK', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** YYYY-MM-DD as a local calendar day (never through UTC, which can shift the day). */
export function parseIsoDate(iso: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return null;
  const [, y, m, d] = match;
  const date = new Date(Number(y), Number(m) - 1, Number(d));
  if (date.getMonth() !== Number(m) - 1 || date.getDate() !== Number(d)) return null;
  return date;
}

export function toIsoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** "3. dec. 2026" */
export function formatDate(iso: string | undefined): string {
  if (!iso) return '';
  const date = parseIsoDate(iso);
  return date ? shortDate.format(date) : iso;
}

/** "torsdag den 3. december 2026" */
export function formatLongDate(iso: string | undefined): string {
  if (!iso) return '';
  const date = parseIsoDate(iso);
  if (!date) return iso;
  const text = longDate.format(date);
  // Some ICU versions omit "den" ("torsdag 3. december 2026"); Danish prose wants it.
  return /^\p{L}+ den /u.test(text) ? text : text.replace(/^(\p{L}+),? /u, '$1 den ');
}

/** The local day of a timestamp such as updatedAt: "3. dec. 2026" */
export function formatDay(isoDateTime: string): string {
  const date = new Date(isoDateTime);
  return Number.isNaN(date.getTime()) ? isoDateTime : shortDate.format(date);
}

/** A timestamp such as updatedAt: "3. dec. 2026 kl. 14.05" */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso
    : dateTime.format(date).replace(/,? (\d{2}[.:]\d{2})$/, ' kl. $1');
}

/** 90 → "1 t 30 min", 60 → "1 t", 45 → "45 min", 0 → "0 min". */
export function formatDuration(minutes: number): string {
  const total = Math.max(0, Math.round(minutes));
  const hours = Math.floor(total / 60);
  const rest = total % 60;
  if (hours === 0) return `${rest} min`;
  if (rest === 0) return `${hours} t`;
  return `${hours} t ${rest} min`;
}

/** Whole days from `from` to `to` (both YYYY-MM-DD); negative if `to` is earlier. */
export function daysBetween(from: string, to: string): number | null {
  const a = parseIsoDate(from);
  const b = parseIsoDate(to);
  if (!a || !b) return null;
  return Math.round((b.getTime() - a.getTime()) / 86_400_000);
}

/** "i dag", "i morgen", "om 5 dage", "om 3 uger", "for 2 dage siden". */
export function formatRelativeDay(iso: string, today: string): string {
  const days = daysBetween(today, iso);
  if (days === null) return '';
  if (days === 0) return 'i dag';
  if (days === 1) return 'i morgen';
  if (days === -1) return 'i går';
  if (days > 1 && days < 14) return `om ${days} dage`;
  if (days >= 14 && days < 60) return `om ${Math.round(days / 7)} uger`;
  if (days >= 60) return `om ${Math.round(days / 30)} måneder`;
  const ago = -days;
  if (ago < 14) return `for ${ago} dage siden`;
  if (ago < 60) return `for ${Math.round(ago / 7)} uger siden`;
  return `for ${Math.round(ago / 30)} måneder siden`;
}
