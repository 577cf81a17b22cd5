import { describe, expect, it } from 'vitest';
import { activityChecklist } from '../../../shared/domain/checklists/activity.js';
import { createEngagement } from '../../../shared/domain/create-engagement.js';
import type { Action, Engagement } from '../../../shared/domain/engagement.js';
import { findTemplate } from '../../../shared/templates/programme-templates.js';

const TODAY = '2026-11-21';

function programme(actions: Partial<Action>[]): Engagement {
  const template = findTemplate('nfa-grundmodel');
  if (!template) throw new Error('template');
  let n = 0;
  const e = createEngagement(
    template,
    { templateId: 'nfa-grundmodel', client: { organisation: 'X', unit: 'Y', sector: 'kommune' } },
    { id: 'abc', now: '2026-11-01T09:00:00.000Z', newId: () => `id${++n}` },
  );
  e.actions = actions.map((a, i) => ({
    id: `a${i}`,
    title: `Tiltag ${i + 1}`,
    description: '',
    iglo: 'gruppe',
    stage: 'forebyggelse',
    owner: 'Lise',
    due: '2026-12-01',
    status: 'ikke-startet',
    followUps: [],
    ...a,
  }));
  return e;
}

const state = (e: Engagement) => Object.fromEntries(activityChecklist(e, TODAY).map((i) => [i.id, i.done]));
const item = (e: Engagement, id: string) => activityChecklist(e, TODAY).find((i) => i.id === id);

describe('activity checklist', () => {
  it('asks for a first action when there is none', () => {
    expect(state(programme([]))).toEqual({
      'actions-any': false,
      'actions-owned': false,
      'actions-on-time': true,
    });
  });

  it('is ready with owned, dated actions on time (the due date itself is on time)', () => {
    expect(Object.values(state(programme([{}, { due: TODAY }])))).toEqual([true, true, true]);
  });

  it('names the open actions that lack an owner or a due date', () => {
    const e = programme([{ owner: '  ', title: 'Tavlemøde' }, { due: undefined, title: 'Fælles pause' }, {}]);
    expect(state(e)['actions-owned']).toBe(false);
    expect(item(e, 'actions-owned')?.missing).toBe(
      '2 tiltag mangler en ansvarlig eller en frist: »Tavlemøde«, »Fælles pause«.',
    );
  });

  it('does not hold the phase back for a closed action without owner or date', () => {
    const e = programme([{}, { owner: '', due: undefined, status: 'opgivet' }]);
    expect(state(e)['actions-owned']).toBe(true);
  });

  it('counts overdue open actions only, and says which', () => {
    const e = programme([
      { due: '2026-11-20', title: 'Sent' },
      { due: '2026-11-01', status: 'gennemfoert' },
      { due: '2026-10-01', status: 'opgivet' },
    ]);
    expect(state(e)['actions-on-time']).toBe(false);
    expect(item(e, 'actions-on-time')?.missing).toMatch(/^1 tiltag er over fristen: »Sent«\./);
  });
});
