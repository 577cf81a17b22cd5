// The start screen with 1,000 programmes against its reference: a blank Vite +
// Vue page served by the same web server, loaded interleaved in the same
// Chromium. Also engagements.list over HTTP. Prints figures only.
// Run: npx tsx tests/bench/start-screen.ts (after npm run build)
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import vue from '@vitejs/plugin-vue';
import { build } from 'vite';
import { EngagementStore } from '../../electron/services/file-store/index.js';
import { PROGRAMME_TEMPLATES } from '../../shared/templates/programme-templates.js';
import { SECTORS } from '../../shared/domain/vocabulary.js';
import { CHROMIUM_ARGS, chromiumExecutablePath } from '../support/chromium.js';

const PROGRAMMES = 1_000;
const LIST_CALLS = 30;
/** Interleaved rounds; each has one empty-cache load and WARM_LOADS warm loads of both pages. */
const ROUNDS = Number(process.env.FORLOB_BENCH_ROUNDS ?? 9);
const WARM_LOADS = 3;
const ROOT = path.resolve(import.meta.dirname, '../..');
/** Where the reference page is served from, beside the app in the same static folder. */
const BLANK_BASE = '/blank-reference/';

const organisations = [
  'Region Hovedstaden',
  'Aarhus Kommune',
  'Skattestyrelsen',
  'Novo Pharma',
  'Odense Kommune',
];
const units = ['Akutmodtagelsen', 'Hjemmeplejen Syd', 'Lønservice', 'Pakkeriet', 'Skolen ved Søerne'];

function isoDay(offsetDays: number): string {
  return new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

async function seed(dataDir: string): Promise<void> {
  const store = new EngagementStore({ dataDir });
  for (let i = 0; i < PROGRAMMES; i++) {
    const template = PROGRAMME_TEMPLATES[i % PROGRAMME_TEMPLATES.length]!;
    const keys = template.phases.flatMap((p) => p.meetings.map((m) => m.key));
    await store.create({
      templateId: template.id,
      client: {
        organisation: organisations[i % organisations.length]!,
        unit: `${units[i % units.length]} ${i + 1}`,
        sector: SECTORS[i % SECTORS.length]!,
      },
      contacts: [{ name: `Kontakt ${i}`, role: 'leder' }],
      themes: ['organisatoriske-forandringer'],
      meetingDates: Object.fromEntries(keys.map((key, k) => [key, isoDay((i % 120) - 60 + k * 21)])),
    });
  }
  await store.flush();
}

/**
 * The reference: what `npm create vite` gives for Vue (an SFC mounted with
 * createApp), built by the same Vite with the same Vue plugin and minifier.
 * The heading appearing in the DOM is "mounted".
 */
async function buildBlankPage(outDir: string): Promise<void> {
  const srcDir = await mkdtemp(path.join(os.tmpdir(), 'forlob-bench-blank-src-'));
  try {
    await writeFile(
      path.join(srcDir, 'index.html'),
      `<!doctype html>
<html lang="da">
  <head><meta charset="UTF-8" /><title>Tom side</title></head>
  <body><div id="app"></div><script type="module" src="./main.js"></script></body>
</html>
`,
    );
    await writeFile(
      path.join(srcDir, 'main.js'),
      `import { createApp } from 'vue';\nimport App from './App.vue';\ncreateApp(App).mount('#app');\n`,
    );
    await writeFile(
      path.join(srcDir, 'App.vue'),
      `<template><h1 id="blank-ready">Tom side</h1></template>\n`,
    );
    await build({
      configFile: false,
      logLevel: 'warn',
      root: srcDir,
      base: BLANK_BASE,
      // The sources live in a temp folder, so Vue is resolved from this repository.
      resolve: { alias: { vue: path.join(ROOT, 'node_modules/vue/dist/vue.runtime.esm-bundler.js') } },
      plugins: [vue()],
      build: { outDir, emptyOutDir: true, minify: true },
    });
  } finally {
    await rm(srcDir, { recursive: true, force: true });
  }
}

/** The built web server (out/main/web.js) serving `staticDir`, as `npm run web` serves out/renderer. */
function startServer(dataDir: string, staticDir: string): Promise<{ child: ChildProcess; url: string }> {
  const script = `
    const { startWebServer } = await import(${JSON.stringify(path.join(ROOT, 'out/main/web.js'))});
    const server = await startWebServer(${JSON.stringify({ dataDir, port: 0, staticDir })});
    console.log('kører på ' + server.url);
    process.on('SIGTERM', () => server.close().then(() => process.exit(0)));
  `;
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /kører på (http:\/\/\S+)/.exec(out);
      if (match?.[1]) resolve({ child, url: match[1] });
    });
    child.once('exit', (code) => reject(new Error(`web server exited with ${code}`)));
  });
}

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  return sorted.length % 2 ? sorted[Math.floor(mid)]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

/**
 * Records performance.now() (from navigation start) in the page the moment
 * the DOM first satisfies `ready`, and again when it satisfies `full`, checked
 * on every DOM mutation; window.__benchReady resolves with both. So no polling
 * runs in the page while it loads, and the DevTools round trip is not counted.
 */
function readyMarker(ready: string, full: string = ready): string {
  return `(() => {
    let done;
    window.__benchReady = new Promise((resolve) => (done = resolve));
    const ready = () => { ${ready} };
    const full = () => { ${full} };
    let readyAt;
    const observer = new MutationObserver(() => {
      if (readyAt === undefined && ready()) readyAt = performance.now();
      if (readyAt === undefined || !full()) return;
      observer.disconnect();
      done({ ready: readyAt, full: performance.now() });
    });
    observer.observe(document, { childList: true, subtree: true, characterData: true });
  })();`;
}

/** The app: the first row's link is in the DOM, not inert, and the heading counts every programme. */
const APP_READY = `
  const link = document.querySelector('tbody tr a.title-link[href]');
  return !!link && !link.closest('[inert]') &&
    !!document.querySelector('.page-subtitle')?.textContent?.includes('${PROGRAMMES} forløb');`;
/** The app's first page of rows all drawn (it draws the first screenful first). */
const APP_FULL = `return document.querySelectorAll('tbody tr').length >= 100;`;
const BLANK_READY = `return !!document.getElementById('blank-ready');`;

interface Times {
  ready: number;
  full: number;
}

async function readyTime(page: Page): Promise<Times> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${page.url()} was not ready within 60 s`)), 60_000);
  });
  try {
    const ready = page.evaluate(
      () => (globalThis as unknown as { __benchReady: Promise<Times> }).__benchReady,
    );
    return await Promise.race([ready, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * A load from a blank tab. A warm load goes there first too, so it measures
 * starting the page again with everything cached (as opening the app does),
 * not the unloading of the page before it, which a reload would add.
 */
async function load(page: Page, url: string): Promise<Times> {
  await page.goto('about:blank');
  await page.goto(url, { waitUntil: 'commit' });
  return readyTime(page);
}

/** Waits until Dexie holds the whole list (read over DevTools), so the next load is the warm (cached) start. */
async function dexieHoldsList(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const storageKey = new URL(page.url()).origin + '/';
    const deadline = Date.now() + 60_000;
    for (;;) {
      const count = await cdp
        .send('IndexedDB.getMetadata', { storageKey, databaseName: 'forlob', objectStoreName: 'summaries' })
        .then((meta) => meta.entriesCount)
        .catch(() => 0);
      if (count === PROGRAMMES) return;
      if (Date.now() > deadline)
        throw new Error(`Dexie holds ${count} of ${PROGRAMMES} summaries after 60 s`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  } finally {
    await cdp.detach();
  }
}

interface Samples {
  cold: Times[];
  warm: Times[];
}

/** One empty-cache load (a fresh browser context), then WARM_LOADS loads with everything cached. */
async function measure(browser: Browser, url: string, app: boolean, into: Samples) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'da-DK' });
  try {
    await context.addInitScript(app ? readyMarker(APP_READY, APP_FULL) : readyMarker(BLANK_READY));
    const page = await context.newPage();
    into.cold.push(await load(page, url));
    if (app) await dexieHoldsList(page);
    // Let the page settle (Dexie writes, idle callbacks) before the warm loads.
    await page.waitForTimeout(300);
    for (let i = 0; i < WARM_LOADS; i++) into.warm.push(await load(page, url));
  } finally {
    await context.close();
  }
}

async function main(): Promise<void> {
  if (!existsSync(path.join(ROOT, 'out/main/web.js')) || !existsSync(path.join(ROOT, 'out/renderer'))) {
    throw new Error('Run npm run build first.');
  }
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'forlob-bench-start-'));
  const dataDir = path.join(tmp, 'data');
  const staticDir = path.join(tmp, 'served');
  let child: ChildProcess | undefined;
  try {
    // The app as built, and the blank reference in a folder beside it, served by one server.
    await cp(path.join(ROOT, 'out/renderer'), staticDir, { recursive: true });
    await buildBlankPage(path.join(staticDir, BLANK_BASE));
    await mkdir(dataDir);
    const seedStart = performance.now();
    await seed(dataDir);
    console.log(`\nStartskærm med ${PROGRAMMES} forløb (seeded in ${ms(performance.now() - seedStart)})`);

    const server = await startServer(dataDir, staticDir);
    child = server.child;
    const { url } = server;

    const list = async () => {
      const start = performance.now();
      const response = await fetch(`${url}/api/engagements.list`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-encoding': 'br, gzip, deflate' },
        body: '{}',
      });
      const body = (await response.json()) as { value: unknown[] };
      if (body.value.length !== PROGRAMMES)
        throw new Error(`expected ${PROGRAMMES}, got ${body.value.length}`);
      return performance.now() - start;
    };
    const cold = await list();
    const warm: number[] = [];
    for (let i = 0; i < LIST_CALLS; i++) warm.push(await list());
    console.log(`  engagements.list over HTTP   first call ${ms(cold)}   then median ${ms(median(warm))}`);

    const browser = await chromium.launch({
      executablePath: chromiumExecutablePath(),
      args: [...CHROMIUM_ARGS, '--enable-precise-memory-info'],
    });
    try {
      const app: Samples = { cold: [], warm: [] };
      const blank: Samples = { cold: [], warm: [] };
      for (let round = 0; round < ROUNDS; round++) {
        // Alternate which page goes first, so neither always meets a cooler machine.
        const order = round % 2 === 0 ? ['blank', 'app'] : ['app', 'blank'];
        for (const which of order) {
          if (which === 'app') await measure(browser, url, true, app);
          else await measure(browser, `${url}${BLANK_BASE}`, false, blank);
        }
      }

      const heapPage = await browser.newPage({ viewport: { width: 1366, height: 768 } });
      await heapPage.addInitScript(readyMarker(APP_READY, APP_FULL));
      await load(heapPage, url);
      const heap = await heapPage.evaluate(
        () => (performance as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize,
      );
      await heapPage.close();

      const row = (label: string, appMs: number, blankMs: number) =>
        console.log(
          `  ${label.padEnd(13)} start screen ${ms(appMs).padStart(9)}   blank Vue page ${ms(blankMs).padStart(8)}   ratio ${(appMs / blankMs).toFixed(2)}× (goal ≤ 2×)`,
        );
      console.log(
        `  navigation start → clickable list / blank page mounted, medians of ${ROUNDS} interleaved rounds:`,
      );
      const ready = (samples: Times[]) => median(samples.map((t) => t.ready));
      const full = (samples: Times[]) => median(samples.map((t) => t.full));
      row('empty cache', ready(app.cold), ready(blank.cold));
      row('warm', ready(app.warm), ready(blank.warm));
      console.log(
        `  all 100 rows of the first page drawn (the first 25 come at once):  empty cache ${ms(full(app.cold))}   warm ${ms(full(app.warm))}`,
      );
      if (heap) console.log(`  JS heap after first render   ${(heap / 1024 / 1024).toFixed(1)} MiB`);
    } finally {
      await browser.close();
    }
  } finally {
    child?.kill('SIGTERM');
    await rm(tmp, { recursive: true, force: true });
  }
}

await main();
