import { describe, expect, it } from 'vitest';
import { Engagement, StoredEngagement } from '../../../shared/domain/engagement.js';
import { ApiError } from '../../../shared/errors.js';
import { parseOrThrow } from '../../../shared/validation.js';
import { RULE_BREAKERS as CASES, programmeForRules as programme } from '../../support/rule-breakers.js';

describe('Engagement: the rules a save must pass', () => {
  it('accepts a programme from every template, with a blank contact row and assessed criteria', () => {
    for (const id of ['nfa-grundmodel', 'ruc-dialog', 'joblife-aktionslaering', 'custom']) {
      const result = Engagement.safeParse(programme(id));
      expect(result.error?.issues ?? []).toEqual([]);
    }
  });

  it('accepts a phase without meetings and a programme with fewer than four phases', () => {
    const e = programme();
    e.phases[2]!.meetings = [];
    e.phases.splice(1, 1);
    expect(Engagement.safeParse(e).success).toBe(true);
  });

  it.each(CASES)('refuses %s, naming the field', (_what, breakIt, path, message) => {
    const e = programme();
    breakIt(e);
    const result = Engagement.safeParse(e);
    expect(result.success).toBe(false);
    const issues = result.error?.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) ?? [];
    expect(issues).toContainEqual({ path, message: expect.stringMatching(message) });
  });

  it.each(CASES)('refuses %s at the API boundary as invalid_argument in Danish', (_what, breakIt, path) => {
    const e = programme();
    breakIt(e);
    let error: unknown;
    try {
      parseOrThrow(Engagement, e, 'forløbet');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('invalid_argument');
    expect((error as ApiError).message).toContain(`Ugyldige data for forløbet (${path}): `);
  });

  // The duration's range was part of the structure before the rules came, so a file never held one.
  const ADDED_RULES = CASES.filter(([what]) => what !== 'a duration beyond 24 hours');

  it.each(ADDED_RULES)(
    'still reads a file with %s (StoredEngagement checks the structure only)',
    (_w, breakIt) => {
      const e = programme();
      breakIt(e);
      expect(StoredEngagement.safeParse(e).success).toBe(true);
    },
  );

  it('reports every problem, not only the first', () => {
    const e = programme();
    e.title = '';
    e.templateId = 'ukendt';
    e.phases[1]!.id = e.phases[0]!.id;
    const paths = Engagement.safeParse(e).error?.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['title', 'templateId', 'phases.1.id']));
  });
});
