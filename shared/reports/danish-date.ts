/**
 * Danish dates for reports, from ISO calendar days (YYYY-MM-DD). Formatted in
 * UTC so a calendar day never shifts with the computer's time zone.
 */

const LONG = new Intl.DateTimeFormat('da-DK', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const DAY_MONTH = new Intl.DateTimeFormat('da-DK', { day: 'numeric', month: 'long', timeZone: 'UTC' });
const SHORT = new Intl.DateTimeFormat('da-DK', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  timeZone: 'UTC',
});

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;

function utc(iso: string): Date {
  const match = ISO_DAY.exec(iso);
  if (!match) throw new RangeError(`Not an ISO date: ${iso}`);
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}

/** »22. november 2026«. */
export const danishDate = (iso: string): string => LONG.format(utc(iso));

/** »22.11.2026«, for narrow table columns. */
export const danishShortDate = (iso: string): string => SHORT.format(utc(iso)).replace(/\//g, '.');

/**
 * A period in words: »12. marts – 20. november 2026«, or with both years when
 * they differ; one day when from equals to.
 */
export function danishPeriod(from: string, to: string): string {
  if (from === to) return danishDate(from);
  if (from.slice(0, 4) === to.slice(0, 4)) return `${DAY_MONTH.format(utc(from))} – ${danishDate(to)}`;
  return `${danishDate(from)} – ${danishDate(to)}`;
}
