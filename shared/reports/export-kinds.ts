import { z } from 'zod';

/**
 * What can be exported as PDF. `wrapup` is the afrapportering, `actionplan`
 * the handleplan, `script` the drejebog, `agreement` the aftale efter
 * formødet, `worksheet` a printable sheet for one library card.
 */
export const ExportKind = z.enum(['wrapup', 'actionplan', 'script', 'agreement', 'worksheet']);
export type ExportKind = z.infer<typeof ExportKind>;

/** A finished file. `bytes` is base64 on every transport, so IPC and HTTP carry the same result. */
export const ExportedFile = z.object({
  fileName: z.string().min(1).max(200),
  bytes: z.string(),
});
export type ExportedFile = z.infer<typeof ExportedFile>;

export const CsvExport = z.object({
  fileName: z.string().min(1).max(200),
  text: z.string(),
});
export type CsvExport = z.infer<typeof CsvExport>;
