import { describe, expect, it } from 'vitest';
import { phaseProgress } from '../../../shared/domain/checklists/index.js';
import type { Engagement } from '../../../shared/domain/engagement.js';
import { programmeForRules } from '../../support/rule-breakers.js';

const seminarOf = (e: Engagement) => e.phases.find((p) => p.kind === 'seminar')!;
const item = (e: Engagement, id: string) =>
  phaseProgress(e, 'seminar', '2026-11-21').items.find((i) => i.id === id)!;

describe('seminar checklist', () => {
  it('names the meetings that lack a date, a start time or an agenda', () => {
    const e = programmeForRules('nfa-grundmodel');
    const meeting = seminarOf(e).meetings[0]!;
    delete meeting.date;
    expect(item(e, 'seminar-dates')).toMatchObject({
      done: false,
      missing: `Datoen mangler for »${meeting.title}«.`,
    });
    expect(item(e, 'seminar-start-times')).toMatchObject({ done: false });
    expect(item(e, 'seminar-agenda').missing).toBe(`Dagsordenen mangler for »${meeting.title}«.`);
    meeting.date = '2026-12-03';
    meeting.startTime = '09:00';
    meeting.agenda = [{ id: 'a1', type: 'oplaeg', title: 'Velkomst', minutes: 15, notes: '', materials: [] }];
    expect(phaseProgress(e, 'seminar', '2026-11-21')).toMatchObject({ done: 4, total: 4 });
    expect(item(e, 'seminar-agenda').missing).toBeUndefined();
  });

  it('says by how much an agenda runs over its available time', () => {
    const e = programmeForRules('nfa-grundmodel');
    const meeting = seminarOf(e).meetings[0]!;
    meeting.minutes = 60;
    meeting.agenda = [
      { id: 'a1', type: 'oplaeg', title: 'Velkomst', minutes: 45, notes: '', materials: [] },
      { id: 'a2', type: 'droeftelse', title: 'Drøftelse', minutes: 40, notes: '', materials: [] },
    ];
    expect(item(e, 'seminar-fits')).toEqual({
      id: 'seminar-fits',
      label: 'Dagsordenen holder sig inden for tiden',
      done: false,
      missing: `Dagsordenen er 25 minutter for lang til »${meeting.title}«.`,
    });
    meeting.minutes = 85;
    expect(item(e, 'seminar-fits').done).toBe(true);
  });

  it('asks for a seminar when the phase has no meetings', () => {
    const e = programmeForRules('nfa-grundmodel');
    seminarOf(e).meetings = [];
    const progress = phaseProgress(e, 'seminar', '2026-11-21');
    expect(progress.items.find((i) => i.id === 'seminar-dates')).toMatchObject({
      done: false,
      missing: 'Tilføj et seminar eller en workshop i seminarfasen.',
    });
  });
});
