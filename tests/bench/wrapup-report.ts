// The wrap-up report for a large programme (tests/fixtures/large-wrapup.ts):
// time to build and render it, and its page count, next to a one-page
// document rendered by the same renderer in the same run. Prints figures only.
// Run: npx tsx tests/bench/wrapup-report.ts
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { findFontDir } from '../../electron/services/reports/fonts.js';
import { renderPdf } from '../../electron/services/reports/render-pdf.js';
import { buildBody } from '../../shared/reports/bodies/index.js';
import { buildDocument } from '../../shared/reports/document.js';
import { REPORT_FONT } from '../../shared/reports/report-styles.js';
import { LARGE_WRAPUP_SHAPE, largeWrapupInput } from '../fixtures/large-wrapup.js';

const ROUNDS = 3;
const fontDir = findFontDir();
const input = largeWrapupInput();

async function wrapup(): Promise<Buffer> {
  return renderPdf(buildDocument(buildBody(input), input), fontDir);
}

async function onePage(): Promise<Buffer> {
  return renderPdf({ content: [{ text: 'Forløb' }], defaultStyle: { font: REPORT_FONT } }, fontDir);
}

async function timed(task: () => Promise<Buffer>): Promise<{ ms: number; bytes: Buffer }> {
  const start = performance.now();
  const bytes = await task();
  return { ms: performance.now() - start, bytes };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

await onePage(); // loads pdfmake and the fonts once, outside the figures
const report: number[] = [];
const blank: number[] = [];
let pdf: Buffer = Buffer.alloc(0);
for (let round = 0; round < ROUNDS; round++) {
  const a = await timed(wrapup);
  report.push(a.ms);
  pdf = a.bytes;
  blank.push((await timed(onePage)).ms);
}
const pages = (await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise).numPages;
const { agendaItems, runs, answersPerRun, actions } = LARGE_WRAPUP_SHAPE;
console.log(
  `\nWrap-up report, large programme: ${agendaItems} agenda items, ${runs} runs × ${answersPerRun} answers, ${actions} actions with follow-ups` +
    `\n(${ROUNDS} rounds, interleaved with the reference; medians)`,
);
console.log(
  `  wrap-up report (build + render)   ${median(report).toFixed(0).padStart(6)} ms   ${pages} pages, ${(pdf.length / 1024).toFixed(0)} KB`,
);
console.log(`  reference: a one-page document    ${median(blank).toFixed(0).padStart(6)} ms`);
console.log(
  `  ratio ${(median(report) / median(blank)).toFixed(1)}×; goal: the report under 2000 ms (${median(report) < 2000 ? 'met' : 'not met'})`,
);
