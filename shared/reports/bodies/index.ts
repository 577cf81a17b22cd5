import { ApiError } from '../../errors.js';
import type { ExportKind } from '../export-kinds.js';
import type { ReportBody, ReportInput } from '../report-input.js';
import { buildActionplanBody } from './actionplan.js';
import { buildAgreementBody } from './agreement.js';

/** A body builder: pure, from the gathered input to the export's content (see report-input.ts). */
export type BodyBuilder = (input: ReportInput) => ReportBody;

/** Stands in for an export whose body is not in this build yet: refuses plainly instead of printing an empty PDF. */
const notBuiltYet =
  (label: string): BodyBuilder =>
  () => {
    throw new ApiError('not_found', `${label} kan ikke eksporteres i denne version af Forløb endnu.`);
  };

/** Which builder makes which export. */
export const BODY_BUILDERS: Record<ExportKind, BodyBuilder> = {
  wrapup: notBuiltYet('Afrapporteringen'),
  actionplan: buildActionplanBody,
  script: notBuiltYet('Drejebogen'),
  agreement: buildAgreementBody,
  worksheet: notBuiltYet('Arbejdsarket'),
};

export function buildBody(input: ReportInput): ReportBody {
  return BODY_BUILDERS[input.kind](input);
}
