import type { ApiParsedArg, ApiResult } from '../../../shared/api.js';
import type { Engagement } from '../../../shared/domain/engagement.js';
import { localToday } from '../../../shared/domain/schedule.js';
import { ApiError } from '../../../shared/errors.js';
import type { CatalogueCard } from '../../../shared/library/catalogue.js';
import { buildBody } from '../../../shared/reports/bodies/index.js';
import { answersCsv, csvFileName } from '../../../shared/reports/csv.js';
import { buildDocument } from '../../../shared/reports/document.js';
import { exportFileName, EXPORT_KIND_LABELS } from '../../../shared/reports/report-labels.js';
import type { ReportInput } from '../../../shared/reports/report-input.js';
import type { ExerciseRun } from '../../../shared/room/exercise-run.js';
import { findFontDir } from './fonts.js';
import { renderPdf } from './render-pdf.js';

/** What the reports need from the rest of main: the programme, its runs and the library. */
export interface ReportSources {
  getEngagement(id: string): Promise<Engagement>;
  listRuns(engagementId: string): Promise<readonly ExerciseRun[]>;
  listCards(): Promise<readonly CatalogueCard[]>;
}

export interface ReportServiceOptions {
  /** Where the TTF files are; found with findFontDir() when left out (on the first export). */
  fontDir?: string;
  /** The clock (tests pin it); an export is dated with the local calendar day. */
  now?: () => Date;
}

export interface ReportService {
  exportPdf(arg: ApiParsedArg<'reports.exportPdf'>): Promise<ApiResult<'reports.exportPdf'>>;
  exportCsv(arg: ApiParsedArg<'reports.exportCsv'>): Promise<ApiResult<'reports.exportCsv'>>;
}

export const MESSAGES = {
  unknownExercise: 'Øvelsen findes ikke i biblioteket. Den kan være slettet; vælg en anden øvelse.',
  unknownMeeting: 'Mødet findes ikke i forløbet. Det kan være slettet; vælg et andet møde.',
  unknownRun: 'Kørslen findes ikke i forløbet. Genindlæs siden og vælg kørslen igen.',
} as const;

/**
 * Gathers what a report is built from, builds it with the pure body and frame
 * from shared/reports, and renders it. Nothing is written to disk here: the
 * bytes go back to the caller (the Electron main process saves them after a
 * save dialog; the web mode offers them as a download).
 */
export function createReportService(
  sources: ReportSources,
  options: ReportServiceOptions = {},
): ReportService {
  const now = options.now ?? (() => new Date());
  let fontDir = options.fontDir;

  async function gather(arg: ApiParsedArg<'reports.exportPdf'>): Promise<ReportInput> {
    const engagement = await sources.getEngagement(arg.engagementId);
    const [runs, cards] = await Promise.all([sources.listRuns(arg.engagementId), sources.listCards()]);
    if (arg.exerciseId !== undefined && !cards.some((card) => card.id === arg.exerciseId)) {
      throw new ApiError('not_found', MESSAGES.unknownExercise, { exerciseId: arg.exerciseId });
    }
    if (
      arg.meetingId !== undefined &&
      !engagement.phases.some((phase) => phase.meetings.some((meeting) => meeting.id === arg.meetingId))
    ) {
      throw new ApiError('not_found', MESSAGES.unknownMeeting, { meetingId: arg.meetingId });
    }
    return {
      kind: arg.kind,
      engagement,
      runs,
      cards,
      today: localToday(now()),
      ...(arg.exerciseId !== undefined ? { exerciseId: arg.exerciseId } : {}),
      ...(arg.meetingId !== undefined ? { meetingId: arg.meetingId } : {}),
    };
  }

  return {
    async exportPdf(arg) {
      const input = await gather(arg);
      // The body throws ApiError for what the user can fix (an id that names nothing of its kind).
      const body = buildBody(input);
      const doc = buildDocument(body, input);
      fontDir ??= findFontDir();
      const bytes = await renderPdf(doc, fontDir);
      const org = input.engagement.client.organisation;
      const label = EXPORT_KIND_LABELS[input.kind];
      const parts = input.kind === 'worksheet' ? [label, body.title] : [label, org];
      return { fileName: exportFileName(parts, input.today, 'pdf'), bytes: bytes.toString('base64') };
    },

    async exportCsv(arg) {
      const engagement = await sources.getEngagement(arg.engagementId);
      const [runs, cards] = await Promise.all([sources.listRuns(arg.engagementId), sources.listCards()]);
      const chosen = arg.runId === undefined ? runs : runs.filter((run) => run.id === arg.runId);
      if (arg.runId !== undefined && chosen.length === 0) {
        throw new ApiError('not_found', MESSAGES.unknownRun, { runId: arg.runId });
      }
      const today = localToday(now());
      return {
        fileName: csvFileName(engagement, chosen, cards, arg.runId !== undefined, today),
        text: answersCsv(engagement, chosen, cards),
      };
    },
  };
}
