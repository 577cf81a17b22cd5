// From a console command to the projector having painted it, in Chromium
// against web mode: the console page presses »Næste«/»Forrige« 200 times, the
// projector page (a second page of the same browser) notes when the new title
// is in its DOM and when that frame has been painted. Both pages read the same
// clock (performance.timeOrigin + performance.now()). Next to it, measured in
// the same run and interleaved: a bare HTTP round trip to the same server from
// the console page, and a blank frame on the projector page (rAF + paint).
// Prints figures only. Run: npx tsx tests/bench/room-latency.ts (after npx electron-vite build).
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import type { ApiArg, ApiMethod, ApiResult } from '../../shared/api.js';
import type { AgendaItem } from '../../shared/domain/engagement.js';
import { CHROMIUM_ARGS, chromiumExecutablePath } from '../support/chromium.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CHANGES = 200;
const TITLES = ['Velkommen til seminaret', 'Hvad er stress?'] as const;

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

function client(url: string) {
  return async <M extends ApiMethod>(method: M, arg: ApiArg<M>): Promise<ApiResult<M>> => {
    const response = await fetch(`${url}/api/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(arg),
    });
    const body = (await response.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
    if (!body.ok) throw new Error(`${method}: ${body.error?.message}`);
    return body.value as ApiResult<M>;
  };
}

const hashRoutes = () => /src="\.\//.test(readFileSync(path.join(ROOT, 'out/renderer/index.html'), 'utf8'));
const route = (url: string, p: string) => `${url}${hashRoutes() ? '/#' : ''}${p}`;

function quantile(samples: number[], q: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

/**
 * On the projector page: resolves with [DOM updated, frame painted] for the
 * next time the title reads `title`. "Painted" is a task queued from the
 * frame's rAF callback, which runs once that frame has been produced.
 */
const WATCH_TITLE = `(title) => new Promise((resolve) => {
  const now = () => performance.timeOrigin + performance.now();
  const el = () => document.querySelector('[data-testid="projector-title"]');
  const done = (dom) => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve([dom, now()]);
    channel.port2.postMessage(0);
  });
  const observer = new MutationObserver(() => {
    if (el()?.textContent?.trim() === title) { observer.disconnect(); done(now()); }
  });
  observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  window.__roomWatchReady = true;
})`;

/** A blank frame on the projector page: from now to the same rAF + task marker, with nothing changed. */
const BLANK_FRAME = `() => new Promise((resolve) => {
  const now = () => performance.timeOrigin + performance.now();
  const start = now();
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve(now() - start);
    channel.port2.postMessage(0);
  });
})`;

async function main(): Promise<void> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'forlob-bench-room-'));
  const { child, url } = await startServer(dataDir);
  const api = client(url);
  const browser = await chromium.launch({
    executablePath: chromiumExecutablePath(),
    args: [...CHROMIUM_ARGS],
  });
  try {
    const created = await api('engagements.create', {
      templateId: 'nfa-grundmodel',
      client: { organisation: 'Målekommune', unit: 'Rummet', sector: 'kommune' },
    });
    const engagement = await api('engagements.get', { id: created.id });
    const meeting = engagement.phases.find((p) => p.kind === 'seminar')!.meetings[0]!;
    meeting.agenda = TITLES.map((title, i): AgendaItem => ({
      id: `punkt-${i + 1}`,
      type: 'oplaeg',
      title,
      minutes: 10,
      notes: '',
      materials: [],
    }));
    await api('engagements.save', { engagement });
    await api('room.open', { engagementId: engagement.id, meetingId: meeting.id });

    const consolePage = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await consolePage.goto(route(url, `/forloeb/${engagement.id}/rum/${meeting.id}`));
    await consolePage.getByTestId('console-item-title').getByText(TITLES[0]).waitFor();
    const projector = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await projector.goto(route(url, `/projektor/${engagement.id}`));
    await projector.getByTestId('projector-title').getByText(TITLES[0]).waitFor();
    await projector.waitForTimeout(500);

    const latency: number[] = [];
    const domOnly: number[] = [];
    const roundTrip: number[] = [];
    const blank: number[] = [];
    for (let i = 0; i < CHANGES; i++) {
      const forward = i % 2 === 0;
      const expected = TITLES[forward ? 1 : 0];
      const painted = projector.evaluate(`(${WATCH_TITLE})(${JSON.stringify(expected)})`) as Promise<
        [number, number]
      >;
      await projector.waitForFunction('window.__roomWatchReady === true');
      await projector.evaluate('window.__roomWatchReady = false');
      const sent = (await consolePage.evaluate(`(() => {
        const t = performance.timeOrigin + performance.now();
        document.querySelector('[data-testid="${forward ? 'console-next' : 'console-prev'}"]').click();
        return t;
      })()`)) as number;
      const [dom, frame] = await painted;
      latency.push(frame - sent);
      domOnly.push(dom - sent);
      // The references, interleaved with the changes so both see the same load.
      roundTrip.push(
        (await consolePage.evaluate(`(async () => {
          const t = performance.now();
          await (await fetch('/api/room.get', { method: 'POST', headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ engagementId: ${JSON.stringify(engagement.id)} }) })).json();
          return performance.now() - t;
        })()`)) as number,
      );
      blank.push((await projector.evaluate(`(${BLANK_FRAME})()`)) as number);
      // The console's controls wait for the hub's answer; let it land before the next press.
      await consolePage.getByTestId('console-item-title').getByText(expected).waitFor();
    }

    const row = (label: string, xs: number[], ref?: number[]) => {
      const med = quantile(xs, 0.5);
      const p95 = quantile(xs, 0.95);
      const ratio = ref
        ? `${(med / quantile(ref, 0.5)).toFixed(2)}× / ${(p95 / quantile(ref, 0.95)).toFixed(2)}×`
        : '';
      console.log(
        `${label.padEnd(52)}${`${med.toFixed(2)} ms`.padStart(11)}${`${p95.toFixed(2)} ms`.padStart(11)}  ${ratio}`,
      );
    };
    console.log(
      `\nRoom latency, web mode: ${CHANGES} changes (»Næste«/»Forrige« on the console page),` +
        `\nmeasured in the browser on one clock; references interleaved in the same run.`,
    );
    console.log(`${''.padEnd(52)}${'median'.padStart(11)}${'p95'.padStart(11)}  ratio median / p95`);
    row('reference: HTTP round trip (room.get) from the console', roundTrip);
    row('reference: a blank frame on the projector (rAF + task)', blank);
    row('console click → projector DOM updated', domOnly, roundTrip);
    row('console click → projector frame painted', latency, roundTrip);
    const p95 = quantile(latency, 0.95);
    console.log(
      `goal: p95 within one frame (16.7 ms): ${p95 <= 16.7 ? 'met' : 'not met'} (p95 ${p95.toFixed(2)} ms;` +
        ` × blank frame p95 ${(p95 / quantile(blank, 0.95)).toFixed(2)})`,
    );
  } finally {
    await browser.close();
    child.kill('SIGTERM');
    await rm(dataDir, { recursive: true, force: true });
  }
}

await main();
