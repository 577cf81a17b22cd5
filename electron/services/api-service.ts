import {
  apiContract,
  isApiMethod,
  type ApiHandlers,
  type ApiMethod,
  type ApiParsedArg,
  type ApiResult,
} from '../../shared/api.js';
import type { ApiEnvelope } from '../../shared/bridge.js';
import { ApiError, isApiError } from '../../shared/errors.js';
import { parseOrThrow } from '../../shared/validation.js';
import { ID_PATTERN } from '../../shared/domain/primitives.js';
import { PROGRAMME_TEMPLATES } from '../../shared/templates/programme-templates.js';
import { createReportService, type ReportService } from './reports/report-service.js';

/** What the API needs from the file store; `EngagementStore` satisfies it. */
export interface EngagementStorePort {
  list(): Promise<ApiResult<'engagements.list'>>;
  create(arg: ApiParsedArg<'engagements.create'>): Promise<ApiResult<'engagements.create'>>;
  get(id: string): Promise<ApiResult<'engagements.get'>>;
  /**
   * Saves a programme that `check` validates; the store runs the check while
   * the disk writes, and never parses the programme a second time.
   */
  saveCheckedBy(
    engagement: unknown,
    check: (value: unknown) => ApiParsedArg<'engagements.save'>['engagement'],
  ): Promise<ApiResult<'engagements.save'>>;
  delete(id: string): Promise<ApiResult<'engagements.delete'>>;
  restore(id: string): Promise<ApiResult<'engagements.restore'>>;
  trash(): Promise<ApiResult<'engagements.trash'>>;
  history(id: string): Promise<ApiResult<'engagements.history'>>;
  recover(id: string, revision?: number): Promise<ApiResult<'engagements.recover'>>;
}

/** What the API needs from the exercise catalogue; `CatalogueStore` satisfies it. */
export interface CataloguePort {
  list(): Promise<ApiResult<'catalogue.list'>>;
  get(id: string): Promise<ApiResult<'catalogue.get'>>;
  saveCustom(card: ApiParsedArg<'catalogue.saveCustom'>['card']): Promise<ApiResult<'catalogue.saveCustom'>>;
  deleteCustom(id: string): Promise<ApiResult<'catalogue.deleteCustom'>>;
  problems(): Promise<ApiResult<'catalogue.problems'>>;
}

/** What the API needs from the live room hub; `RoomHub` satisfies it. */
export interface RoomPort {
  open(engagementId: string, meetingId: string): Promise<ApiResult<'room.open'>>;
  get(engagementId: string): Promise<ApiResult<'room.get'>>;
  command(
    engagementId: string,
    command: ApiParsedArg<'room.command'>['command'],
  ): Promise<ApiResult<'room.command'>>;
  answer(engagementId: string, payload: unknown): Promise<ApiResult<'room.answer'>>;
  projection(engagementId: string): Promise<ApiResult<'room.projection'>>;
  close(engagementId: string): Promise<ApiResult<'room.close'>>;
  listRuns(engagementId: string): Promise<ApiResult<'runs.list'>>;
}

export interface ApiService {
  /** Resolves with the validated result; rejects only with an ApiError. */
  invoke(method: string, rawArg: unknown): Promise<unknown>;
}

export interface ApiServiceOptions {
  /** The live room; without it the room.* methods refuse plainly and runs.list is empty. */
  room?: RoomPort;
  /** The PDF and CSV exports; by default built on the store, the room's runs and the catalogue given here. */
  reports?: ReportService;
  /** Where the originals of internal errors go; they never reach the user. */
  logError?: (message: string, error: unknown) => void;
}

export const INTERNAL_ERROR_MESSAGE =
  'Der opstod en uventet fejl i Forløb. Prøv igen; hvis fejlen bliver ved, så genstart programmet.';

export const unknownMethodMessage = (method: string): string => `Ukendt funktion: ${method.slice(0, 100)}`;

/**
 * Methods whose result is the argument this service has just parsed, with only
 * `revision` and `updatedAt` set by the store: checking it again would validate
 * the whole programme a second time on every save.
 */
const RESULT_IS_THE_PARSED_ARG: ReadonlySet<ApiMethod> = new Set(['engagements.save']);

/**
 * Results that are not parsed again on the way out, because the store builds
 * them only from what it validated when it read the files: the list's rows come
 * from index.json entries (parsed with their schema when the index is loaded)
 * and from engagement.json files (parsed with the Engagement schema), through
 * summaryOf(), a typed pure function. Parsing 1,000 rows again on every call
 * cost 17-50 ms on the start screen's critical path.
 */
const CHECKED_AT_SOURCE: ReadonlySet<ApiMethod> = new Set(['engagements.list']);

/**
 * The one place an API call is checked: the method must be in the contract,
 * the argument must parse with its schema, and the result must parse with
 * its schema before it leaves. Both transports (IPC and HTTP) call this.
 * A save is validated once, with this contract's schema, by the store while
 * it writes (`saveCheckedBy`), and the result, which is that programme with a
 * new revision, is not parsed again.
 * The list's rows are not parsed again either (CHECKED_AT_SOURCE).
 */
export function createApiService(
  store: EngagementStorePort,
  catalogue: CataloguePort,
  options: ApiServiceOptions = {},
): ApiService {
  const logError = options.logError ?? ((message, error) => console.error(message, error));
  const reports =
    options.reports ??
    createReportService({
      getEngagement: (id) => store.get(id),
      listRuns: async (id) => (options.room ? options.room.listRuns(id) : []),
      listCards: () => catalogue.list(),
    });

  const handlers: ApiHandlers = {
    'templates.list': async () => [...PROGRAMME_TEMPLATES],
    'engagements.list': () => store.list(),
    'engagements.create': (arg) => store.create(arg),
    'engagements.get': ({ id }) => store.get(id),
    // Reached only when the argument is not a bare { engagement } (see run()): already parsed then.
    'engagements.save': ({ engagement }) => store.saveCheckedBy(engagement, () => engagement),
    'engagements.delete': ({ id }) => store.delete(id),
    'engagements.restore': ({ id }) => store.restore(id),
    'engagements.trash': () => store.trash(),
    'engagements.history': ({ id }) => store.history(id),
    'engagements.recover': ({ id, revision }) => store.recover(id, revision),
    'catalogue.list': () => catalogue.list(),
    'catalogue.get': ({ id }) => catalogue.get(id),
    'catalogue.saveCustom': ({ card }) => catalogue.saveCustom(card),
    'catalogue.deleteCustom': ({ id }) => catalogue.deleteCustom(id),
    'catalogue.problems': () => catalogue.problems(),
    'room.open': ({ engagementId, meetingId }) => room().open(engagementId, meetingId),
    'room.get': ({ engagementId }) => room().get(engagementId),
    'room.command': ({ engagementId, command }) => room().command(engagementId, command),
    'room.answer': ({ engagementId, payload }) => room().answer(engagementId, payload),
    'room.projection': ({ engagementId }) => room().projection(engagementId),
    'room.close': ({ engagementId }) => room().close(engagementId),
    'runs.list': async ({ engagementId }) => (options.room ? options.room.listRuns(engagementId) : []),
    'reports.exportPdf': (arg) => reports.exportPdf(arg),
    'reports.exportCsv': (arg) => reports.exportCsv(arg),
  };

  function room(): RoomPort {
    if (!options.room) throw new ApiError('not_found', 'Rummet kan ikke åbnes i denne version af Forløb.');
    return options.room;
  }

  /**
   * A save hands the programme to the store unparsed, with the contract's own
   * check: the store validates it while the disk writes the temp file, which
   * halves a save's latency (see EngagementStore.writeWhileChecking).
   */
  function saveWhileChecking(rawArg: unknown): Promise<ApiResult<'engagements.save'>> | undefined {
    if (typeof rawArg !== 'object' || rawArg === null) return undefined;
    const keys = Object.keys(rawArg);
    if (keys.length !== 1 || keys[0] !== 'engagement') return undefined;
    const engagement: unknown = (rawArg as { engagement: unknown }).engagement;
    // Anything without a well-formed id is refused by the plain parse, with its message.
    const id: unknown =
      typeof engagement === 'object' && engagement !== null ? (engagement as { id?: unknown }).id : undefined;
    if (typeof id !== 'string' || !ID_PATTERN.test(id)) return undefined;
    const schema = apiContract['engagements.save'].arg;
    return store.saveCheckedBy(
      engagement,
      (value) => parseOrThrow(schema, { engagement: value }, 'argumentet til engagements.save').engagement,
    );
  }

  async function run<M extends ApiMethod>(method: M, rawArg: unknown): Promise<ApiResult<M>> {
    if (method === 'engagements.save') {
      const saving = saveWhileChecking(rawArg);
      if (saving) return (await saving) as ApiResult<M>;
    }
    const contract = apiContract[method];
    // TypeScript cannot follow a generic M through the contract's union of schemas.
    const arg = parseOrThrow(contract.arg, rawArg, `argumentet til ${method}`) as ApiParsedArg<M>;
    const handler: ApiHandlers[M] = handlers[method];
    const value = await handler(arg);
    if (RESULT_IS_THE_PARSED_ARG.has(method)) return value as ApiResult<M>;
    if (CHECKED_AT_SOURCE.has(method)) return value as ApiResult<M>;
    const checked = contract.result.safeParse(value);
    if (!checked.success) {
      // A bug on our side (a store returned something the contract does not allow).
      logError(`API-svaret fra ${method} passer ikke til kontrakten`, checked.error);
      throw new ApiError('internal', INTERNAL_ERROR_MESSAGE);
    }
    return checked.data as ApiResult<M>;
  }

  return {
    async invoke(method, rawArg) {
      if (!isApiMethod(method)) throw new ApiError('invalid_argument', unknownMethodMessage(method));
      try {
        return await run(method, rawArg);
      } catch (error) {
        if (isApiError(error)) throw error;
        logError(`Uventet fejl i ${method}`, error);
        throw new ApiError('internal', INTERNAL_ERROR_MESSAGE);
      }
    },
  };
}

/** Runs a call and folds the outcome into the envelope both transports send. */
export async function invokeToEnvelope(
  service: ApiService,
  method: string,
  rawArg: unknown,
): Promise<ApiEnvelope> {
  try {
    return { ok: true, value: await service.invoke(method, rawArg) };
  } catch (error) {
    const apiError = isApiError(error) ? error : new ApiError('internal', INTERNAL_ERROR_MESSAGE);
    return { ok: false, error: apiError.toPayload() };
  }
}
