import type { ExportKind } from '../export-kinds.js';
import type { ReportBody, ReportInput } from '../report-input.js';
import { buildActionplanBody } from './actionplan.js';
import { buildAgreementBody } from './agreement.js';
import { buildScriptBody } from './script.js';
import { buildWorksheetBody } from './worksheet.js';
import { buildWrapupBody } from './wrapup.js';

/** A body builder: pure, from the gathered input to the export's content (see report-input.ts). */
export type BodyBuilder = (input: ReportInput) => ReportBody;

/** Which builder makes which export. */
export const BODY_BUILDERS: Record<ExportKind, BodyBuilder> = {
  wrapup: buildWrapupBody,
  actionplan: buildActionplanBody,
  script: buildScriptBody,
  agreement: buildAgreementBody,
  worksheet: buildWorksheetBody,
};

export function buildBody(input: ReportInput): ReportBody {
  return BODY_BUILDERS[input.kind](input);
}
