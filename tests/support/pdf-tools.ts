import { spawnSync } from 'node:child_process';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Checks of a rendered PDF shared by the render tests and the e2e: text by
 * pdfjs-dist, and the Debian tools pdffonts, qpdf and pdftoppm (poppler-utils,
 * qpdf; `.ci/run` and tests/tools/env.mjs install them).
 */

export const PDF_ARTIFACTS = join(import.meta.dirname, '..', 'artifacts', 'pdf');

export interface PdfText {
  pages: string[];
  all: string;
}

/** The text of every page, as pdfjs-dist reads it (items joined by a space, lines kept). */
export async function pdfText(bytes: Uint8Array): Promise<PdfText> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({
    data: new Uint8Array(bytes),
    useSystemFonts: false,
    isEvalSupported: false,
  }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    pages.push(
      content.items
        .map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : ''))
        .join('')
        .replace(/[ \t]+/g, ' '),
    );
  }
  await doc.destroy();
  return { pages, all: pages.join('\n') };
}

/** The PDF's metadata (Info dictionary) and language, as pdfjs-dist reads them. */
export async function pdfInfo(bytes: Uint8Array): Promise<{ info: Record<string, unknown>; pages: number }> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false }).promise;
  const meta = await doc.getMetadata();
  const pages = doc.numPages;
  await doc.destroy();
  return { info: meta.info as Record<string, unknown>, pages };
}

export const hasTool = (tool: string): boolean => spawnSync('which', [tool]).status === 0;

export interface ToolRun {
  status: number;
  stdout: string;
  stderr: string;
}

export function runTool(tool: string, args: string[]): ToolRun {
  const result = spawnSync(tool, args, { encoding: 'utf8' });
  return { status: result.status ?? 1, stdout: result.stdout ?? '', stderr: result.stderr ?? '' };
}

/** pdffonts' table rows: name, type, encoding, emb, sub, uni. */
export function pdfFonts(file: string): { name: string; embedded: boolean }[] {
  const { stdout, status, stderr } = runTool('pdffonts', [file]);
  if (status !== 0) throw new Error(`pdffonts failed: ${stderr}`);
  return stdout
    .split('\n')
    .slice(2)
    .filter((line) => line.trim())
    .map((line) => {
      const cols = line.trim().split(/\s+/);
      // emb, sub, uni, object id, generation: the last five columns.
      return { name: cols[0]!, embedded: cols[cols.length - 5] === 'yes' };
    });
}

/** Writes the PDF to tests/artifacts/pdf/<name>.pdf and each page as <name>-<n>.png (pdftoppm, 110 dpi). */
export async function keepAsArtifacts(
  name: string,
  bytes: Uint8Array,
): Promise<{ pdf: string; pngs: string[] }> {
  await mkdir(PDF_ARTIFACTS, { recursive: true });
  for (const entry of await readdir(PDF_ARTIFACTS)) {
    if (entry.startsWith(`${name}-`) && entry.endsWith('.png')) await rm(join(PDF_ARTIFACTS, entry));
  }
  const pdf = join(PDF_ARTIFACTS, `${name}.pdf`);
  await writeFile(pdf, bytes);
  if (!hasTool('pdftoppm')) return { pdf, pngs: [] };
  const run = runTool('pdftoppm', ['-png', '-r', '110', pdf, join(PDF_ARTIFACTS, name)]);
  if (run.status !== 0) throw new Error(`pdftoppm failed: ${run.stderr}`);
  const pngs = (await readdir(PDF_ARTIFACTS))
    .filter((entry) => entry.startsWith(`${name}-`) && entry.endsWith('.png'))
    .sort()
    .map((entry) => join(PDF_ARTIFACTS, entry));
  return { pdf, pngs };
}
