import { addDays, calendarDay, isCalendarDay, weekday } from './calendar-day.js';

/**
 * Danish public holidays and the days most workplaces close (juleaften,
 * nytårsaften, grundlovsdag), for planning meetings.
 *
 * Computed here rather than taken from `date-holidays`: that package carries
 * the rules of 200 countries (and lodash, js-yaml, moment-timezone) to answer
 * a question that for Denmark is eight fixed offsets from Easter Sunday and six
 * fixed dates. The Easter computus below is the Meeus/Jones/Butcher algorithm
 * for the Gregorian calendar; the tests hold it against published Easter dates.
 */

export interface Holiday {
  /** YYYY-MM-DD */
  date: string;
  /** Danish name, as in a calendar: "2. påskedag". */
  name: string;
}

/** Easter Sunday of a Gregorian year, as YYYY-MM-DD. */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return calendarDay(year, month, day);
}

/** Store bededag was a public holiday until 2023; the Folketing abolished it from 2024. */
const LAST_YEAR_WITH_STORE_BEDEDAG = 2023;

/** The year's holidays in date order. */
export function danishHolidays(year: number): Holiday[] {
  const easter = easterSunday(year);
  const fromEaster = (days: number, name: string): Holiday => ({ date: addDays(easter, days), name });
  const fixed = (month: number, day: number, name: string): Holiday => ({
    date: calendarDay(year, month, day),
    name,
  });
  const holidays: Holiday[] = [
    fixed(1, 1, 'Nytårsdag'),
    fromEaster(-3, 'Skærtorsdag'),
    fromEaster(-2, 'Langfredag'),
    fromEaster(0, 'Påskedag'),
    fromEaster(1, '2. påskedag'),
    fromEaster(39, 'Kristi himmelfartsdag'),
    fromEaster(49, 'Pinsedag'),
    fromEaster(50, '2. pinsedag'),
    fixed(6, 5, 'Grundlovsdag'),
    fixed(12, 24, 'Juleaftensdag'),
    fixed(12, 25, 'Juledag'),
    fixed(12, 26, '2. juledag'),
    fixed(12, 31, 'Nytårsaftensdag'),
  ];
  if (year <= LAST_YEAR_WITH_STORE_BEDEDAG) holidays.push(fromEaster(26, 'Store bededag'));
  return holidays.sort((x, y) => x.date.localeCompare(y.date));
}

const byYear = new Map<number, Map<string, string>>();

/** The holiday's name when `iso` is one, else undefined. */
export function danishHoliday(iso: string): string | undefined {
  if (!isCalendarDay(iso)) return undefined;
  const year = Number(iso.slice(0, 4));
  let days = byYear.get(year);
  if (!days) {
    days = new Map(danishHolidays(year).map((h) => [h.date, h.name]));
    byYear.set(year, days);
  }
  return days.get(iso);
}

/**
 * Why nobody would plan a meeting on `iso`: "lørdag", "søndag" or the
 * holiday's name; undefined on an ordinary working day (or a malformed date).
 */
export function dayOffReason(iso: string): string | undefined {
  if (!isCalendarDay(iso)) return undefined;
  const holiday = danishHoliday(iso);
  if (holiday) return holiday;
  const day = weekday(iso);
  if (day === 6) return 'lørdag';
  if (day === 0) return 'søndag';
  return undefined;
}

/** `iso` itself when it is a working day, else the first working day after it. */
export function nextWorkingDay(iso: string): string {
  let day = iso;
  // The longest run of days off is Easter, skærtorsdag to 2. påskedag: five days.
  for (let i = 0; i < 14 && dayOffReason(day) !== undefined; i++) day = addDays(day, 1);
  return day;
}
