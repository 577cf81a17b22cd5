import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect } from '@playwright/test';
import type { ApiArg, ApiMethod, ApiResult } from '../../../shared/api.js';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const READY = /kører på (http:\/\/\S+)/;

/**
 * The router uses path URLs only when the build addresses its assets from the
 * root (renderer/router.ts); with a relative base it uses hash URLs. Tests
 * deep-link through appPath() so they follow whichever the build uses.
 */
let hashRoutes: boolean | undefined;

export function appPath(path: string): string {
  // Read lazily: test files are collected before globalSetup has built out/.
  hashRoutes ??= /src="\.\//.test(readFileSync(join(ROOT, 'out', 'renderer', 'index.html'), 'utf8'));
  return hashRoutes ? `/#${path}` : path;
}

export interface ForlobServer {
  url: string;
  dataDir: string;
  /** Calls the API directly, as a second client would (no browser, no cache). */
  api<M extends ApiMethod>(method: M, arg: ApiArg<M>): Promise<ApiResult<M>>;
  /** Kills the server with SIGKILL (no shutdown of any kind) and starts it again on the same port and data folder. */
  crashAndRestart(): Promise<void>;
}

function startWebServer(dataDir: string, port = '0'): ChildProcess {
  return spawn(process.execPath, [join(ROOT, 'out', 'main', 'web.js')], {
    cwd: ROOT,
    env: { ...process.env, FORLOB_PORT: port, FORLOB_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

function waitForUrl(child: ChildProcess, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(
      () => reject(new Error(`Web server did not start in ${timeoutMs} ms:\n${output}`)),
      timeoutMs,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = READY.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Web server exited with code ${code}:\n${output}`));
    });
  });
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

export const test = base.extend<{ server: ForlobServer }>({
  // A fresh data folder and server per test: no test sees another's programmes.
  // eslint-disable-next-line no-empty-pattern
  server: async ({}, use) => {
    const dataDir = await mkdtemp(join(tmpdir(), 'forlob-e2e-'));
    let child = startWebServer(dataDir);
    try {
      const url = await waitForUrl(child, 20_000);
      const api = async <M extends ApiMethod>(method: M, arg: ApiArg<M>): Promise<ApiResult<M>> => {
        const response = await fetch(`${url}/api/${method}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(arg),
        });
        const body = (await response.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
        if (!body.ok) throw new Error(`${method}: ${body.error?.message ?? response.status}`);
        return body.value as ApiResult<M>;
      };
      const crashAndRestart = async (): Promise<void> => {
        const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
        child.kill('SIGKILL');
        await exited;
        child = startWebServer(dataDir, new URL(url).port);
        const again = await waitForUrl(child, 20_000);
        if (again !== url) throw new Error(`Restarted on ${again}, not ${url}`);
      };
      await use({ url, dataDir, api, crashAndRestart });
    } finally {
      await stop(child);
      await rm(dataDir, { recursive: true, force: true });
    }
  },
  baseURL: async ({ server }, use) => {
    await use(server.url);
  },
});

export { expect };
