import { describe, expect, it } from 'vitest';
import { CreateEngagementArg } from '../../../shared/domain/create-engagement-arg.js';
import { createEngagement } from '../../../shared/domain/create-engagement.js';
import type { Engagement } from '../../../shared/domain/engagement.js';
import { wrapupChecklist } from '../../../shared/domain/checklists/wrapup.js';
import { phaseProgress } from '../../../shared/domain/checklists/index.js';
import { findTemplate } from '../../../shared/templates/programme-templates.js';

function programme(): Engagement {
  let n = 0;
  const arg = CreateEngagementArg.parse({
    templateId: 'nfa-grundmodel',
    client: { organisation: 'Solbakken', unit: '', sector: 'kommune' },
  });
  const e = createEngagement(findTemplate('nfa-grundmodel')!, arg, {
    id: 'p',
    now: '2027-01-04T09:00:00.000Z',
    newId: () => `id-${++n}`,
  });
  e.brief.successCriteria = [
    { id: 'k1', text: 'Alle kender handleplanen.' },
    { id: 'k2', text: 'Barometeret stiger.' },
  ];
  return e;
}

const item = (e: Engagement, id: string) => {
  const found = wrapupChecklist(e).find((i) => i.id === id);
  if (!found) throw new Error(`no item ${id}`);
  return found;
};

describe('wrap-up checklist', () => {
  it('has the five items whose ids the wrap-up page gives its sections, none done on a new programme', () => {
    const items = wrapupChecklist(programme());
    expect(items.map((i) => i.id)).toEqual([
      'wrapup-criteria',
      'wrapup-learnings',
      'wrapup-continuation',
      'wrapup-trio',
      'wrapup-evaluation',
    ]);
    expect(items.filter((i) => i.done)).toEqual([]);
  });

  it('needs every success criterion assessed; "ikke vurderet" does not count, and says how many are left', () => {
    const e = programme();
    e.wrapup.criteria = [{ criterionId: 'k1', assessment: 'opfyldt', evidence: '' }];
    expect(item(e, 'wrapup-criteria')).toMatchObject({
      done: false,
      missing: '1 succeskriterium mangler en vurdering.',
    });
    e.wrapup.criteria.push({
      criterionId: 'k2',
      assessment: 'ikke-vurderet',
      evidence: 'Vi ved det ikke endnu.',
    });
    expect(item(e, 'wrapup-criteria').done).toBe(false);
    e.wrapup.criteria[1]!.assessment = 'ikke-opfyldt';
    expect(item(e, 'wrapup-criteria').done).toBe(true);
    e.wrapup.criteria = [];
    expect(item(e, 'wrapup-criteria').missing).toBe('2 succeskriterier mangler en vurdering.');
  });

  it('is not done without success criteria, and sends the user to the preparation', () => {
    const e = programme();
    e.brief.successCriteria = [];
    expect(item(e, 'wrapup-criteria')).toMatchObject({
      done: false,
      missing: 'Forløbet har ingen succeskriterier. Skriv dem under Forberedelse.',
    });
  });

  it('counts a continuation agreement only with both text and owner; blanks are not text', () => {
    const e = programme();
    e.wrapup.continuation = [{ id: 'a1', text: 'Tavlemødet fortsætter.', owner: '   ' }];
    expect(item(e, 'wrapup-continuation').done).toBe(false);
    e.wrapup.continuation.push({ id: 'a2', text: 'Buddyordningen bliver fast.', owner: 'Aisha' });
    expect(item(e, 'wrapup-continuation').done).toBe(true);
  });

  it('needs all four TRIO points answered, and an empty list of points is not done', () => {
    const e = programme();
    expect(e.wrapup.trioPoints).toHaveLength(4);
    e.wrapup.trioPoints.slice(0, 3).forEach((p) => (p.answer = 'Ja, delvist.'));
    expect(item(e, 'wrapup-trio')).toMatchObject({ done: false, missing: '1 punkt mangler et svar.' });
    e.wrapup.trioPoints[3]!.answer = 'Nej.';
    expect(item(e, 'wrapup-trio').done).toBe(true);
    e.wrapup.trioPoints = [];
    expect(item(e, 'wrapup-trio').done).toBe(false);
  });

  it('needs both effect and process in the evaluation, and names the one missing', () => {
    const e = programme();
    expect(item(e, 'wrapup-evaluation').missing).toBe('Skriv om både effekt og proces.');
    e.wrapup.evaluation.effect = 'Bedre overlevering.';
    expect(item(e, 'wrapup-evaluation')).toMatchObject({ done: false, missing: 'Skriv om processen.' });
    e.wrapup.evaluation = { effect: ' ', process: 'Godt seminar.' };
    expect(item(e, 'wrapup-evaluation')).toMatchObject({ done: false, missing: 'Skriv om effekten.' });
    e.wrapup.evaluation.effect = 'Bedre overlevering.';
    expect(item(e, 'wrapup-evaluation').done).toBe(true);
  });

  it('is complete when everything is filled in', () => {
    const e = programme();
    e.wrapup.criteria = [
      { criterionId: 'k1', assessment: 'opfyldt', evidence: '' },
      { criterionId: 'k2', assessment: 'delvist', evidence: '' },
    ];
    e.wrapup.learnings = 'Små rutiner virker.';
    e.wrapup.continuation = [{ id: 'a1', text: 'Tavlemødet fortsætter.', owner: 'Mette' }];
    e.wrapup.trioPoints.forEach((p) => (p.answer = 'Svar.'));
    e.wrapup.evaluation = { effect: 'Effekt.', process: 'Proces.' };
    expect(phaseProgress(e, 'wrapup', '2027-05-01')).toMatchObject({ done: 5, total: 5 });
  });
});
