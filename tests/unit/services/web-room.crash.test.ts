import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EngagementStore } from '../../../electron/services/file-store/index.js';
import { ApiEnvelope } from '../../../shared/bridge.js';
import { engagementWithSeminar } from '../../support/room-fixtures.js';

/**
 * The built web server (out/main/web.js, `npx electron-vite build`) is
 * SIGKILLed while answers are being sent; a new server on the same data
 * folder resumes the room at the same item with every acknowledged answer.
 */
const ROOT = join(import.meta.dirname, '..', '..', '..');
const WEB_JS = join(ROOT, 'out', 'main', 'web.js');

let root: string;
let dataDir: string;
const children: ChildProcess[] = [];

beforeAll(async () => {
  if (!existsSync(WEB_JS)) throw new Error(`${WEB_JS} mangler: kør "npx electron-vite build" først`);
  root = await mkdtemp(join(tmpdir(), 'forlob-room-crash-'));
  dataDir = join(root, 'data');
  await mkdir(dataDir);
});

afterAll(async () => {
  for (const child of children) child.kill('SIGKILL');
  await rm(root, { recursive: true, force: true });
});

function startServer(): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [WEB_JS], {
    cwd: ROOT,
    env: { ...process.env, FORLOB_PORT: '0', FORLOB_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`no start in 20 s:\n${output}`)), 20_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /kører på (http:\/\/\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve({ url: match[1], child });
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`exited ${code}:\n${output}`)));
  });
}

async function call(url: string, method: string, arg: unknown): Promise<unknown> {
  const response = await fetch(`${url}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(arg),
  });
  const body = ApiEnvelope.parse(await response.json());
  if (!body.ok) throw new Error(`${method}: ${body.error.message}`);
  return body.value;
}

describe('web server killed mid-seminar', () => {
  it(
    'resumes the room with every acknowledged answer after SIGKILL and restart',
    { timeout: 60_000 },
    async () => {
      const store = new EngagementStore({ dataDir });
      const { engagementId, meetingId } = await engagementWithSeminar(store);
      await store.flush();

      const first = await startServer();
      await call(first.url, 'room.open', { engagementId, meetingId });
      await call(first.url, 'room.command', { engagementId, command: { type: 'next' } });
      await call(first.url, 'room.command', { engagementId, command: { type: 'minAnswers', value: 3 } });

      const acknowledged: string[] = [];
      let sending = true;
      // Four clients answering at once, so some answers are in flight when the process dies.
      const senders = Array.from({ length: 4 }, async (_, lane) => {
        for (let n = 0; sending; n++) {
          try {
            const { answerId } = (await call(first.url, 'room.answer', {
              engagementId,
              payload: { value: 1 + ((n + lane) % 10) },
            })) as { answerId: string };
            acknowledged.push(answerId);
          } catch {
            return; // the server is gone
          }
        }
      });
      while (acknowledged.length < 40) await new Promise((resolve) => setTimeout(resolve, 5));
      const exited = new Promise((resolve) => first.child.once('exit', resolve));
      first.child.kill('SIGKILL');
      await exited;
      sending = false;
      await Promise.all(senders);

      const second = await startServer();
      const state = (await call(second.url, 'room.get', { engagementId })) as Record<string, unknown>;
      expect(state).toMatchObject({ itemId: 'barometer', stepId: 'barometer', minAnswers: 3 });
      expect(state.answerCount).toBeGreaterThanOrEqual(acknowledged.length);
      const runs = (await call(second.url, 'runs.list', { engagementId })) as { answers: { id: string }[] }[];
      const kept = new Set(runs.flatMap((run) => run.answers.map((answer) => answer.id)));
      expect(acknowledged.filter((id) => !kept.has(id))).toEqual([]);
      second.child.kill('SIGTERM');
    },
  );
});
