import { describe, expect, it } from 'vitest';
import { createEngagement } from '../../../shared/domain/create-engagement.js';
import type { Action, Engagement } from '../../../shared/domain/engagement.js';
import { actionCounts, nextMeeting } from '../../../shared/domain/overview.js';
import { PROGRAMME_TEMPLATES } from '../../../shared/templates/programme-templates.js';

function nfa(dates: Record<string, string>): Engagement {
  let n = 0;
  return createEngagement(
    PROGRAMME_TEMPLATES.find((t) => t.id === 'nfa-grundmodel')!,
    {
      client: { organisation: 'Testby', unit: 'Køkkenet', sector: 'kommune' },
      templateId: 'nfa-grundmodel',
      meetingDates: dates,
    },
    { id: 'e1', now: '2026-01-01T00:00:00.000Z', newId: () => `id-${++n}` },
  );
}

const action = (status: Action['status'], due?: string): Action => ({
  id: `a-${status}-${due ?? 'ingen'}`,
  title: 'Tiltag',
  description: '',
  iglo: 'gruppe',
  stage: 'forebyggelse',
  owner: 'Ane',
  due,
  status,
  followUps: [],
});

describe('the overview of a programme', () => {
  it('names the first meeting on or after today, a meeting today included', () => {
    const e = nfa({ 'forberedende-moede': '2026-03-01', seminar: '2026-04-10' });
    expect(nextMeeting(e, '2026-02-01')?.meeting.title).toBe('Forberedende møde');
    expect(nextMeeting(e, '2026-03-01')?.date).toBe('2026-03-01');
    expect(nextMeeting(e, '2026-03-02')).toMatchObject({ phase: 'seminar', date: '2026-04-10' });
    expect(nextMeeting(e, '2027-01-01')).toBeUndefined();
  });

  it('orders two meetings on the same day by start time', () => {
    const e = nfa({ seminar: '2026-04-10' });
    const seminar = e.phases[1]!.meetings[0]!;
    seminar.startTime = '13:00';
    e.phases[0]!.meetings[0]!.date = '2026-04-10';
    e.phases[0]!.meetings[0]!.startTime = '09:00';
    expect(nextMeeting(e, '2026-04-01')?.meeting.title).toBe('Forberedende møde');
  });

  it('counts open actions and the overdue among them; done and dropped are neither', () => {
    const e = nfa({});
    e.actions = [
      action('ikke-startet', '2026-05-01'),
      action('i-gang', '2026-05-10'),
      action('i-gang'),
      action('gennemfoert', '2026-01-01'),
      action('opgivet', '2026-01-01'),
    ];
    expect(actionCounts(e, '2026-05-10')).toEqual({ open: 3, overdue: 1 });
    expect(actionCounts(e, '2026-05-11')).toEqual({ open: 3, overdue: 2 });
  });
});
