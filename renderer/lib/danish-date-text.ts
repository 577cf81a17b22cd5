import { calendarDay, isCalendarDay } from '@shared/domain/calendar-day';

/**
 * Dates as a Danish user types them, day first, whatever language the browser
 * runs in: 12.03.2027, 12-3-2027, 12/3/2027, 12 3 2027, 12032027, and the
 * YYYY-MM-DD a paste from elsewhere may bring. With `lenient` (when the user
 * leaves the field or presses Enter) also a two-digit year, 12.3.27 and 120327,
 * meaning 20xx. Not lenient while typing, or "12.3.20" would flash by as 2020.
 */
export function parseDanishDate(text: string, { lenient = false } = {}): string | null {
  const value = text.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (iso) return isCalendarDay(value) ? value : null;

  const parts =
    /^(\d{1,2})[.\-/\s]+(\d{1,2})[.\-/\s]+(\d{4}|\d{2})\.?$/.exec(value) ??
    /^(\d{2})(\d{2})(\d{4})$/.exec(value) ??
    /^(\d{2})(\d{2})(\d{2})$/.exec(value);
  if (!parts) return null;
  const [, dayText = '', monthText = '', yearText = ''] = parts;
  if (yearText.length === 2 && !lenient) return null;
  const year = yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText);
  const month = Number(monthText);
  const day = Number(dayText);
  // A year outside 1900-2199 is a typo (12.03.0227), not a meeting date.
  if (year < 1900 || year > 2199 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const result = calendarDay(year, month, day);
  // calendarDay rolls 31.04 over to 1 May; a real date keeps its day.
  return Number(result.slice(8)) === day ? result : null;
}

/** YYYY-MM-DD → "12.03.2027"; anything else unchanged. */
export function formatDanishDate(iso: string): string {
  if (!isCalendarDay(iso)) return iso;
  return `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
}
