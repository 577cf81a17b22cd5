import {
  TRIO_POINT_QUESTIONS,
  type Continuation,
  type Engagement,
  type SuccessCriterion,
  type Wrapup,
} from '@shared/domain/engagement';
import { tooLongMessage, type RecordProblems } from '@shared/domain/field-rules';
import { LIMITS } from '@shared/domain/primitives';
import type { PageRecord } from '@/features/engagement/page-fields';

/**
 * The wrap-up's free texts as field-draft records (see page-fields.ts): a text
 * over its limit is shown with its Danish message and not saved, while the
 * last valid text stays in the programme. Each field is checked on its own;
 * none is required (the checklist says what is still missing).
 */

type Limit = { what: string; max: number };

function record<F extends string>(
  ids: Record<F, string>,
  stored: Record<F, string>,
  limits: Record<F, Limit>,
  apply: (engagement: Engagement, values: Partial<Record<F, string>>) => void,
): PageRecord<F> {
  return {
    ids,
    stored,
    check: (values) => {
      const problems: RecordProblems<F> = {};
      for (const field of Object.keys(limits) as F[]) {
        const { what, max } = limits[field];
        const length = values[field].length;
        if (length > max) problems[field] = tooLongMessage(what, length, max);
      }
      return problems;
    },
    apply,
  };
}

const long = (what: string): Limit => ({ what, max: LIMITS.longText });
const short = (what: string): Limit => ({ what, max: LIMITS.shortText });

export type WrapupTextField = 'learnings' | 'challenges' | 'recommendations' | 'effect' | 'process';

/** DOM ids of the wrap-up's own texts; learnings and the evaluation section match the checklist's item ids. */
export const WRAPUP_TEXT_IDS: Record<WrapupTextField, string> = {
  learnings: 'wrapup-learnings',
  challenges: 'wrapup-challenges',
  recommendations: 'wrapup-recommendations',
  effect: 'wrapup-evaluation-effect',
  process: 'wrapup-evaluation-process',
};

export const wrapupTextsRecord = (w: Wrapup): PageRecord<WrapupTextField> =>
  record(
    WRAPUP_TEXT_IDS,
    {
      learnings: w.learnings,
      challenges: w.challenges,
      recommendations: w.recommendations,
      effect: w.evaluation.effect,
      process: w.evaluation.process,
    },
    {
      learnings: long('Teksten om læring'),
      challenges: long('Teksten om udfordringer'),
      recommendations: long('Anbefalingerne'),
      effect: long('Teksten om effekten'),
      process: long('Teksten om processen'),
    },
    (e, values) => {
      const { effect, process, ...texts } = values;
      Object.assign(e.wrapup, texts);
      if (effect !== undefined) e.wrapup.evaluation.effect = effect;
      if (process !== undefined) e.wrapup.evaluation.process = process;
    },
  );

/** The assessment of one success criterion, made the first time it is edited. */
export function criterionAssessment(e: Engagement, criterionId: string): Wrapup['criteria'][number] {
  let entry = e.wrapup.criteria.find((c) => c.criterionId === criterionId);
  if (!entry) {
    e.wrapup.criteria.push({ criterionId, assessment: 'ikke-vurderet', evidence: '' });
    // Read back from the list: under the store's recorder the pushed object is wrapped.
    entry = e.wrapup.criteria[e.wrapup.criteria.length - 1]!;
  }
  return entry;
}

export const evidenceId = (criterionId: string): string => `wrapup-criterion-${criterionId}-evidence`;

export const evidenceRecord = (w: Wrapup, c: SuccessCriterion): PageRecord<'evidence'> =>
  record(
    { evidence: evidenceId(c.id) },
    { evidence: w.criteria.find((x) => x.criterionId === c.id)?.evidence ?? '' },
    { evidence: long('Begrundelsen') },
    (e, values) => {
      if (values.evidence !== undefined) criterionAssessment(e, c.id).evidence = values.evidence;
    },
  );

export type ContinuationTextField = 'text' | 'owner';

export const continuationIds = (id: string): Record<ContinuationTextField, string> => ({
  text: `wrapup-continuation-${id}-text`,
  owner: `wrapup-continuation-${id}-owner`,
});

export const continuationRecord = (c: Continuation): PageRecord<ContinuationTextField> =>
  record(
    continuationIds(c.id),
    { text: c.text, owner: c.owner },
    { text: long('Aftalen'), owner: short('Navnet på den ansvarlige') },
    (e, values) => {
      const target = e.wrapup.continuation.find((x) => x.id === c.id);
      if (target) Object.assign(target, values);
    },
  );

export interface TrioPointView {
  id: string;
  question: string;
  answer: string;
}

/**
 * The TRIO's points as the page shows them: the four from BALANCE, whether or
 * not the file has an entry for each yet (one written before them has none),
 * then any other points the file holds.
 */
export function trioPoints(w: Wrapup): TrioPointView[] {
  const stored = new Map(w.trioPoints.map((p) => [p.id, p]));
  const standard = TRIO_POINT_QUESTIONS.map((q) => stored.get(q.id) ?? { ...q, answer: '' });
  const known = new Set(TRIO_POINT_QUESTIONS.map((q) => q.id));
  return [...standard, ...w.trioPoints.filter((p) => !known.has(p.id))];
}

export const trioAnswerId = (pointId: string): string => `wrapup-trio-${pointId}-answer`;

export const trioAnswerRecord = (p: TrioPointView): PageRecord<'answer'> =>
  record({ answer: trioAnswerId(p.id) }, { answer: p.answer }, { answer: long('Svaret') }, (e, values) => {
    if (values.answer === undefined) return;
    const target = e.wrapup.trioPoints.find((x) => x.id === p.id);
    if (target) target.answer = values.answer;
    else e.wrapup.trioPoints.push({ id: p.id, question: p.question, answer: values.answer });
  });

/** Every wrap-up record; page-fields.ts lists them with the other pages' own. */
export function wrapupRecords(e: Engagement): PageRecord[] {
  return [
    wrapupTextsRecord(e.wrapup),
    ...e.brief.successCriteria.map((c) => evidenceRecord(e.wrapup, c)),
    ...e.wrapup.continuation.map(continuationRecord),
    ...trioPoints(e.wrapup).map(trioAnswerRecord),
  ] as PageRecord[];
}
