/**
 * Look at an export: builds one kind for the example programme with its runs
 * (the unit tests' fixture) through the shipped frame and renderer, writes
 * out/report-preview/<kind>.pdf and its pages as PNG (pdftoppm -r 60).
 *
 *   npx tsx tests/tools/preview-report-body.ts wrapup|script|worksheet|actionplan|agreement [exerciseId|meetingId]
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { renderPdf } from '../../electron/services/reports/render-pdf.js';
import { findFontDir } from '../../electron/services/reports/fonts.js';
import { buildBody } from '../../shared/reports/bodies/index.js';
import { buildDocument } from '../../shared/reports/document.js';
import { ExportKind } from '../../shared/reports/export-kinds.js';
import { reportInput } from '../unit/reports/report-fixtures.js';

const kind = ExportKind.parse(process.argv[2] ?? 'wrapup');
const id = process.argv[3];
const input = reportInput({
  kind,
  ...(kind === 'worksheet' ? { exerciseId: id ?? 'wellbeing-barometer' } : {}),
  ...(kind === 'script' && id ? { meetingId: id } : {}),
});
const buffer = await renderPdf(buildDocument(buildBody(input), input), findFontDir());

const outDir = path.resolve('out/report-preview');
rmSync(path.join(outDir, kind), { recursive: true, force: true });
mkdirSync(path.join(outDir, kind), { recursive: true });
const file = path.join(outDir, `${kind}.pdf`);
writeFileSync(file, buffer);
execFileSync('pdftoppm', ['-r', '60', '-png', file, path.join(outDir, kind, 'page')]);
console.log(`${file} (${buffer.length} bytes); pages in ${path.join(outDir, kind)}`);
