import { describe, expect, it } from 'vitest';
import { createEngagement } from '../../../shared/domain/create-engagement.js';
import { Engagement } from '../../../shared/domain/engagement.js';
import { findTemplate } from '../../../shared/templates/programme-templates.js';
import {
  moveById,
  removeCriterion,
  restoreCriterion,
} from '../../../renderer/features/workspace/preparation/list-edit.js';

function withCriteria() {
  let n = 0;
  const e = createEngagement(
    findTemplate('nfa-grundmodel')!,
    { templateId: 'nfa-grundmodel', client: { organisation: 'A', unit: 'B', sector: 'stat' } },
    { id: 'e1', now: '2027-01-01T10:00:00.000Z', newId: () => `x${++n}` },
  );
  e.brief.successCriteria = [
    { id: 'k1', text: 'Et' },
    { id: 'k2', text: 'To' },
    { id: 'k3', text: 'Tre' },
  ];
  e.wrapup.criteria = [
    { criterionId: 'k1', assessment: 'opfyldt', evidence: 'a' },
    { criterionId: 'k2', assessment: 'delvist', evidence: 'b' },
  ];
  return e;
}

describe('preparation list edits', () => {
  it('moves one place and stops at either end', () => {
    const list = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    expect(moveById(list, 'c', -1)).toBe(true);
    expect(list.map((x) => x.id)).toEqual(['a', 'c', 'b']);
    expect(moveById(list, 'a', -1)).toBe(false);
    expect(moveById(list, 'b', 1)).toBe(false);
    expect(moveById(list, 'nope', 1)).toBe(false);
    expect(list.map((x) => x.id)).toEqual(['a', 'c', 'b']);
  });

  it('removing a success criterion takes its wrap-up assessment along, so the programme stays valid', () => {
    const e = withCriteria();
    const removed = removeCriterion(e, 'k2');
    expect(e.brief.successCriteria.map((c) => c.id)).toEqual(['k1', 'k3']);
    expect(e.wrapup.criteria.map((c) => c.criterionId)).toEqual(['k1']);
    expect(Engagement.safeParse(e).success).toBe(true);

    expect(restoreCriterion(e, removed!)).toBe(true);
    expect(e.brief.successCriteria.map((c) => c.id)).toEqual(['k1', 'k2', 'k3']);
    expect(e.wrapup.criteria).toEqual([
      { criterionId: 'k1', assessment: 'opfyldt', evidence: 'a' },
      { criterionId: 'k2', assessment: 'delvist', evidence: 'b' },
    ]);
    // Undo twice does nothing the second time.
    expect(restoreCriterion(e, removed!)).toBe(false);
    expect(e.brief.successCriteria).toHaveLength(3);
  });

  it('a criterion without an assessment is removed and restored alone', () => {
    const e = withCriteria();
    const removed = removeCriterion(e, 'k3');
    expect(removed?.assessment).toBeUndefined();
    e.brief.successCriteria.splice(0, 2);
    expect(restoreCriterion(e, removed!)).toBe(true);
    expect(e.brief.successCriteria.map((c) => c.id)).toEqual(['k3']);
  });
});
