// `npm test`: every check and test suite, on a fresh clone as well as here.
// Installs what is missing, then lint, type checks, build, unit tests (vitest)
// and end-to-end tests (Playwright), and prints one closing line with counts.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensureChromium, ensureDependencies, ensurePdfTools, must, root, run } from './env.mjs';

ensureDependencies();
const chromium = ensureChromium();
ensurePdfTools();
const env = { ...process.env, ...(chromium ? { PLAYWRIGHT_CHROMIUM_PATH: chromium } : {}) };

must('npm', ['run', '--silent', 'lint']);
must('npm', ['run', '--silent', 'typecheck']);
must('npm', ['run', '--silent', 'build'], { env: { ...env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' } });

// Not test-results/: Playwright empties that folder when it starts.
const reports = join(root, 'tests/artifacts/reports');
mkdirSync(reports, { recursive: true });
const vitestJson = join(reports, 'vitest.json');
const playwrightJson = join(reports, 'playwright.json');
// A report left from an earlier run must not count for this one.
for (const file of [vitestJson, playwrightJson]) rmSync(file, { force: true });

const unitStatus = run(
  'npx',
  ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`],
  { env },
);
const e2eStatus = run('npx', ['playwright', 'test', '--reporter=list,json'], {
  env: { ...env, PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson },
});

const readJson = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined);
const unit = readJson(vitestJson);
const e2e = readJson(playwrightJson);
const passed = (unit?.numPassedTests ?? 0) + (e2e?.stats.expected ?? 0) + (e2e?.stats.flaky ?? 0);
const failed = (unit?.numFailedTests ?? 0) + (e2e?.stats.unexpected ?? 0);
const skipped = (unit?.numPendingTests ?? 0) + (unit?.numTodoTests ?? 0) + (e2e?.stats.skipped ?? 0);

// Skipped tests say why (e.g. no Electron binary on this machine).
const specsOf = (suite) => [...(suite.specs ?? []), ...(suite.suites ?? []).flatMap(specsOf)];
for (const spec of (e2e?.suites ?? []).flatMap(specsOf)) {
  for (const test of spec.tests ?? []) {
    if (test.status === 'flaky')
      console.log(`ustabil (bestod ved andet forsøg): ${spec.title} [${test.projectName}]`);
    if (test.status !== 'skipped') continue;
    const why = test.annotations?.find((a) => a.type === 'skip')?.description ?? 'ingen begrundelse';
    console.log(`sprunget over: ${spec.title} [${test.projectName}]: ${why}`);
  }
}

// Only the last line uses the 'N passed, N failed' form, so CI reads the total.
console.log(
  `\nvitest (unit):       ${unit?.numPassedTests ?? 0} bestået / ${unit?.numFailedTests ?? 0} fejlet`,
);
console.log(
  `playwright (e2e):    ${e2e?.stats.expected ?? 0} bestået / ${e2e?.stats.flaky ?? 0} ustabile / ${e2e?.stats.unexpected ?? 0} fejlet / ${e2e?.stats.skipped ?? 0} sprunget over`,
);
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);

const suitesRan = unit !== undefined && e2e !== undefined;
process.exit(unitStatus === 0 && e2eStatus === 0 && failed === 0 && suitesRan ? 0 : 1);
