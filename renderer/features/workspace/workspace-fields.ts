import type { Brief, Engagement, Meeting, PreStudyEntry, SuccessCriterion } from '@shared/domain/engagement';
import { parseClockTime } from '@shared/domain/clock-time';
import { longTextProblem, shortTextProblem, type RecordProblems } from '@shared/domain/field-rules';
import type { PageRecord } from '@/features/engagement/page-fields';

/**
 * The workspace's free texts as field-draft records (see page-fields.ts): a
 * text over its limit, or a start time that is no time, is shown with its
 * Danish message and not saved. Each field is checked on its own.
 */
type Checks<F extends string> = Record<F, (value: string) => string | undefined>;

function record<F extends string>(
  ids: Record<F, string>,
  stored: Record<F, string>,
  checks: Checks<F>,
  apply: (engagement: Engagement, values: Partial<Record<F, string>>) => void,
): PageRecord<F> {
  return {
    ids,
    stored,
    check: (values) => {
      const problems: RecordProblems<F> = {};
      for (const field of Object.keys(checks) as F[]) {
        const problem = checks[field](values[field]);
        if (problem) problems[field] = problem;
      }
      return problems;
    },
    apply,
  };
}

const long = (what: string) => (value: string) => longTextProblem(what, value);

export type BriefTextField = 'purpose' | 'goals' | 'frame' | 'resources' | 'background' | 'localFollowUp';

/** The brief's texts: label, field id (also the checklist's "Gå til" target for the purpose) and the message's subject. */
export const BRIEF_TEXTS: readonly { field: BriefTextField; id: string; label: string; what: string }[] = [
  { field: 'purpose', id: 'brief-purpose', label: 'Formål', what: 'Formålet' },
  { field: 'goals', id: 'brief-goals', label: 'Mål', what: 'Målene' },
  { field: 'frame', id: 'brief-frame', label: 'Rammer', what: 'Rammerne' },
  { field: 'resources', id: 'brief-resources', label: 'Ressourcer', what: 'Ressourcerne' },
  {
    field: 'background',
    id: 'brief-background',
    label: 'Baggrund og udfordringer',
    what: 'Baggrunden',
  },
  {
    field: 'localFollowUp',
    id: 'brief-local-follow-up',
    label: 'Aftalt lokal opfølgning',
    what: 'Opfølgningen',
  },
];

const byField = <T>(make: (text: (typeof BRIEF_TEXTS)[number]) => T) =>
  Object.fromEntries(BRIEF_TEXTS.map((t) => [t.field, make(t)])) as Record<BriefTextField, T>;

export const briefRecord = (brief: Brief): PageRecord<BriefTextField> =>
  record(
    byField((t) => t.id),
    byField((t) => brief[t.field]),
    byField((t) => long(t.what)),
    (engagement, values) => Object.assign(engagement.brief, values),
  );

export const criterionRecord = (c: SuccessCriterion): PageRecord<'text'> =>
  record({ text: `criterion-${c.id}` }, { text: c.text }, { text: long('Succeskriteriet') }, (e, values) => {
    const target = e.brief.successCriteria.find((x) => x.id === c.id);
    if (target && values.text !== undefined) target.text = values.text;
  });

export type MeetingRecordField = 'startTime' | 'participants' | 'notes' | 'decisions';

export const meetingRecordIds = (meetingId: string): Record<MeetingRecordField, string> => ({
  startTime: `pm-${meetingId}-start`,
  participants: `pm-${meetingId}-participants`,
  notes: `pm-${meetingId}-notes`,
  decisions: `pm-${meetingId}-decisions`,
});

/** A meeting's start time and its record (who took part, notes, decisions). */
export const meetingMinutesRecord = (m: Meeting): PageRecord<MeetingRecordField> =>
  record(
    meetingRecordIds(m.id),
    {
      startTime: m.startTime ?? '',
      participants: m.record.participants,
      notes: m.record.notes,
      decisions: m.record.decisions,
    },
    {
      startTime: (value) => {
        const parsed = parseClockTime(value);
        return parsed.ok ? undefined : parsed.message;
      },
      participants: long('Listen over deltagere'),
      notes: long('Noterne'),
      decisions: long('Beslutningerne'),
    },
    (engagement, values) => {
      for (const phase of engagement.phases) {
        const meeting = phase.meetings.find((x) => x.id === m.id);
        if (!meeting) continue;
        const { startTime, ...texts } = values;
        Object.assign(meeting.record, texts);
        if (startTime === undefined) continue;
        const parsed = parseClockTime(startTime);
        if (!parsed.ok) continue;
        if (parsed.value === undefined) delete meeting.startTime;
        else meeting.startTime = parsed.value;
      }
    },
  );

export type PreStudyTextField = 'with' | 'insights';

export const preStudyRecord = (entry: PreStudyEntry): PageRecord<PreStudyTextField> =>
  record(
    { with: `prestudy-${entry.id}-with`, insights: `prestudy-${entry.id}-insights` },
    { with: entry.with, insights: entry.insights },
    { with: (value) => shortTextProblem('Teksten', value), insights: long('Indsigterne') },
    (e, values) => {
      const target = e.preStudy.find((x) => x.id === entry.id);
      if (target) Object.assign(target, values);
    },
  );

export const analysisRecord = (e: Engagement): PageRecord<'analysis'> =>
  record(
    { analysis: 'analysis' },
    { analysis: e.analysis },
    { analysis: long('Analysen') },
    (target, values) => {
      if (values.analysis !== undefined) target.analysis = values.analysis;
    },
  );

/** Every workspace record; page-fields.ts lists them with the Overblik page's own. */
export function workspaceRecords(e: Engagement): PageRecord[] {
  return [
    briefRecord(e.brief),
    ...e.brief.successCriteria.map(criterionRecord),
    ...e.phases.flatMap((p) => p.meetings.map(meetingMinutesRecord)),
    ...e.preStudy.map(preStudyRecord),
    analysisRecord(e),
  ] as PageRecord[];
}
