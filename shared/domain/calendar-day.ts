/**
 * Calendar days as YYYY-MM-DD strings. The arithmetic runs on UTC midnights,
 * where every day has 24 hours, so a switch to or from summer time can never
 * shift a date, whatever the computer's time zone.
 */

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** Milliseconds of the day's UTC midnight, or null when the text is not a real date. */
function toUtcMs(iso: string): number | null {
  const match = ISO_DAY.exec(iso);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  // 2026-02-30 rolls over to 2 March; a real date survives the round trip.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null;
  return date.getTime();
}

function fromUtcMs(ms: number): string {
  const date = new Date(ms);
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

export function isCalendarDay(iso: string): boolean {
  return toUtcMs(iso) !== null;
}

/** The day `days` after `iso` (negative: before). Throws on a malformed date: callers check first. */
export function addDays(iso: string, days: number): string {
  const ms = toUtcMs(iso);
  if (ms === null) throw new RangeError(`Not a calendar day: ${iso}`);
  return fromUtcMs(ms + days * DAY_MS);
}

/** A calendar day from its parts (month 1-12); overflowing days roll over into the next month. */
export function calendarDay(year: number, month: number, day: number): string {
  // Not Date.UTC, which reads the years 0-99 as 1900-1999.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return fromUtcMs(date.getTime());
}

/** 0 = Sunday … 6 = Saturday, as Date#getDay. */
export function weekday(iso: string): number {
  const ms = toUtcMs(iso);
  if (ms === null) throw new RangeError(`Not a calendar day: ${iso}`);
  return new Date(ms).getUTCDay();
}

export function isWeekend(iso: string): boolean {
  const day = weekday(iso);
  return day === 0 || day === 6;
}
