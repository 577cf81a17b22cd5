import { describe, expect, it } from 'vitest';
import { addDays, isCalendarDay, weekday } from '../../../shared/domain/calendar-day.js';
import {
  danishHoliday,
  danishHolidays,
  dayOffReason,
  easterSunday,
  nextWorkingDay,
} from '../../../shared/domain/danish-holidays.js';

describe('easterSunday', () => {
  it('matches published Easter dates, including the earliest and latest possible', () => {
    const published: Record<number, string> = {
      1818: '1818-03-22', // earliest possible date
      1943: '1943-04-25', // latest possible date
      2000: '2000-04-23',
      2008: '2008-03-23',
      2019: '2019-04-21',
      2023: '2023-04-09',
      2024: '2024-03-31',
      2025: '2025-04-20',
      2026: '2026-04-05',
      2027: '2027-03-28',
      2028: '2028-04-16',
      2038: '2038-04-25',
    };
    for (const [year, date] of Object.entries(published)) expect(easterSunday(Number(year))).toBe(date);
  });

  it('is always a Sunday between 22 March and 25 April', () => {
    for (let year = 1900; year <= 2200; year++) {
      const easter = easterSunday(year);
      expect(weekday(easter)).toBe(0);
      expect(easter.slice(5) >= '03-22' && easter.slice(5) <= '04-25').toBe(true);
    }
  });
});

describe('danishHolidays', () => {
  it('lists 2026 in date order', () => {
    expect(danishHolidays(2026)).toEqual([
      { date: '2026-01-01', name: 'Nytårsdag' },
      { date: '2026-04-02', name: 'Skærtorsdag' },
      { date: '2026-04-03', name: 'Langfredag' },
      { date: '2026-04-05', name: 'Påskedag' },
      { date: '2026-04-06', name: '2. påskedag' },
      { date: '2026-05-14', name: 'Kristi himmelfartsdag' },
      { date: '2026-05-24', name: 'Pinsedag' },
      { date: '2026-05-25', name: '2. pinsedag' },
      { date: '2026-06-05', name: 'Grundlovsdag' },
      { date: '2026-12-24', name: 'Juleaftensdag' },
      { date: '2026-12-25', name: 'Juledag' },
      { date: '2026-12-26', name: '2. juledag' },
      { date: '2026-12-31', name: 'Nytårsaftensdag' },
    ]);
  });

  it('lists 2027, with Easter in March', () => {
    expect(danishHolidays(2027).map((h) => h.date)).toEqual([
      '2027-01-01',
      '2027-03-25',
      '2027-03-26',
      '2027-03-28',
      '2027-03-29',
      '2027-05-06',
      '2027-05-16',
      '2027-05-17',
      '2027-06-05',
      '2027-12-24',
      '2027-12-25',
      '2027-12-26',
      '2027-12-31',
    ]);
  });

  it('keeps store bededag up to 2023 and leaves it out from 2024, when it was abolished', () => {
    expect(danishHoliday('2023-05-05')).toBe('Store bededag');
    expect(danishHolidays(2023)).toHaveLength(14);
    expect(danishHoliday('2024-04-26')).toBeUndefined(); // would have been store bededag
    expect(danishHolidays(2024).map((h) => h.name)).not.toContain('Store bededag');
    expect(danishHolidays(2027).map((h) => h.name)).not.toContain('Store bededag');
  });
});

describe('dayOffReason and nextWorkingDay', () => {
  it('names weekends and holidays, and nothing on a working day', () => {
    expect(dayOffReason('2026-11-21')).toBe('lørdag');
    expect(dayOffReason('2026-11-22')).toBe('søndag');
    expect(dayOffReason('2026-11-23')).toBeUndefined();
    expect(dayOffReason('2027-03-29')).toBe('2. påskedag');
    expect(dayOffReason('2027-06-05')).toBe('Grundlovsdag'); // a Saturday: the holiday is the better reason
    expect(dayOffReason('ikke en dato')).toBeUndefined();
  });

  it('moves to the first working day, across the whole of Easter', () => {
    expect(nextWorkingDay('2026-11-23')).toBe('2026-11-23');
    expect(nextWorkingDay('2026-11-21')).toBe('2026-11-23');
    expect(nextWorkingDay('2027-03-25')).toBe('2027-03-30'); // skærtorsdag → tirsdag efter 2. påskedag
    expect(nextWorkingDay('2026-12-24')).toBe('2026-12-28'); // jul on Thursday–Saturday, then Sunday
    expect(nextWorkingDay('2026-12-31')).toBe('2027-01-04'); // nytårsaften, nytårsdag, weekend
  });

  it('never returns a weekend or a holiday, for every day of 2024-2030', () => {
    const wrong: string[] = [];
    for (let day = '2024-01-01'; day < '2031-01-01'; day = addDays(day, 1)) {
      const next = nextWorkingDay(day);
      if (!isCalendarDay(next) || dayOffReason(next) !== undefined || next < day)
        wrong.push(`${day} → ${next}`);
    }
    expect(wrong).toEqual([]);
  });
});
