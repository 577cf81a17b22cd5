import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Engagement } from '../../../shared/domain/engagement.js';
import { compileForNode, type Compiled } from '../../support/compile-for-node.js';
import { engagementPath, sampleArg, useTempStore } from '../../support/file-store-fixtures.js';

const repoRoot = path.resolve(import.meta.dirname, '../../..');
const childScript = path.join(repoRoot, 'tests/support/save-loop-child.ts');
const KILLS = 20;
/** Children loading in the background while one runs: starting one costs far more than running it. */
const WARM = 2;

// Plain node starts the child in a third of the time node --import tsx takes.
let child: Compiled;
beforeAll(async () => {
  child = await compileForNode(repoRoot, childScript);
});
afterAll(async () => {
  await child.cleanup();
});

const t = useTempStore();

interface Saver {
  process: ChildProcess;
  /** Modules loaded, waiting for the go. */
  loaded: Promise<void>;
  /** First save done. */
  ready: Promise<void>;
}

/** A promise for the first stdout line equal to `word`; rejects if the child dies or stalls first. */
function announces(child: ChildProcess, word: string, stderr: () => string): Promise<void> {
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(
      () => reject(new Error(`child did not say "${word}" within 15 s: ${stderr()}`)),
      15_000,
    );
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      if (out.split('\n').includes(word)) {
        cleanup();
        resolve();
      }
    };
    const onExit = (code: number | null, signal: string | null) => {
      cleanup();
      reject(new Error(`child exited (${code ?? signal}) before "${word}": ${stderr()}`));
    };
    const cleanup = () => {
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      child.off('exit', onExit);
    };
    child.stdout?.on('data', onData);
    child.once('exit', onExit);
  });
}

function spawnSaver(dataDir: string, id: string): Saver {
  const saver = spawn(process.execPath, [child.entry, dataDir, id], {
    cwd: repoRoot,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stderr = '';
  saver.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const loaded = announces(saver, 'loaded', () => stderr);
  const ready = announces(saver, 'ready', () => stderr);
  // Only the awaited one may fail the test; a warm spare that is killed unused is fine.
  loaded.catch(() => undefined);
  ready.catch(() => undefined);
  return { process: saver, loaded, ready };
}

async function kill(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGKILL');
  await exited;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function readValid(file: string): Promise<Engagement> {
  return Engagement.parse(JSON.parse(await fs.readFile(file, 'utf8')));
}

describe('crash safety', () => {
  it(
    `leaves a valid engagement.json after each of ${KILLS} SIGKILLs mid-save`,
    { timeout: 60_000 },
    async () => {
      const store = t.open();
      const { id } = await store.create(sampleArg());
      await store.flush();
      const file = engagementPath(t.dataDir, id, 'engagement.json');
      let lastRevision = 1;

      const spares = Array.from({ length: WARM }, () => spawnSaver(t.dataDir, id));
      try {
        for (let round = 0; round < KILLS; round++) {
          const saver = spares.shift();
          if (!saver) throw new Error('no saver');
          if (round + spares.length < KILLS - 1) spares.push(spawnSaver(t.dataDir, id));
          try {
            await saver.loaded;
            saver.process.stdin?.end('go\n');
            await saver.ready;
            await sleep(5 + Math.random() * 150);
          } finally {
            await kill(saver.process);
          }
          const survivor = await readValid(file);
          expect(survivor.id).toBe(id);
          expect(survivor.revision).toBeGreaterThanOrEqual(lastRevision);
          lastRevision = survivor.revision;
        }
      } finally {
        await Promise.all(spares.map((s) => kill(s.process)));
      }
      expect(lastRevision).toBeGreaterThan(KILLS);

      // Every kept version is whole and is the revision its name says.
      const historyDir = engagementPath(t.dataDir, id, 'history');
      for (const name of await fs.readdir(historyDir)) {
        const version = await readValid(path.join(historyDir, name));
        expect(`${version.revision}.json`).toBe(name);
      }

      // A store that picks up after the crashes saves normally and tidies up.
      const after = t.open();
      const current = await after.get(id);
      expect(current.revision).toBe(lastRevision);
      const saved = await after.save(current);
      expect(saved.revision).toBe(lastRevision + 1);
      expect((await after.history(id)).length).toBeLessThanOrEqual(20);
      const leftovers = (await fs.readdir(path.dirname(file))).filter((name) =>
        /^engagement\.json\.\d+$/.test(name),
      );
      expect(leftovers).toEqual([]);
    },
  );
});
