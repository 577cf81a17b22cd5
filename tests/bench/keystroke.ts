// Main-thread time per keystroke on the programme page, in Chromium against web
// mode: a bare <input> (the reference), a typical programme and a large one,
// typed into side by side. Prints figures only.
// Run: npx tsx tests/bench/keystroke.ts (after npx electron-vite build);
// KEYSTROKE_BUILD=<other checkout> measures that checkout's build instead.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { EngagementStore } from '../../electron/services/file-store/index.js';
import type { Engagement } from '../../shared/domain/engagement.js';
import { CHROMIUM_ARGS, chromiumExecutablePath } from '../support/chromium.js';
import { fleshOut, typicalCreateArg } from '../support/typical-programme.js';
import { LARGE_PROGRAMME_SHAPE, largeProgramme } from '../support/large-programme.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
/** The checkout whose build is measured: this one, or another's (to compare two branches on one machine). */
const BUILD = path.resolve(process.env.KEYSTROKE_BUILD ?? ROOT);
/** 4 rounds of 25 keys per target, the targets interleaved: 100 keystrokes each. */
const ROUNDS = 4;
const KEYS_PER_ROUND = 25;
/** A brisk typist: well under the outbox's 400 ms debounce, as when someone writes a sentence. */
const KEY_INTERVAL_MS = 100;
/** After a round, long enough for the debounced save to run before the trace stops. */
const SETTLE_MS = 1_500;
const TEXT = 'the quick brown fox jumps over the lazy dog ';

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of the event. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { data?: { type?: string } };
}

interface Target {
  label: string;
  page: Page;
  field: string;
  cpu: number[];
  wall: number[];
  /** Main-thread CPU time after each burst (the debounced save), one figure per round. */
  after: number[];
}

function startServer(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [path.join(BUILD, 'out/main/web.js')], {
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

async function seed(dataDir: string): Promise<{ small: Engagement; large: Engagement }> {
  const store = new EngagementStore({ dataDir });
  const smallBase = await store.create({ ...typicalCreateArg, title: 'Typisk forløb' });
  const small = await store.save(fleshOut(smallBase, randomUUID));
  const largeBase = await store.create({ ...typicalCreateArg, title: 'Stort forløb' });
  const large = await store.save(largeProgramme(largeBase, randomUUID));
  await store.flush();
  return { small, large };
}

const kb = (e: Engagement) => `${(Buffer.byteLength(JSON.stringify(e)) / 1024).toFixed(0)} KB`;

function quantile(samples: number[], q: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Per keystroke: the renderer main thread's top-level tasks from the task that
 * dispatched its keydown until the next keystroke (the last one: one key
 * interval). That covers the input events, the Vue update, style, layout and
 * paint, and any timer or IndexedDB callback the key caused, as Chromium's own
 * trace records them. Summed twice: as CPU time of the main thread (steady on
 * a busy machine) and as wall time (what the user waits, including time the
 * thread was not scheduled).
 */
function perKeystroke(events: TraceEvent[]): { cpu: number[]; wall: number[]; afterCpu: number } {
  const keydowns = events.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'keydown');
  const first = keydowns[0];
  if (!first) throw new Error('No keydown in the trace');
  const onMain = (e: TraceEvent) => e.pid === first.pid && e.tid === first.tid;
  // Only the scheduler's own task events: other 'toplevel' events (microtask
  // checkpoints, mojo messages) run inside them and would be counted twice.
  const tasks: TraceEvent[] = [];
  for (const task of events
    .filter((e) => e.ph === 'X' && onMain(e) && e.name === 'ThreadControllerImpl::RunTask')
    .sort((a, b) => a.ts - b.ts)) {
    const last = tasks.at(-1);
    if (!last || task.ts >= last.ts + (last.dur ?? 0)) tasks.push(task);
  }
  // The top-level task that contains each keydown dispatch.
  const starts = keydowns.map((k) => {
    const task = tasks.findLast((t) => t.ts <= k.ts && k.ts <= t.ts + (t.dur ?? 0));
    return task?.ts ?? k.ts;
  });
  const interval = KEY_INTERVAL_MS * 1_000;
  const sum = (from: number, to: number, field: 'dur' | 'tdur') =>
    tasks.filter((t) => t.ts >= from && t.ts < to).reduce((total, t) => total + (t[field] ?? 0), 0) / 1_000;
  const end = (i: number) => starts[i + 1] ?? (starts[i] ?? 0) + interval;
  const lastStart = starts.at(-1) ?? 0;
  return {
    cpu: starts.map((start, i) => sum(start, end(i), 'tdur')),
    wall: starts.map((start, i) => sum(start, end(i), 'dur')),
    afterCpu: sum(lastStart + interval, Number.POSITIVE_INFINITY, 'tdur'),
  };
}

async function typeRound(browser: Browser, target: Target, round: number): Promise<void> {
  const { page } = target;
  await page.bringToFront();
  const field = page.locator(target.field);
  await field.focus();
  await page.keyboard.press('End');
  await sleep(300);
  await browser.startTracing(page, { categories: ['devtools.timeline', 'toplevel'] });
  const start = performance.now();
  for (let i = 0; i < KEYS_PER_ROUND; i++) {
    const due = start + i * KEY_INTERVAL_MS;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    const char = TEXT[(round * KEYS_PER_ROUND + i) % TEXT.length] ?? 'a';
    await page.keyboard.press(char === ' ' ? 'Space' : char);
  }
  await sleep(KEY_INTERVAL_MS + SETTLE_MS);
  const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
  const { cpu, wall, afterCpu } = perKeystroke(trace.traceEvents);
  if (cpu.length !== KEYS_PER_ROUND) {
    throw new Error(`${target.label}: ${cpu.length} keydowns in the trace, expected ${KEYS_PER_ROUND}`);
  }
  target.cpu.push(...cpu);
  target.wall.push(...wall);
  target.after.push(afterCpu);
}

/** A build with relative asset paths routes by hash (renderer/router.ts). */
function hashRoutes(): boolean {
  return /src="\.\//.test(readFileSync(path.join(BUILD, 'out/renderer/index.html'), 'utf8'));
}

async function openProgramme(browser: Browser, url: string, id: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  await page.goto(`${url}${hashRoutes() ? '/#' : ''}/forloeb/${id}`);
  await page.getByLabel('Forløbets titel').waitFor();
  await page.waitForLoadState('networkidle');
  return page;
}

async function main(): Promise<void> {
  if (!existsSync(path.join(BUILD, 'out/main/web.js'))) throw new Error('Run npx electron-vite build first.');
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'forlob-bench-keys-'));
  const { small, large } = await seed(dataDir);
  const { child, url } = await startServer(dataDir);
  const browser = await chromium.launch({
    executablePath: chromiumExecutablePath(),
    args: [...CHROMIUM_ARGS, '--lang=da'],
  });
  try {
    const bare = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await bare.setContent(
      '<!doctype html><html lang="da"><label>Tekst <input id="bare" maxlength="200"></label></html>',
    );
    // The same page as the large programme, with an input of the page's own style that no app code listens to.
    const probe = await openProgramme(browser, url, large.id);
    await probe.evaluate(`(() => {
      const input = document.createElement('input');
      input.id = 'probe';
      input.className = 'input';
      document.querySelector('.basics').prepend(input);
    })()`);
    const target = (label: string, page: Page, field: string): Target => ({
      label,
      page,
      field,
      cpu: [],
      wall: [],
      after: [],
    });
    const targets: Target[] = [
      target('bare <input>, empty page', bare, '#bare'),
      target('bare <input>, programme page', probe, '#probe'),
      target(`typical programme, ${kb(small)}`, await openProgramme(browser, url, small.id), '#basics-title'),
      target(`large programme, ${kb(large)}`, await openProgramme(browser, url, large.id), '#basics-title'),
    ];
    for (let round = 0; round < ROUNDS; round++) {
      // Rotate the order, so no target always types right after another's save.
      for (let t = 0; t < targets.length; t++) {
        await typeRound(browser, targets[(round + t) % targets.length]!, round);
      }
    }
    report(targets);
  } finally {
    await browser.close();
    child.kill('SIGTERM');
    await rm(dataDir, { recursive: true, force: true });
  }
}

function report(targets: Target[]): void {
  const { agendaItems, actions, followUpsPerAction } = LARGE_PROGRAMME_SHAPE;
  console.log(
    `\nKeystroke cost, title field of the programme page (${BUILD === ROOT ? 'this build' : BUILD}):` +
      `\n${ROUNDS * KEYS_PER_ROUND} keys per target, one every ${KEY_INTERVAL_MS} ms, targets interleaved;` +
      ` large = ${agendaItems} agenda items, ${actions} actions × ${followUpsPerAction} follow-ups, long brief.` +
      `\nMain-thread time per keystroke from a Chromium trace (top-level tasks from keydown to the next key);` +
      `\nCPU = thread time, steady on a busy machine; wall = elapsed, what the user waits.`,
  );
  const [ref, , typical, big] = targets as [Target, Target, Target, Target];
  const med = (xs: number[]) => quantile(xs, 0.5);
  const p95 = (xs: number[]) => quantile(xs, 0.95);
  const col = (text: string, width = 11) => text.padStart(width);
  const msText = (value: number) => `${value.toFixed(2)} ms`;
  console.log(
    `${''.padEnd(32)}${col('CPU med')}${col('CPU p95')}${col('× bare')}${col('wall med')}${col('wall p95')}${col('× bare')}${col('save after burst', 19)}`,
  );
  for (const t of targets) {
    const after = t.label.startsWith('bare') ? '' : `${med(t.after).toFixed(1)} ms CPU`;
    console.log(
      `${t.label.padEnd(32)}${col(msText(med(t.cpu)))}${col(msText(p95(t.cpu)))}${col(`${(med(t.cpu) / med(ref.cpu)).toFixed(2)}×`)}` +
        `${col(msText(med(t.wall)))}${col(msText(p95(t.wall)))}${col(`${(med(t.wall) / med(ref.wall)).toFixed(2)}×`)}${col(after, 19)}`,
    );
  }
  const ratio = (a: number[], b: number[], q: number) => (quantile(a, q) / quantile(b, q)).toFixed(2);
  console.log(
    `large / typical: CPU median ${ratio(big.cpu, typical.cpu, 0.5)}×, p95 ${ratio(big.cpu, typical.cpu, 0.95)}×; ` +
      `wall median ${ratio(big.wall, typical.wall, 0.5)}×, p95 ${ratio(big.wall, typical.wall, 0.95)}×` +
      `\n(goal for the large programme: ≤ 4 ms median, ≤ 8 ms p95, where a bare input costs 3 ms)`,
  );
}

await main();
