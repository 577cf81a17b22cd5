import { describe, expect, it } from 'vitest';
import { CreateEngagementArg } from '../../../shared/domain/create-engagement-arg.js';
import { createEngagement } from '../../../shared/domain/create-engagement.js';
import { Engagement } from '../../../shared/domain/engagement.js';
import { isOverdue } from '../../../shared/domain/action-due.js';
import { isWeekend } from '../../../shared/domain/calendar-day.js';
import { phaseProgress } from '../../../shared/domain/checklists/index.js';
import { PHASE_KINDS } from '../../../shared/domain/vocabulary.js';
import { EXAMPLE_CREATE_ARG, exampleProgramme } from '../../../shared/examples/nfa-example.js';
import { builtInCards } from '../../../shared/library/builtin-cards.js';
import { findTemplate } from '../../../shared/templates/programme-templates.js';

/** What engagements.create makes of the example's arguments. */
function created(): Engagement {
  let n = 0;
  return createEngagement(findTemplate('nfa-grundmodel')!, CreateEngagementArg.parse(EXAMPLE_CREATE_ARG), {
    id: 'eksempel-1',
    now: '2027-01-04T09:00:00.000Z',
    newId: () => `id-${++n}`,
  });
}

// A Monday, a Saturday, a Sunday, New Year's Eve and a leap day: relative dates cross months and years.
const DAYS = ['2027-03-08', '2027-03-13', '2027-03-14', '2026-12-31', '2028-02-29'];

describe('the "Prøv med et eksempel" programme', () => {
  it.each(DAYS)('passes every rule a save must pass (today %s)', (today) => {
    const result = Engagement.safeParse(exampleProgramme(created(), today));
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it('says in its title that it is an example, and is an NFA programme', () => {
    const e = exampleProgramme(created(), DAYS[0]!);
    expect(e.title).toMatch(/^Eksempel: /);
    expect(e.templateId).toBe('nfa-grundmodel');
  });

  it('keeps the created programme’s id, revision and phase and meeting ids', () => {
    const base = created();
    const e = exampleProgramme(base, DAYS[0]!);
    expect(e.id).toBe(base.id);
    expect(e.revision).toBe(base.revision);
    expect(e.createdAt).toBe(base.createdAt);
    for (const [i, phase] of base.phases.entries()) {
      expect(e.phases[i]?.id).toBe(phase.id);
      expect(e.phases[i]?.meetings.slice(0, phase.meetings.length).map((m) => m.id)).toEqual(
        phase.meetings.map((m) => m.id),
      );
    }
  });

  it('links only exercises the library has, with their minutes and materials', () => {
    const cards = new Map(builtInCards().map((c) => [c.id, c]));
    const agenda = exampleProgramme(created(), DAYS[0]!).phases.find((p) => p.kind === 'seminar')!
      .meetings[0]!;
    const exercises = agenda.agenda.filter((item) => item.type === 'oevelse');
    expect(agenda.agenda.length).toBeGreaterThanOrEqual(5);
    expect(agenda.agenda.length).toBeLessThanOrEqual(7);
    expect(exercises.length).toBeGreaterThanOrEqual(3);
    for (const item of exercises) {
      const card = cards.get(item.exerciseId ?? '');
      expect(card, item.exerciseId).toBeDefined();
      expect(item.minutes).toBe(card!.minutes);
      expect(item.materials).toEqual(card!.materials);
    }
    expect(agenda.startTime).toMatch(/^\d\d:\d\d$/);
    expect(agenda.agenda.reduce((sum, item) => sum + item.minutes, 0)).toBeLessThanOrEqual(agenda.minutes);
  });

  it.each(DAYS)(
    'has items done in all four phase checklists, dated meetings on working days (today %s)',
    (today) => {
      const e = exampleProgramme(created(), today);
      for (const kind of PHASE_KINDS) {
        const progress = phaseProgress(e, kind, today);
        expect(progress.done, kind).toBeGreaterThan(0);
      }
      // Preparation, seminar and wrap-up are complete; the activity phase shows one overdue action.
      expect(phaseProgress(e, 'preparation', today).done).toBe(phaseProgress(e, 'preparation', today).total);
      expect(phaseProgress(e, 'seminar', today).done).toBe(phaseProgress(e, 'seminar', today).total);
      expect(phaseProgress(e, 'wrapup', today).done).toBe(phaseProgress(e, 'wrapup', today).total);
      expect(e.actions.filter((a) => isOverdue(a, today))).toHaveLength(1);
      const dates = e.phases.flatMap((p) => p.meetings.map((m) => m.date));
      expect(dates.every((d) => d !== undefined && !isWeekend(d))).toBe(true);
      // Past meetings before today, and the follow-up call still to come.
      expect(dates.filter((d) => d! > today)).toHaveLength(1);
    },
  );

  it('names the TRIO among the contacts and fills every brief field', () => {
    const e = exampleProgramme(created(), DAYS[0]!);
    const ids = new Set(e.client.contacts.map((c) => c.id));
    expect(Object.values(e.brief.trio).every((id) => id !== undefined && ids.has(id))).toBe(true);
    for (const field of ['purpose', 'goals', 'frame', 'resources', 'background', 'localFollowUp'] as const) {
      expect(e.brief[field].trim(), field).not.toBe('');
    }
    expect(e.brief.successCriteria.length).toBeGreaterThanOrEqual(2);
    expect(e.brief.successCriteria.length).toBeLessThanOrEqual(3);
    expect(e.actions.length).toBeGreaterThanOrEqual(5);
    expect(e.actions.every((a) => a.owner.trim() !== '' && a.due !== undefined)).toBe(true);
  });
});
