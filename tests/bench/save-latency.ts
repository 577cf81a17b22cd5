// Save latency of the file store against a raw durable write of the same bytes,
// and list() timings with 1,000 programmes. Prints figures; asserts nothing.
// Run: npx tsx tests/bench/save-latency.ts
import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import writeFileAtomic from 'write-file-atomic';
import { CreateEngagementArg } from '../../shared/domain/create-engagement-arg.js';
import { createEngagement } from '../../shared/domain/create-engagement.js';
import type { Engagement } from '../../shared/domain/engagement.js';
import { findTemplate } from '../../shared/templates/programme-templates.js';
import { EngagementStore } from '../../electron/services/file-store/index.js';
import { fleshOut, typicalCreateArg } from '../support/typical-programme.js';

const SAVES = 200;
const PROGRAMMES = 1_000;

interface Stats {
  median: number;
  p95: number;
}

function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return { median: at(0.5), p95: at(0.95) };
}

const ms = (value: number) => `${value.toFixed(2)} ms`.padStart(11);

async function time<T>(task: () => Promise<T>): Promise<number> {
  const start = performance.now();
  await task();
  return performance.now() - start;
}

/** The floor: what any durable replace of these bytes costs on this disk. */
async function rawReplace(dir: string, bytes: string, i: number): Promise<void> {
  const tmp = path.join(dir, `raw.json.${i}`);
  const handle = await fs.open(tmp, 'w');
  try {
    await handle.write(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await fs.rename(tmp, path.join(dir, 'raw.json'));
}

async function benchSaves(root: string): Promise<void> {
  const dataDir = path.join(root, 'saves');
  const rawDir = path.join(root, 'raw');
  await fs.mkdir(rawDir, { recursive: true });
  const store = new EngagementStore({ dataDir });
  let engagement = await store.create(typicalCreateArg);
  engagement = await store.save(fleshOut(engagement, randomUUID));
  const bytes = `${JSON.stringify(engagement, null, 2)}\n`;

  const saveMs: number[] = [];
  const rawMs: number[] = [];
  const libraryMs: number[] = [];
  // Interleaved, so all three see the same disk conditions; the first few warm up.
  for (let i = -10; i < SAVES; i++) {
    const edited: Engagement = { ...engagement, notes: `${engagement.notes.slice(0, 2990)} ${i}` };
    let saved = engagement;
    const s = await time(async () => {
      saved = await store.save(edited);
    });
    engagement = saved;
    const r = await time(() => rawReplace(rawDir, bytes, i));
    const l = await time(() => writeFileAtomic(path.join(rawDir, 'library.json'), bytes, { fsync: true }));
    if (i >= 0) {
      saveMs.push(s);
      rawMs.push(r);
      libraryMs.push(l);
    }
  }
  await store.flush();
  const save = stats(saveMs);
  const raw = stats(rawMs);
  const library = stats(libraryMs);
  const ratio = (a: Stats, b: Stats) =>
    `${`${(a.median / b.median).toFixed(2)}×`.padStart(11)}${`${(a.p95 / b.p95).toFixed(2)}×`.padStart(11)}`;
  console.log(
    `\nSave latency, ${SAVES} saves of a ${(Buffer.byteLength(bytes) / 1024).toFixed(1)} KB programme`,
  );
  console.log(`${''.padEnd(34)}${'median'.padStart(11)}${'p95'.padStart(11)}`);
  console.log(`${'store.save()'.padEnd(34)}${ms(save.median)}${ms(save.p95)}`);
  console.log(`${'raw open+write+fsync+rename'.padEnd(34)}${ms(raw.median)}${ms(raw.p95)}`);
  console.log(`${'write-file-atomic alone'.padEnd(34)}${ms(library.median)}${ms(library.p95)}`);
  console.log(`${'ratio save / raw (goal ≤ 1.5×)'.padEnd(34)}${ratio(save, raw)}`);
  console.log(`${'ratio write-file-atomic / raw'.padEnd(34)}${ratio(library, raw)}`);
}

/** Writes programmes straight to disk (no fsync): setup for the list timings only. */
async function seed(dataDir: string, count: number): Promise<void> {
  const template = findTemplate(typicalCreateArg.templateId);
  if (!template) throw new Error('template missing');
  const base = createEngagement(template, CreateEngagementArg.parse(typicalCreateArg), {
    id: 'seed',
    now: new Date().toISOString(),
    newId: randomUUID,
  });
  const full = fleshOut(base, randomUUID);
  for (let i = 0; i < count; i += 50) {
    await Promise.all(
      Array.from({ length: Math.min(50, count - i) }, async (_, j) => {
        const id = randomUUID();
        const dir = path.join(dataDir, 'engagements', id);
        await fs.mkdir(dir, { recursive: true });
        const engagement: Engagement = { ...full, id, title: `Forløb ${i + j}` };
        await fs.writeFile(path.join(dir, 'engagement.json'), JSON.stringify(engagement, null, 2));
      }),
    );
  }
}

async function benchList(root: string): Promise<void> {
  const dataDir = path.join(root, 'list');
  await seed(dataDir, PROGRAMMES);
  const first = new EngagementStore({ dataDir });
  await first.list();
  await first.flush();

  const cold: number[] = [];
  const rebuild: number[] = [];
  const warm: number[] = [];
  for (let round = 0; round < 5; round++) {
    cold.push(await time(() => new EngagementStore({ dataDir }).list()));
    await fs.rm(path.join(dataDir, 'index.json'));
    const store = new EngagementStore({ dataDir });
    rebuild.push(await time(() => store.list()));
    await store.flush();
    for (let i = 0; i < 10; i++) warm.push(await time(() => store.list()));
  }
  console.log(`\nlist() with ${PROGRAMMES} programmes (5 rounds; warm: 50 calls)`);
  console.log(`${''.padEnd(34)}${'median'.padStart(11)}${'p95'.padStart(11)}`);
  for (const [label, samples] of [
    ['cold, index.json present', cold],
    ['cold, index.json deleted', rebuild],
    ['warm', warm],
  ] as const) {
    const s = stats(samples);
    console.log(`${label.padEnd(34)}${ms(s.median)}${ms(s.p95)}`);
  }
}

export async function main(): Promise<void> {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'forlob-bench-'));
  try {
    console.log(`Data folder: ${root}`);
    await benchSaves(root);
    await benchList(root);
  } finally {
    await fs.rm(root, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
