import { describe, expect, it } from 'vitest';
import { createEngagement } from '@shared/domain/create-engagement';
import { Engagement, type Engagement as EngagementType } from '@shared/domain/engagement';
import { findTemplate } from '@shared/templates/programme-templates';
import { pageFieldProblems, planEdit } from '@/features/engagement/page-fields';
import {
  evidenceId,
  evidenceRecord,
  trioAnswerRecord,
  trioPoints,
  wrapupTextsRecord,
} from '@/features/workspace/wrapup/wrapup-fields';

function nfa(): EngagementType {
  let n = 0;
  const e = createEngagement(
    findTemplate('nfa-grundmodel')!,
    {
      templateId: 'nfa-grundmodel',
      client: { organisation: 'Horsens Kommune', unit: '', sector: 'kommune' },
    },
    { id: 'p', now: '2027-01-04T09:00:00.000Z', newId: () => `id-${++n}` },
  );
  e.brief.successCriteria = [{ id: 'k1', text: 'Alle kender handleplanen.' }];
  return e;
}

describe('wrap-up fields', () => {
  it('keeps a text over 20,000 characters as a draft with its message, and saves the ones that fit', () => {
    const e = nfa();
    const record = wrapupTextsRecord(e.wrapup);
    const tooLong = 'x'.repeat(20_001);
    expect(planEdit(record, {}, 'learnings', tooLong)).toEqual({
      drafts: { learnings: tooLong },
      save: null,
    });
    expect(pageFieldProblems(e, { 'wrapup-learnings': tooLong })['wrapup-learnings']).toMatch(
      /^Teksten om læring er 20\.?001 tegn, men må højst være 20\.?000\./,
    );
    // Another field of the same record is saved while the long one stays a draft.
    const plan = planEdit(record, { 'wrapup-learnings': tooLong }, 'process', 'Godt seminar.');
    expect(plan.save).toEqual({ process: 'Godt seminar.' });
    record.apply(e, plan.save!);
    expect(e.wrapup.evaluation.process).toBe('Godt seminar.');
    expect(e.wrapup.learnings).toBe('');
  });

  it('makes the assessment entry on the first edit of the evidence, once', () => {
    const e = nfa();
    const criterion = e.brief.successCriteria[0]!;
    expect(evidenceId('k1')).toBe('wrapup-criterion-k1-evidence');
    evidenceRecord(e.wrapup, criterion).apply(e, { evidence: 'Opslag i personalestuen.' });
    evidenceRecord(e.wrapup, criterion).apply(e, { evidence: 'Opslag og tavlemøde.' });
    expect(e.wrapup.criteria).toEqual([
      { criterionId: 'k1', assessment: 'ikke-vurderet', evidence: 'Opslag og tavlemøde.' },
    ]);
    expect(Engagement.safeParse(e).success).toBe(true);
  });

  it('shows the four TRIO points for a file without them, and writes the point on the first answer', () => {
    const e = nfa();
    e.wrapup.trioPoints = [];
    const points = trioPoints(e.wrapup);
    expect(points.map((p) => p.id)).toEqual([
      'opsoege-afklare',
      'kommunikere-foelge-op',
      'laere',
      'legitim-praksis',
    ]);
    trioAnswerRecord(points[2]!).apply(e, { answer: 'Vi samler op hver måned.' });
    expect(e.wrapup.trioPoints).toEqual([
      { id: 'laere', question: points[2]!.question, answer: 'Vi samler op hver måned.' },
    ]);
    expect(trioPoints(e.wrapup)[2]?.answer).toBe('Vi samler op hver måned.');
  });
});
