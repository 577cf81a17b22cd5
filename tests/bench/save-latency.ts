// Save latency of the file store against a raw durable write of the same bytes,
// and list() timings with 1,000 programmes. Prints figures; asserts nothing.
// Run: npx tsx tests/bench/save-latency.ts [saves|list]
import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CreateEngagementArg } from '../../shared/domain/create-engagement-arg.js';
import { createEngagement } from '../../shared/domain/create-engagement.js';
import { Engagement } from '../../shared/domain/engagement.js';
import { findTemplate } from '../../shared/templates/programme-templates.js';
import { createApiService } from '../../electron/services/api-service.js';
import { CatalogueStore } from '../../electron/services/catalogue/index.js';
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

/**
 * The floor: what any durable replace of these bytes costs on this disk. Open,
 * write, fsync, close, rename, and an fsync of the folder, without which the
 * rename is not durable.
 */
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
  await syncDir(dir);
}

async function syncDir(dir: string): Promise<void> {
  const folder = await fs.open(dir, 'r');
  try {
    await folder.sync();
  } finally {
    await folder.close();
  }
}

/** fsyncs a file just changed, which commits everything the filesystem has pending (a syncfs Node lacks). */
async function commitJournal(root: string): Promise<void> {
  const handle = await fs.open(path.join(root, 'settle'), 'w');
  try {
    await handle.write(String(Date.now()));
    await handle.sync();
  } finally {
    await handle.close();
  }
}

interface Row {
  label: string;
  samples: number[];
}

async function benchSaves(root: string): Promise<void> {
  const dataDir = path.join(root, 'saves');
  const rawDir = path.join(root, 'raw');
  await fs.mkdir(rawDir, { recursive: true });
  const store = new EngagementStore({ dataDir });
  const api = createApiService(store, new CatalogueStore({ dataDir }));
  let engagement = await store.create(typicalCreateArg);
  engagement = await store.save(fleshOut(engagement, randomUUID));
  const bytes = `${JSON.stringify(engagement, null, 2)}\n`;
  let serialized = '';

  const save: Row = { label: 'store.save() (validates once)', samples: [] };
  const viaApi: Row = { label: 'engagements.save via the API', samples: [] };
  const raw: Row = { label: 'raw floor (see above)', samples: [] };
  const cpu: Row = { label: 'validate + JSON alone, no disk', samples: [] };
  const edit = (i: number): Engagement => ({
    ...engagement,
    notes: `${engagement.notes.slice(0, 2990)} ${i}`,
  });
  const contenders: { row: Row; run: (i: number) => Promise<void> }[] = [
    {
      row: save,
      run: async (i) => {
        engagement = await store.save(edit(i));
      },
    },
    {
      row: viaApi,
      run: async (i) => {
        engagement = (await api.invoke('engagements.save', { engagement: edit(i) })) as Engagement;
      },
    },
    { row: raw, run: (i) => rawReplace(rawDir, bytes, i) },
    {
      // The CPU part of a save, timed under the same conditions: what the
      // store adds to the floor beyond its few extra file operations.
      row: cpu,
      run: async (i) => {
        serialized = `${JSON.stringify(Engagement.parse(edit(i)), null, 2)}\n`;
      },
    },
  ];
  // Interleaved, so all of them see the same disk conditions, in turns so that no
  // one always goes first; the first few warm up.
  for (let i = -10; i < SAVES; i++) {
    for (let k = 0; k < contenders.length; k++) {
      const { row, run } = contenders[(i + 10 + k) % contenders.length] as (typeof contenders)[number];
      const took = await time(() => run(i));
      if (i >= 0) row.samples.push(took);
      // What a save leaves running after it answers (pruning history, the index
      // write) finishes here and is committed to disk, untimed, so its cost
      // lands in no one's figure: each contender starts from a quiet journal.
      await store.flush();
      await commitJournal(root);
    }
  }
  await store.flush();
  if (serialized.length === 0) throw new Error('nothing serialized');
  const floor = stats(raw.samples);
  const ratio = (a: Stats, b: Stats) =>
    `${`${(a.median / b.median).toFixed(2)}×`.padStart(11)}${`${(a.p95 / b.p95).toFixed(2)}×`.padStart(11)}`;
  console.log(
    `\nSave latency, ${SAVES} saves of a ${(Buffer.byteLength(bytes) / 1024).toFixed(1)} KB programme, interleaved`,
  );
  console.log('floor: open + write + fsync + close + rename + folder fsync of the same bytes');
  console.log(`${''.padEnd(36)}${'median'.padStart(11)}${'p95'.padStart(11)}`);
  for (const row of [save, viaApi, raw, cpu]) {
    const s = stats(row.samples);
    console.log(`${row.label.padEnd(36)}${ms(s.median)}${ms(s.p95)}`);
  }
  console.log(`${'ratio store.save / floor (≤ 1.5×)'.padEnd(36)}${ratio(stats(save.samples), floor)}`);
  console.log(`${'ratio API save / floor'.padEnd(36)}${ratio(stats(viaApi.samples), floor)}`);
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

/** `only` = 'saves' or 'list' runs just that part (the command line's first argument). */
export async function main(only?: string): Promise<void> {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'forlob-bench-'));
  try {
    console.log(`Data folder: ${root}`);
    if (only !== 'list') await benchSaves(root);
    if (only !== 'saves') await benchList(root);
  } finally {
    await fs.rm(root, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main(process.argv[2]);
