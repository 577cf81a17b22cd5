import { TRIO_POINT_QUESTIONS } from './engagement.js';
import type { RawDocument } from './migrations.js';

const isRecord = (value: unknown): value is RawDocument =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** Maps the records of a list that holds records; anything else is left for validation to name. */
function mapRecords(value: unknown, map: (item: RawDocument, index: number) => RawDocument): unknown {
  return Array.isArray(value) ? value.map((item, i) => (isRecord(item) ? map(item, i) : item)) : value;
}

function migrateMeeting(meeting: RawDocument): RawDocument {
  return {
    ...meeting,
    record: { participants: '', notes: '', decisions: '' },
    agenda: mapRecords(meeting.agenda, (item) => ({
      ...item,
      type: typeof item.exerciseId === 'string' ? 'oevelse' : 'andet',
      materials: [],
    })),
  };
}

function migrateBrief(brief: unknown, themes: unknown): unknown {
  if (!isRecord(brief)) return brief;
  return {
    ...brief,
    background: '',
    themes: Array.isArray(themes) ? [...(themes as unknown[])] : [],
    trio: {},
    partiesAgree: false,
    joiningRules: {
      actionOriented: false,
      followUpAgreed: false,
      notAuthorityOrder: false,
      notCrisisOrPersonalSupport: false,
    },
    localFollowUp: '',
  };
}

/**
 * Version 1's wrap-up had a summary, learnings and next steps in free text,
 * and a note per criterion. The summary joins the learnings, the next steps
 * become one continuation agreement (its owner left for the user to fill in),
 * and a criterion's note is its evidence.
 */
function migrateWrapup(wrapup: unknown): unknown {
  if (!isRecord(wrapup)) return wrapup;
  const nextSteps = text(wrapup.nextSteps).trim();
  return {
    criteria: mapRecords(wrapup.criteria, ({ note, ...criterion }) => ({
      ...criterion,
      evidence: text(note),
    })),
    learnings: [text(wrapup.summary), text(wrapup.learnings)]
      .filter((part) => part.trim() !== '')
      .join('\n\n'),
    challenges: '',
    continuation: nextSteps ? [{ id: 'fortsaettelse-1', text: nextSteps, owner: '' }] : [],
    recommendations: '',
    trioPoints: TRIO_POINT_QUESTIONS.map((point) => ({ ...point, answer: '' })),
    evaluation: { effect: '', process: '' },
  };
}

/**
 * Schema 1 → 2 (the workspace): the brief gains background, themes, TRIO,
 * the parties' agreement, the joining rules and local follow-up; meetings a
 * start time (left unset) and a record; agenda items a type and materials;
 * follow-ups an id; the programme a pre-study log and an analysis note; the
 * wrap-up its full structure. Nothing the user wrote is dropped.
 */
export function migrateV1ToV2(doc: RawDocument): RawDocument {
  return {
    ...doc,
    phases: mapRecords(doc.phases, (phase) => ({
      ...phase,
      meetings: mapRecords(phase.meetings, migrateMeeting),
    })),
    brief: migrateBrief(doc.brief, doc.themes),
    preStudy: [],
    analysis: '',
    actions: mapRecords(doc.actions, (action) => ({
      ...action,
      followUps: mapRecords(action.followUps, (followUp, i) => ({ id: `opfoelgning-${i + 1}`, ...followUp })),
    })),
    wrapup: migrateWrapup(doc.wrapup),
  };
}
