import { resolve, sep } from 'node:path';
import pdfmake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { reportFonts } from './fonts.js';

/**
 * pdfmake 0.3 in Node is one shared instance (not a class): fonts and access
 * policies are set on it once, for this process. No document may fetch a URL,
 * and the only files it may read are the fonts, so a report built from
 * user-typed text can never pull in anything else.
 */
let configuredFor: string | undefined;

function configure(fontDir: string): void {
  if (configuredFor === fontDir) return;
  const allowed = resolve(fontDir) + sep;
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => resolve(path).startsWith(allowed));
  pdfmake.setFonts(reportFonts(fontDir));
  configuredFor = fontDir;
}

/** Renders a document definition to PDF bytes with the report fonts in `fontDir`. */
export async function renderPdf(doc: TDocumentDefinitions, fontDir: string): Promise<Buffer> {
  configure(fontDir);
  return pdfmake.createPdf(doc).getBuffer();
}
