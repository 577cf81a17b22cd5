import { z } from 'zod';
import { Engagement, EngagementSummary, StoredEngagement } from './domain/engagement.js';
import { CreateEngagementArg } from './domain/create-engagement-arg.js';
import { Id, IsoDateTime } from './domain/primitives.js';
import { ProgrammeTemplate } from './templates/programme-template.js';
import { CatalogueCard, CatalogueProblem, CustomCardDraft } from './library/catalogue.js';
import { ExerciseRun } from './room/exercise-run.js';
import { Projection } from './room/projection.js';
import { RoomCommand, RoomState } from './room/room-state.js';
import { CsvExport, ExportKind, ExportedFile } from './reports/export-kinds.js';

const NoArg = z.object({}).strict();
const ById = z.object({ id: Id }).strict();
const ByEngagement = z.object({ engagementId: Id }).strict();

export const HistoryEntry = z.object({
  revision: z.number().int().min(1),
  savedAt: IsoDateTime,
  bytes: z.number().int().min(0),
});
export type HistoryEntry = z.infer<typeof HistoryEntry>;

export const TrashEntry = z.object({
  id: Id,
  title: z.string(),
  organisation: z.string(),
  deletedAt: IsoDateTime,
});
export type TrashEntry = z.infer<typeof TrashEntry>;

/**
 * Every call the renderer can make: method name → argument and result schema.
 * The Electron IPC adapter and the web adapter are both derived from this map;
 * nothing else names a method. A save must pass the rules (Engagement); what
 * comes back is checked for its structure only (StoredEngagement), so a
 * programme written before a rule was added can still be opened and put right.
 */
export const apiContract = {
  'templates.list': { arg: NoArg, result: z.array(ProgrammeTemplate) },
  'engagements.list': { arg: NoArg, result: z.array(EngagementSummary) },
  'engagements.create': { arg: CreateEngagementArg, result: StoredEngagement },
  'engagements.get': { arg: ById, result: StoredEngagement },
  'engagements.save': {
    arg: z.object({ engagement: Engagement }).strict(),
    result: StoredEngagement,
  },
  'engagements.delete': {
    arg: ById,
    result: z.object({ id: Id, deletedAt: IsoDateTime }),
  },
  'engagements.restore': { arg: ById, result: StoredEngagement },
  'engagements.trash': { arg: NoArg, result: z.array(TrashEntry) },
  'engagements.history': { arg: ById, result: z.array(HistoryEntry) },
  /** Brings back a version from history (default: the newest one that reads cleanly). */
  'engagements.recover': {
    arg: z.object({ id: Id, revision: z.number().int().min(1).optional() }).strict(),
    result: StoredEngagement,
  },
  /** Every exercise card: the built-in ones, then the consultant's own. */
  'catalogue.list': { arg: NoArg, result: z.array(CatalogueCard) },
  'catalogue.get': { arg: ById, result: CatalogueCard },
  /** Creates or updates an own card; built-in ids are refused, a stale revision is a conflict. */
  'catalogue.saveCustom': { arg: z.object({ card: CustomCardDraft }).strict(), result: CatalogueCard },
  'catalogue.deleteCustom': { arg: ById, result: z.object({ id: Id }) },
  /** Own cards whose files could not be read, named so the user can act on them. */
  'catalogue.problems': { arg: NoArg, result: z.array(CatalogueProblem) },
  /** Opens the live room for a meeting's agenda; resumes an interrupted room with every acknowledged answer. */
  'room.open': { arg: z.object({ engagementId: Id, meetingId: Id }).strict(), result: RoomState },
  'room.get': { arg: ByEngagement, result: RoomState },
  'room.command': { arg: z.object({ engagementId: Id, command: RoomCommand }).strict(), result: RoomState },
  /**
   * One answer to the current step's exercise, validated by its engine, journaled
   * and fsynced before it is acknowledged. The payload's schema depends on the step.
   */
  'room.answer': {
    arg: z.object({ engagementId: Id, payload: z.unknown() }).strict(),
    result: z.object({ answerId: Id, runId: Id }),
  },
  /** What the projector shows now: only what it may show. */
  'room.projection': { arg: ByEngagement, result: Projection },
  'room.close': { arg: ByEngagement, result: z.object({}) },
  /** Every run of the programme, oldest first; an open room's run includes its acknowledged answers. */
  'runs.list': { arg: ByEngagement, result: z.array(ExerciseRun) },
  /**
   * A PDF of the programme: `exerciseId` names the card for a worksheet,
   * `meetingId` the seminar (script) or meeting the export is about.
   */
  'reports.exportPdf': {
    arg: z
      .object({ engagementId: Id, kind: ExportKind, exerciseId: Id.optional(), meetingId: Id.optional() })
      .strict(),
    result: ExportedFile,
  },
  /** Every run's answers (or one run's) as CSV for Danish Excel: UTF-8 with BOM, `;` separators. */
  'reports.exportCsv': {
    arg: z.object({ engagementId: Id, runId: Id.optional() }).strict(),
    result: CsvExport,
  },
} as const satisfies Record<string, { arg: z.ZodType; result: z.ZodType }>;

export type ApiContract = typeof apiContract;
export type ApiMethod = keyof ApiContract;
export type ApiArg<M extends ApiMethod> = z.input<ApiContract[M]['arg']>;
export type ApiParsedArg<M extends ApiMethod> = z.output<ApiContract[M]['arg']>;
export type ApiResult<M extends ApiMethod> = z.output<ApiContract[M]['result']>;

export const API_METHODS = Object.keys(apiContract) as ApiMethod[];

export function isApiMethod(name: string): name is ApiMethod {
  return Object.hasOwn(apiContract, name);
}

/** What each side implements: one async function per method. */
export type ApiHandlers = { [M in ApiMethod]: (arg: ApiParsedArg<M>) => Promise<ApiResult<M>> };

/** What the renderer calls, whatever the transport underneath. */
export interface ApiClient {
  call<M extends ApiMethod>(method: M, arg: ApiArg<M>): Promise<ApiResult<M>>;
}

/** The IPC channel prefix; the preload refuses anything not in apiContract. */
export const IPC_CHANNEL_PREFIX = 'api:';
