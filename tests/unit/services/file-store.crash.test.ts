import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Engagement } from '../../../shared/domain/engagement.js';
import { ID_PATTERN } from '../../../shared/domain/primitives.js';
import { compileForNode, type Compiled } from '../../support/compile-for-node.js';
import { engagementPath, sampleArg, useTempStore } from '../../support/file-store-fixtures.js';

const repoRoot = path.resolve(import.meta.dirname, '../../..');
const childScript = path.join(repoRoot, 'tests/support/save-loop-child.ts');
/** Kills per test; FORLOB_CRASH_KILLS=100 runs the long version by hand. */
const KILLS = Number(process.env.FORLOB_CRASH_KILLS ?? 20);
/** Children loading in the background while one runs: starting one costs far more than running it. */
const WARM = 2;
const HISTORY_LIMIT = 20;

// Plain node starts the child in a third of the time node --import tsx takes.
let child: Compiled;
beforeAll(async () => {
  child = await compileForNode(repoRoot, childScript);
});
afterAll(async () => {
  await child.cleanup();
});

const t = useTempStore();

interface Worker {
  process: ChildProcess;
  /** Every complete stdout line so far: one per write the store acknowledged. */
  lines: string[];
  /** Modules loaded, waiting for the go. */
  loaded: Promise<void>;
  /** First write acknowledged. */
  ready: Promise<void>;
}

function spawnWorker(args: string[]): Worker {
  const proc = spawn(process.execPath, [child.entry, ...args], {
    cwd: repoRoot,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stderr = '';
  proc.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const lines: string[] = [];
  let partial = '';
  const waiting = new Map<string, () => void>();
  proc.stdout?.on('data', (chunk: Buffer) => {
    const parts = (partial + chunk.toString()).split('\n');
    partial = parts.pop() ?? '';
    for (const line of parts) {
      lines.push(line);
      waiting.get(line)?.();
    }
  });
  /** Resolves on the first line equal to `word`; rejects if the child dies or stalls first. */
  const announces = (word: string) =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`child did not say "${word}" within 15 s: ${stderr}`)),
        15_000,
      );
      const onExit = (code: number | null, signal: string | null) =>
        reject(new Error(`child exited (${code ?? signal}) before "${word}": ${stderr}`));
      proc.once('exit', onExit);
      waiting.set(word, () => {
        clearTimeout(timer);
        proc.off('exit', onExit);
        resolve();
      });
    });
  const loaded = announces('loaded');
  const ready = announces('ready');
  // Only the awaited one may fail the test; a warm spare that is killed unused is fine.
  loaded.catch(() => undefined);
  ready.catch(() => undefined);
  return { process: proc, lines, loaded, ready };
}

/** SIGKILL, then wait until stdout is drained, so `lines` holds every acknowledgement the child sent. */
async function kill(proc: ChildProcess): Promise<void> {
  if (proc.exitCode !== null || proc.signalCode !== null) {
    if (proc.stdout && !proc.stdout.readableEnded) await once(proc.stdout, 'close').catch(() => undefined);
    return;
  }
  const closed = once(proc, 'close');
  proc.kill('SIGKILL');
  await closed;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `rounds` children with `args` one after another, killing each at a
 * random moment after its first acknowledged write, and calls `afterKill` with
 * the lines that child printed.
 */
async function killLoop(
  rounds: number,
  args: string[],
  afterKill: (lines: string[]) => Promise<void>,
): Promise<void> {
  const spares = Array.from({ length: WARM }, () => spawnWorker(args));
  try {
    for (let round = 0; round < rounds; round++) {
      const worker = spares.shift();
      if (!worker) throw new Error('no worker');
      if (round + spares.length < rounds - 1) spares.push(spawnWorker(args));
      try {
        await worker.loaded;
        worker.process.stdin?.end('go\n');
        await worker.ready;
        await sleep(5 + Math.random() * 150);
      } finally {
        await kill(worker.process);
      }
      await afterKill(worker.lines);
    }
  } finally {
    await Promise.all(spares.map((s) => kill(s.process)));
  }
}

async function readValid(file: string): Promise<Engagement> {
  return Engagement.parse(JSON.parse(await fs.readFile(file, 'utf8')));
}

const acknowledged = (lines: string[], verb: string): string[] =>
  lines.filter((line) => line.startsWith(`${verb} `)).map((line) => line.slice(verb.length + 1));

describe('crash safety', () => {
  it(
    `keeps every acknowledged revision readable through ${KILLS} SIGKILLs mid-save`,
    { timeout: 60_000 + KILLS * 3_000 },
    async () => {
      const store = t.open();
      const { id } = await store.create(sampleArg());
      await store.flush();
      const file = engagementPath(t.dataDir, id, 'engagement.json');
      const historyDir = engagementPath(t.dataDir, id, 'history');
      let lastAcknowledged = 1;
      /** Acknowledged revisions still within reach of history. */
      const reachable = new Set<number>([1]);

      await killLoop(KILLS, ['save', t.dataDir, id], async (lines) => {
        const revisions = acknowledged(lines, 'saved').map(Number);
        expect(revisions.length).toBeGreaterThan(0);
        for (const revision of revisions) reachable.add(revision);
        lastAcknowledged = Math.max(lastAcknowledged, ...revisions);

        const survivor = await readValid(file);
        expect(survivor.id).toBe(id);
        expect(survivor.revision).toBeGreaterThanOrEqual(lastAcknowledged);
        // Each acknowledged revision is the current file or a whole version in history
        // (which keeps the newest HISTORY_LIMIT before the current one).
        for (const revision of reachable) {
          if (revision < survivor.revision - HISTORY_LIMIT) {
            reachable.delete(revision);
            continue;
          }
          if (revision === survivor.revision) continue;
          const version = await readValid(path.join(historyDir, `${revision}.json`));
          expect(version.revision).toBe(revision);
        }
      });
      expect(lastAcknowledged).toBeGreaterThan(KILLS);

      // Every kept version is whole and is the revision its name says.
      for (const name of await fs.readdir(historyDir)) {
        const version = await readValid(path.join(historyDir, name));
        expect(`${version.revision}.json`).toBe(name);
      }

      // A store that picks up after the crashes lists the programme whole, saves normally and tidies up.
      const after = t.open();
      const listed = await after.list();
      expect(listed.map((s) => [s.id, s.damaged])).toEqual([[id, undefined]]);
      const current = await after.get(id);
      expect(current.revision).toBeGreaterThanOrEqual(lastAcknowledged);
      const saved = await after.save(current);
      expect(saved.revision).toBe(current.revision + 1);
      await after.flush();
      expect((await after.history(id)).length).toBeLessThanOrEqual(HISTORY_LIMIT);
      const leftovers = (await fs.readdir(path.dirname(file))).filter((name) =>
        name.startsWith('engagement.json.'),
      );
      expect(leftovers).toEqual([]);
    },
  );

  it(
    `leaves whole programmes or nothing through ${KILLS} SIGKILLs mid-create`,
    { timeout: 60_000 + KILLS * 3_000 },
    async () => {
      const engagementsDir = path.join(t.dataDir, 'engagements');
      const created = new Set<string>();
      let killsThatLeftSomethingHalfBuilt = 0;

      await killLoop(KILLS, ['create', t.dataDir], async (lines) => {
        const ids = acknowledged(lines, 'created');
        expect(ids.length).toBeGreaterThan(0);
        for (const id of ids) {
          created.add(id);
          expect((await readValid(engagementPath(t.dataDir, id, 'engagement.json'))).id).toBe(id);
        }
        const before = await fs.readdir(engagementsDir);
        if (before.some((name) => !ID_PATTERN.test(name))) killsThatLeftSomethingHalfBuilt++;

        // The next start lists only whole programmes, every acknowledged one among them ...
        const next = t.open();
        const listed = await next.list();
        expect(listed.filter((s) => s.damaged)).toEqual([]);
        const listedIds = new Set(listed.map((s) => s.id));
        for (const id of created) expect(listedIds.has(id)).toBe(true);
        // ... and, once its sweep is done, the folder holds nothing else.
        await next.flush();
        const after = (await fs.readdir(engagementsDir)).sort();
        expect(after).toEqual([...listedIds].sort());
        for (const id of after) {
          expect(await fs.readdir(path.join(engagementsDir, id))).toEqual(['engagement.json']);
          expect((await readValid(path.join(engagementsDir, id, 'engagement.json'))).revision).toBe(1);
        }
      });
      console.log(
        `create kill loop: ${KILLS} kills, ${created.size} acknowledged creates, ` +
          `${killsThatLeftSomethingHalfBuilt} kills left a half-built folder (all swept)`,
      );

      // Nothing the store trips over: each programme saves normally after the crashes.
      const store = t.open();
      const listed = await store.list();
      expect(listed.length).toBeGreaterThanOrEqual(created.size);
      for (const { id } of listed) {
        const current = await store.get(id);
        expect((await store.save(current)).revision).toBe(2);
      }
    },
  );
});
