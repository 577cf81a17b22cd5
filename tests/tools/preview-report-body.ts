/**
 * Look at a report body before (or without) the real frame: renders one body
 * with pdfmake directly, with plain stand-in styles for the style names, to
 * out/report-preview/<kind>.pdf, and its pages to PNG with pdftoppm -r 60.
 *
 *   npx tsx tests/tools/preview-report-body.ts wrapup|script|worksheet [exerciseId|meetingId]
 *
 * A tool for eyes only: the shipped look is the frame's (shared/reports/document.ts).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { BODY_BUILDERS } from '../../shared/reports/bodies/index.js';
import { REPORT_FONT } from '../../shared/reports/report-styles.js';
import { reportInput } from '../unit/reports/report-fixtures.js';

const require = createRequire(import.meta.url);
const pdfmake = require('pdfmake') as {
  addFonts(fonts: object): void;
  setUrlAccessPolicy(cb: (url: string) => boolean): void;
  setLocalAccessPolicy(cb: (file: string) => boolean): void;
  createPdf(doc: TDocumentDefinitions): { getBuffer(): Promise<Buffer> };
};

const kind = (process.argv[2] ?? 'wrapup') as 'wrapup' | 'script' | 'worksheet';
const id = process.argv[3];
const fonts = path.resolve('node_modules/@expo-google-fonts/source-sans-3');
const ttf = (weight: string) => path.join(fonts, weight, `SourceSans3_${weight}.ttf`);
pdfmake.addFonts({
  [REPORT_FONT]: {
    normal: ttf('400Regular'),
    bold: ttf('600SemiBold'),
    italics: ttf('400Regular_Italic'),
    bolditalics: ttf('600SemiBold_Italic'),
  },
});
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((file) => file.startsWith(fonts));

const input = reportInput({
  kind,
  ...(kind === 'worksheet' ? { exerciseId: id ?? 'wellbeing-barometer' } : {}),
  ...(kind === 'script' && id ? { meetingId: id } : {}),
});
const body = BODY_BUILDERS[kind]!(input);

const doc: TDocumentDefinitions = {
  pageSize: 'A4',
  pageOrientation: body.orientation ?? 'portrait',
  pageMargins: [57, 60, 57, 60],
  defaultStyle: { font: REPORT_FONT, fontSize: 10, lineHeight: 1.25 },
  content: [
    { text: body.title, fontSize: 24, bold: true, margin: [0, 0, 0, 4] },
    ...(body.subtitle
      ? [{ text: body.subtitle, fontSize: 12, color: '#555555', margin: [0, 0, 0, 16] }]
      : []),
    ...(body.cover ? [{ toc: { title: { text: 'Indhold', style: 'h1' } } }] : []),
    ...body.content,
  ] as TDocumentDefinitions['content'],
  styles: {
    h1: { fontSize: 18, bold: true, margin: [0, 18, 0, 8] },
    h2: { fontSize: 13.5, bold: true, margin: [0, 12, 0, 6] },
    h3: { fontSize: 11, bold: true, margin: [0, 8, 0, 3] },
    body: { margin: [0, 0, 0, 6] },
    lead: { fontSize: 11, color: '#333333', margin: [0, 0, 0, 8] },
    muted: { fontSize: 9, color: '#5a6470', margin: [0, 0, 0, 4] },
    caption: { fontSize: 8.5, italics: true, color: '#5a6470', margin: [0, 0, 0, 8] },
    tableHeader: { bold: true, fontSize: 9, color: '#333333' },
    tableCell: { fontSize: 9.5 },
    label: { bold: true },
  },
  // Keep a heading with what follows: start it on a new page when it sits in the bottom fifth.
  pageBreakBefore: (node) => Boolean(node.headlineLevel) && node.startPosition.verticalRatio > 0.8,
  footer: (page, pages) => ({
    text: `${page} / ${pages}`,
    alignment: 'center',
    fontSize: 8,
    margin: [0, 20, 0, 0],
  }),
};

const outDir = path.resolve('out/report-preview');
rmSync(path.join(outDir, kind), { recursive: true, force: true });
mkdirSync(path.join(outDir, kind), { recursive: true });
const buffer = await pdfmake.createPdf(doc).getBuffer();
const file = path.join(outDir, `${kind}.pdf`);
writeFileSync(file, buffer);
execFileSync('pdftoppm', ['-r', '60', '-png', file, path.join(outDir, kind, 'page')]);
console.log(`${file} (${buffer.length} bytes); pages in ${path.join(outDir, kind)}`);
