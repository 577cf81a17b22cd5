import { formatDate, toIsoDate } from '@/lib/format';

/**
 * formatDate and formatDay for a table of many rows, each calendar day
 * formatted once: an Intl date format costs about a tenth of a millisecond,
 * which was the largest single cost of drawing the start screen's rows, and
 * the rows share few days.
 */
export function createDayLabels() {
  const byDay = new Map<string, string>();

  /** "3. dec. 2026" for YYYY-MM-DD, as formatDate. */
  function date(isoDate: string): string {
    let label = byDay.get(isoDate);
    if (label === undefined) {
      label = formatDate(isoDate);
      byDay.set(isoDate, label);
    }
    return label;
  }

  /** The local day of a timestamp, as formatDay. */
  function day(isoDateTime: string): string {
    const moment = new Date(isoDateTime);
    return Number.isNaN(moment.getTime()) ? isoDateTime : date(toIsoDate(moment));
  }

  return { date, day };
}
