import { z } from 'zod';
import { Id, IsoDate, IsoDateTime, LIMITS, LongText, ShortText } from './primitives.js';
import { checkEngagement } from './engagement-rules.js';
import { FIELD_MESSAGES, MAX_MEETING_MINUTES } from './field-rules.js';
import {
  AGENDA_ITEM_TYPES,
  ActionStage,
  ActionStatus,
  ContactRole,
  EngagementStatus,
  IgloLevel,
  MeetingKind,
  MeetingMode,
  PhaseKind,
  PRE_STUDY_METHODS,
  Sector,
  ThemeId,
} from './vocabulary.js';

/** The schema version this build writes. Older files are migrated on read. */
export const ENGAGEMENT_SCHEMA_VERSION = 2;

const list = <T extends z.ZodType>(item: T) => z.array(item).max(LIMITS.listItems);

export const Contact = z.object({
  id: Id,
  name: ShortText,
  role: ContactRole,
  email: ShortText.optional(),
  phone: ShortText.optional(),
});
export type Contact = z.infer<typeof Contact>;

export const Facilitator = z.object({
  id: Id,
  name: ShortText,
  organisation: ShortText,
});
export type Facilitator = z.infer<typeof Facilitator>;

export const Client = z.object({
  organisation: ShortText,
  unit: ShortText,
  sector: Sector,
  contacts: list(Contact),
});
export type Client = z.infer<typeof Client>;

/** A clock time of day, HH:MM (24 hours). */
export const ClockTime = z
  .string()
  .regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, { message: 'Skriv klokkeslættet som tt:mm, fx 09:30.' });

/** One item on a meeting's agenda. An øvelse links a card of the exercise library. */
export const AgendaItem = z.object({
  id: Id,
  type: z.enum(AGENDA_ITEM_TYPES),
  title: ShortText,
  minutes: z
    .number()
    .int()
    .min(0)
    .max(24 * 60),
  exerciseId: Id.optional(),
  notes: LongText,
  materials: list(ShortText),
});
export type AgendaItem = z.infer<typeof AgendaItem>;

/** What happened at a meeting: who took part, notes and decisions. */
export const MeetingRecord = z.object({
  participants: LongText,
  notes: LongText,
  decisions: LongText,
});
export type MeetingRecord = z.infer<typeof MeetingRecord>;

export const Meeting = z.object({
  id: Id,
  kind: MeetingKind,
  title: ShortText,
  description: LongText,
  date: IsoDate.optional(),
  startTime: ClockTime.optional(),
  mode: MeetingMode,
  /** How long the meeting is: for a seminar, the time the agenda has. */
  minutes: z
    .number()
    .int({ message: FIELD_MESSAGES.minutesWhole })
    .min(0, { message: FIELD_MESSAGES.minutesRange })
    .max(MAX_MEETING_MINUTES, { message: FIELD_MESSAGES.minutesRange }),
  agenda: list(AgendaItem),
  record: MeetingRecord,
});
export type Meeting = z.infer<typeof Meeting>;

export const Phase = z.object({
  id: Id,
  kind: PhaseKind,
  title: ShortText,
  meetings: list(Meeting),
});
export type Phase = z.infer<typeof Phase>;

export const SuccessCriterion = z.object({ id: Id, text: LongText });
export type SuccessCriterion = z.infer<typeof SuccessCriterion>;

/** The TRIO (leader, arbejdsmiljørepræsentant, tillidsrepræsentant), picked from the client's contacts. */
export const Trio = z.object({
  leaderContactId: Id.optional(),
  safetyRepContactId: Id.optional(),
  unionRepContactId: Id.optional(),
});
export type Trio = z.infer<typeof Trio>;

/**
 * The joining rules (seed 003) the consultant confirms at the preparatory
 * meeting, besides `partiesAgree`: the programme is action-oriented, local
 * follow-up is agreed, and it is not a follow-up on an AT-påbud, crisis help
 * or personal support.
 */
export const JoiningRules = z.object({
  actionOriented: z.boolean(),
  followUpAgreed: z.boolean(),
  notAuthorityOrder: z.boolean(),
  notCrisisOrPersonalSupport: z.boolean(),
});
export type JoiningRules = z.infer<typeof JoiningRules>;

export const Brief = z.object({
  purpose: LongText,
  goals: LongText,
  frame: LongText,
  resources: LongText,
  /** Baggrund og udfordringer. */
  background: LongText,
  /** The chosen themes; kept equal to the programme's `themes` by the editor. */
  themes: z.array(ThemeId).max(ThemeId.options.length).optional(),
  successCriteria: list(SuccessCriterion),
  trio: Trio,
  /** Ledelse og medarbejdere er enige om at søge forløbet. */
  partiesAgree: z.boolean(),
  joiningRules: JoiningRules,
  /** The agreed local follow-up, including the follow-up conversation with the provider. */
  localFollowUp: LongText,
});
export type Brief = z.infer<typeof Brief>;

export const FollowUp = z.object({ id: Id, date: IsoDate, note: LongText });
export type FollowUp = z.infer<typeof FollowUp>;

export const Action = z.object({
  id: Id,
  title: ShortText,
  description: LongText,
  iglo: IgloLevel,
  stage: ActionStage,
  owner: ShortText,
  due: IsoDate.optional(),
  status: ActionStatus,
  followUps: list(FollowUp),
  /** The note of an exercise run this action was made from (so it is not made twice). */
  source: z.object({ runId: Id, answerId: Id }).optional(),
});
export type Action = z.infer<typeof Action>;

export const CRITERION_ASSESSMENTS = ['ikke-vurderet', 'opfyldt', 'delvist', 'ikke-opfyldt'] as const;
export type CriterionAssessment = (typeof CRITERION_ASSESSMENTS)[number];

/** One entry of the RUC pre-study log. */
export const PreStudyEntry = z.object({
  id: Id,
  date: IsoDate.optional(),
  method: z.enum(PRE_STUDY_METHODS),
  with: ShortText,
  insights: LongText,
});
export type PreStudyEntry = z.infer<typeof PreStudyEntry>;

/** An agreement on how the workplace carries on after the programme. */
export const Continuation = z.object({
  id: Id,
  text: LongText,
  owner: ShortText,
  due: IsoDate.optional(),
});
export type Continuation = z.infer<typeof Continuation>;

export const Wrapup = z.object({
  criteria: list(
    z.object({
      criterionId: Id,
      assessment: z.enum(CRITERION_ASSESSMENTS),
      evidence: LongText,
    }),
  ),
  learnings: LongText,
  challenges: LongText,
  continuation: list(Continuation),
  recommendations: LongText,
  /** The TRIO's four wrap-up points from BALANCE (seed 000). */
  trioPoints: list(z.object({ id: Id, question: LongText, answer: LongText })),
  evaluation: z.object({ effect: LongText, process: LongText }),
});
export type Wrapup = z.infer<typeof Wrapup>;

/**
 * The structure of a programme: what an engagement.json holds and what reading
 * one accepts. Deliberately no more than that, so a file written before a rule
 * was added still opens (the programme page then marks what must be fixed).
 */
export const StoredEngagement = z.object({
  id: Id,
  schemaVersion: z.literal(ENGAGEMENT_SCHEMA_VERSION),
  revision: z.number().int().min(1),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  title: ShortText,
  templateId: Id,
  status: EngagementStatus,
  client: Client,
  facilitators: list(Facilitator),
  themes: z.array(ThemeId).max(ThemeId.options.length),
  phases: z.array(Phase).max(12),
  brief: Brief,
  /** RUC's pre-study log, and the analysis note it feeds. */
  preStudy: list(PreStudyEntry),
  analysis: LongText,
  actions: list(Action),
  wrapup: Wrapup,
  notes: LongText,
});

/**
 * What may be saved: the structure plus the rules it cannot express (the
 * field rules the forms show, unique ids, a known template, one phase of each
 * kind in order, wrap-up assessments of real success criteria); see
 * engagement-rules.ts. Each issue carries the path of the field at fault.
 */
export const Engagement = StoredEngagement.superRefine(checkEngagement);
export type Engagement = z.infer<typeof StoredEngagement>;

/** What the start screen needs per programme; built by the store, kept in index.json. */
export const EngagementSummary = z.object({
  id: Id,
  title: ShortText,
  templateId: Id,
  status: EngagementStatus,
  organisation: ShortText,
  unit: ShortText,
  sector: Sector,
  themes: z.array(ThemeId),
  currentPhase: PhaseKind,
  nextMeetingDate: IsoDate.optional(),
  revision: z.number().int().min(1),
  updatedAt: IsoDateTime,
  /** Set when engagement.json could not be read; the rest of the summary is from the index. */
  damaged: z.object({ file: z.string(), message: z.string() }).optional(),
});
export type EngagementSummary = z.infer<typeof EngagementSummary>;

export const emptyBrief = (): Brief => ({
  purpose: '',
  goals: '',
  frame: '',
  resources: '',
  background: '',
  themes: [],
  successCriteria: [],
  trio: {},
  partiesAgree: false,
  joiningRules: {
    actionOriented: false,
    followUpAgreed: false,
    notAuthorityOrder: false,
    notCrisisOrPersonalSupport: false,
  },
  localFollowUp: '',
});

export const emptyMeetingRecord = (): MeetingRecord => ({ participants: '', notes: '', decisions: '' });

/**
 * The TRIO's four wrap-up points (seed 000, BALANCE: Opsamlingspointer), as
 * questions the wrap-up answers. Ids are stable so a report can name them.
 */
export const TRIO_POINT_QUESTIONS: readonly { id: string; question: string }[] = [
  {
    id: 'opsoege-afklare',
    question:
      'Opsøger og afklarer vi systematisk, hvem der har brug for en arbejdsmodifikation eller et andet tilbud, og hvad de har brug for?',
  },
  {
    id: 'kommunikere-foelge-op',
    question:
      'Kommunikerer vi og følger vi systematisk op på den enkelte og på kollegerne – og er der en plan for, hvem der gør det?',
  },
  {
    id: 'laere',
    question:
      'Bruger vi erfaringerne til læring i organisationen, og er der brug for generelle ændringer i arbejdsforholdene?',
  },
  {
    id: 'legitim-praksis',
    question: 'Er arbejdsmodifikation en legitim praksis, som kolleger og ledelse kan tale åbent om?',
  },
];

export const emptyWrapup = (): Wrapup => ({
  criteria: [],
  learnings: '',
  challenges: '',
  continuation: [],
  recommendations: '',
  trioPoints: TRIO_POINT_QUESTIONS.map((point) => ({ ...point, answer: '' })),
  evaluation: { effect: '', process: '' },
});
