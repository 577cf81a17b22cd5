// engagements.list over HTTP and the start screen's first render with 1,000
// programmes in the store, in Chromium against web mode. Prints figures only.
// Run: npx tsx tests/bench/start-screen.ts (after npm run build)
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { EngagementStore } from '../../electron/services/file-store/index.js';
import { PROGRAMME_TEMPLATES } from '../../shared/templates/programme-templates.js';
import { SECTORS } from '../../shared/domain/vocabulary.js';
import { CHROMIUM_ARGS, chromiumExecutablePath } from '../support/chromium.js';

const PROGRAMMES = 1_000;
const LIST_CALLS = 30;
const ROOT = path.resolve(import.meta.dirname, '../..');

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

function startServer(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [path.join(ROOT, 'out/main/web.js')], {
    env: { ...process.env, FORLOB_PORT: '0', FORLOB_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /kører på (http:\/\/\S+)/.exec(out);
      if (match?.[1]) resolve({ child, url: match[1] });
    });
    child.once('exit', (code) => reject(new Error(`web.js exited with ${code}`)));
  });
}

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

async function main(): Promise<void> {
  if (!existsSync(path.join(ROOT, 'out/main/web.js'))) throw new Error('Run npm run build first.');
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'forlob-bench-start-'));
  const seedStart = performance.now();
  await seed(dataDir);
  console.log(`\nStartskærm med ${PROGRAMMES} forløb (seeded in ${ms(performance.now() - seedStart)})`);

  const { child, url } = await startServer(dataDir);
  try {
    const list = async () => {
      const start = performance.now();
      const response = await fetch(`${url}/api/engagements.list`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
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
      args: [...CHROMIUM_ARGS],
    });
    try {
      // bypassCSP: the app's CSP forbids eval, which string predicates need.
      const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, bypassCSP: true });
      // Time from navigation start until the first page of rows is in the DOM
      // and the heading counts every programme (the list shows 100 at a time).
      const firstRender = async () => {
        const ready = `document.querySelectorAll('tbody tr').length >= 100 &&
          document.querySelector('.page-subtitle')?.textContent?.includes('${PROGRAMMES} forløb')`;
        await page.waitForFunction(ready, undefined, { polling: 'raf', timeout: 60_000 });
        return page.evaluate<number>('performance.now()');
      };
      await page.goto(url);
      const coldRender = await firstRender();
      const heap = await page.evaluate<number | undefined>('performance.memory?.usedJSHeapSize');
      const warmRenders: number[] = [];
      for (let i = 0; i < 5; i++) {
        await page.reload();
        warmRenders.push(await firstRender());
      }
      console.log(`  first render, empty cache     ${ms(coldRender)} from navigation start`);
      console.log(`  first render, Dexie cache     median ${ms(median(warmRenders))} over 5 reloads`);
      if (heap) console.log(`  JS heap after first render   ${(heap / 1024 / 1024).toFixed(1)} MiB`);
    } finally {
      await browser.close();
    }
  } finally {
    child.kill('SIGTERM');
    await rm(dataDir, { recursive: true, force: true });
  }
}

await main();
