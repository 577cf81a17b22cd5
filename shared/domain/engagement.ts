import { z } from 'zod';
import { Id, IsoDate, IsoDateTime, LIMITS, LongText, ShortText } from './primitives.js';
import { checkEngagement } from './engagement-rules.js';
import { FIELD_MESSAGES, MAX_MEETING_MINUTES } from './field-rules.js';
import {
  ActionStage,
  ActionStatus,
  ContactRole,
  EngagementStatus,
  IgloLevel,
  MeetingKind,
  MeetingMode,
  PhaseKind,
  Sector,
  ThemeId,
} from './vocabulary.js';

/** The schema version this build writes. Older files are migrated on read. */
export const ENGAGEMENT_SCHEMA_VERSION = 1;

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

/** One item on a meeting's agenda; a later issue links exercises and runs to it. */
export const AgendaItem = z.object({
  id: Id,
  title: ShortText,
  minutes: z
    .number()
    .int()
    .min(0)
    .max(24 * 60),
  exerciseId: Id.optional(),
  notes: LongText,
});
export type AgendaItem = z.infer<typeof AgendaItem>;

export const Meeting = z.object({
  id: Id,
  kind: MeetingKind,
  title: ShortText,
  description: LongText,
  date: IsoDate.optional(),
  mode: MeetingMode,
  minutes: z
    .number()
    .int({ message: FIELD_MESSAGES.minutesWhole })
    .min(0, { message: FIELD_MESSAGES.minutesRange })
    .max(MAX_MEETING_MINUTES, { message: FIELD_MESSAGES.minutesRange }),
  agenda: list(AgendaItem),
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

export const Brief = z.object({
  purpose: LongText,
  goals: LongText,
  frame: LongText,
  resources: LongText,
  successCriteria: list(SuccessCriterion),
});
export type Brief = z.infer<typeof Brief>;

export const FollowUp = z.object({ date: IsoDate, note: LongText });

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
});
export type Action = z.infer<typeof Action>;

export const CRITERION_ASSESSMENTS = ['ikke-vurderet', 'opfyldt', 'delvist', 'ikke-opfyldt'] as const;

/** Skeletal here; the wrap-up issue fills it out. */
export const Wrapup = z.object({
  summary: LongText,
  learnings: LongText,
  nextSteps: LongText,
  criteria: list(
    z.object({
      criterionId: Id,
      assessment: z.enum(CRITERION_ASSESSMENTS),
      note: LongText,
    }),
  ),
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
  successCriteria: [],
});

export const emptyWrapup = (): Wrapup => ({ summary: '', learnings: '', nextSteps: '', criteria: [] });
