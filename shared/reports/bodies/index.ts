import type { ExportKind } from '../export-kinds.js';
import type { ReportBody, ReportInput } from '../report-input.js';
import { buildScriptBody } from './script.js';
import { buildWorksheetBody } from './worksheet.js';
import { buildWrapupBody } from './wrapup.js';

/**
 * Each export kind's body builder. Created on the content branch with its own
 * builders only; the pipeline branch adds `actionplan` and `agreement` (the
 * lead merges the two lists).
 */
export const BODY_BUILDERS: Partial<Record<ExportKind, (input: ReportInput) => ReportBody>> = {
  wrapup: buildWrapupBody,
  script: buildScriptBody,
  worksheet: buildWorksheetBody,
};
