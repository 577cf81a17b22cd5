import { describe, expect, it } from 'vitest';
import { PROGRAMME_TEMPLATES, findTemplate } from '@shared/templates/programme-templates';
import { addDays, weekday } from '@shared/domain/calendar-day';
import { danishHoliday, dayOffReason } from '@shared/domain/danish-holidays';
import { movedMeetings, plannedMeetingDate, suggestMeetingDates } from '@/lib/schedule';
import { formatDanishDate, parseDanishDate } from '@/lib/danish-date-text';

const nfa = findTemplate('nfa-grundmodel');
if (!nfa) throw new Error('template');

describe('suggestMeetingDates', () => {
  it('never puts a meeting on a Saturday, a Sunday or a holiday, from any start date in 2026-2028', () => {
    const wrong: string[] = [];
    for (const template of PROGRAMME_TEMPLATES) {
      for (let start = '2026-01-01'; start < '2029-01-01'; start = addDays(start, 1)) {
        const dates = suggestMeetingDates(template, start);
        for (const phase of template.phases) {
          for (const meeting of phase.meetings) {
            const date = dates[meeting.key] ?? '';
            // Not a day off, and the first day that is not, on or after the template's rhythm.
            const planned = plannedMeetingDate(start, meeting.offsetWeeks);
            let skipped = true;
            for (let day = planned; day < date; day = addDays(day, 1)) skipped &&= !!dayOffReason(day);
            const day = weekday(date);
            if (day === 0 || day === 6 || danishHoliday(date) || date < planned || !skipped)
              wrong.push(`${template.id} from ${start}: ${meeting.key} on ${date}`);
          }
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('moves a seminar off 2. påskedag 2027 and says so', () => {
    const dates = suggestMeetingDates(nfa, '2027-03-01');
    expect(dates).toEqual({
      'forberedende-moede': '2027-03-01',
      seminar: '2027-03-30', // 29 March 2027 is 2. påskedag
      midtvejsmoede: '2027-05-10',
      opsamlingsmoede: '2027-06-21',
    });
    expect(movedMeetings(nfa, '2027-03-01', dates)).toEqual(new Map([['seminar', '2. påskedag']]));
    // Once the consultant has picked another date, it is no longer "moved".
    expect(movedMeetings(nfa, '2027-03-01', { ...dates, seminar: '2027-04-01' }).size).toBe(0);
  });

  it('moves a start date on a Sunday to the Monday', () => {
    expect(suggestMeetingDates(nfa, '2026-11-22')['forberedende-moede']).toBe('2026-11-23');
    expect(
      movedMeetings(nfa, '2026-11-22', suggestMeetingDates(nfa, '2026-11-22')).get('forberedende-moede'),
    ).toBe('søndag');
  });

  it('suggests nothing from a start date that is not a date', () => {
    expect(suggestMeetingDates(nfa, '12.03.2027')).toEqual({});
    expect(suggestMeetingDates(nfa, '2027-02-30')).toEqual({});
  });
});

describe('parseDanishDate', () => {
  it('reads the day first, however it is separated', () => {
    for (const text of [
      '12.03.2027',
      '12.3.2027',
      '12-3-2027',
      '12/3/2027',
      '12 3 2027',
      ' 12.03.2027. ',
      '12032027',
      '2027-03-12',
    ])
      expect(parseDanishDate(text), text).toBe('2027-03-12');
  });

  it('reads two-digit years only when lenient (on leaving the field), so typing 12.3.20… is not 2020', () => {
    expect(parseDanishDate('12.3.27')).toBeNull();
    expect(parseDanishDate('120327')).toBeNull();
    expect(parseDanishDate('12.3.27', { lenient: true })).toBe('2027-03-12');
    expect(parseDanishDate('120327', { lenient: true })).toBe('2027-03-12');
  });

  it('refuses dates that do not exist, typos in the year and anything else', () => {
    for (const text of [
      '31.02.2027',
      '29.02.2027',
      '00.03.2027',
      '12.13.2027',
      '12.03.0227',
      '12.03.202',
      '',
      'i morgen',
      '2027-02-30',
      '1.2',
    ])
      expect(parseDanishDate(text, { lenient: true }), text).toBeNull();
    expect(parseDanishDate('29.02.2028')).toBe('2028-02-29');
  });

  it('writes YYYY-MM-DD back as dd.mm.åååå', () => {
    expect(formatDanishDate('2027-03-05')).toBe('05.03.2027');
    expect(formatDanishDate('noget andet')).toBe('noget andet');
  });
});
