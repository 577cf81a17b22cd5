import { describe, expect, it } from 'vitest';
import { localToday, scheduleStatus } from '../../../shared/domain/schedule.js';
import type { PhaseKind } from '../../../shared/domain/vocabulary.js';

const plan = (dates: Array<[PhaseKind, string | undefined]>) => ({
  phases: (['preparation', 'seminar', 'activity', 'wrapup'] as const).map((kind) => ({
    id: kind,
    kind,
    title: kind,
    meetings: dates
      .filter(([phase]) => phase === kind)
      .map(([, date], i) => ({
        id: `${kind}${i}`,
        kind: 'andet' as const,
        title: '',
        description: '',
        date,
        mode: 'on-site' as const,
        minutes: 60,
        agenda: [],
      })),
  })),
});

describe('scheduleStatus', () => {
  const p = plan([
    ['preparation', '2026-11-01'],
    ['seminar', '2026-12-03'],
    ['activity', '2027-02-01'],
    ['wrapup', '2027-04-01'],
  ]);

  it('is the phase of the next meeting, with its date', () => {
    expect(scheduleStatus(p, '2026-11-21')).toEqual({
      currentPhase: 'seminar',
      nextMeetingDate: '2026-12-03',
    });
    expect(scheduleStatus(p, '2026-12-03')).toEqual({
      currentPhase: 'seminar',
      nextMeetingDate: '2026-12-03',
    });
  });

  it('is wrap-up once every meeting is past', () => {
    expect(scheduleStatus(p, '2027-05-01')).toEqual({ currentPhase: 'wrapup' });
  });

  it('is the first phase when nothing is dated', () => {
    expect(scheduleStatus(plan([['seminar', undefined]]), '2026-11-21')).toEqual({ currentPhase: 'seminar' });
  });

  it('moves on to the first undated meeting after the last past one', () => {
    const q = plan([
      ['preparation', '2026-10-01'],
      ['seminar', undefined],
    ]);
    expect(scheduleStatus(q, '2026-11-21')).toEqual({ currentPhase: 'seminar' });
  });
});

describe('localToday', () => {
  it('formats a local date as YYYY-MM-DD', () => {
    expect(localToday(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});
