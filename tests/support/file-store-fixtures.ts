import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import type { CreateEngagementArg } from '../../shared/domain/create-engagement-arg.js';
import { ApiError, type ErrorCode } from '../../shared/errors.js';
import { EngagementStore, type EngagementStoreOptions } from '../../electron/services/file-store/index.js';

/** A fresh data folder inside its own temp root, so a test can see writes that escape the data folder. */
export interface TempStore {
  root: string;
  dataDir: string;
  /** Stores opened through this helper are flushed before the folder is removed. */
  open(opts?: Omit<EngagementStoreOptions, 'dataDir'>): EngagementStore;
  cleanup(): Promise<void>;
}

export async function tempStore(): Promise<TempStore> {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'forlob-store-'));
  const dataDir = path.join(root, 'data');
  await fs.mkdir(dataDir);
  const opened: EngagementStore[] = [];
  return {
    root,
    dataDir,
    open(opts = {}) {
      const store = new EngagementStore({ ...opts, dataDir });
      opened.push(store);
      return store;
    },
    async cleanup() {
      await Promise.all(opened.map((store) => store.flush()));
      await fs.rm(root, { recursive: true, force: true });
    },
  };
}

/**
 * Gives every test in the calling file a fresh TempStore (opened before each
 * test, flushed and removed after it). Call once at the top of a test file; the
 * returned object always points at the current test's store.
 */
export function useTempStore(): TempStore {
  let current: TempStore | undefined;
  beforeEach(async () => {
    current = await tempStore();
  });
  afterEach(async () => {
    await current?.cleanup();
    current = undefined;
  });
  const active = (): TempStore => {
    if (!current) throw new Error('useTempStore: the store exists only while a test runs');
    return current;
  };
  return {
    get root() {
      return active().root;
    },
    get dataDir() {
      return active().dataDir;
    },
    open: (opts) => active().open(opts),
    cleanup: () => active().cleanup(),
  };
}

export const sampleArg = (overrides: Partial<CreateEngagementArg> = {}): CreateEngagementArg => ({
  templateId: 'nfa-grundmodel',
  client: { organisation: 'Aarhus Kommune', unit: 'Hjemmeplejen Syd', sector: 'kommune' },
  ...overrides,
});

export const engagementPath = (dataDir: string, id: string, ...rest: string[]): string =>
  path.join(dataDir, 'engagements', id, ...rest);

/** Every file and folder under `dir` with a hash of its content: compare two to prove nothing changed. */
export async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const walk = async (current: string): Promise<void> => {
    for (const dirent of await fs.readdir(current, { withFileTypes: true })) {
      const full = path.join(current, dirent.name);
      const rel = path.relative(dir, full);
      if (dirent.isDirectory()) {
        out[`${rel}/`] = 'dir';
        await walk(full);
      } else {
        out[rel] = createHash('sha1')
          .update(await fs.readFile(full))
          .digest('hex');
      }
    }
  };
  await walk(dir);
  return out;
}

/** Runs `task` and returns the ApiError it throws; fails if it throws anything else or nothing. */
export async function apiErrorOf(task: () => Promise<unknown>): Promise<ApiError> {
  try {
    await task();
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw new Error(`expected an ApiError, got ${String(error)}`, { cause: error });
  }
  throw new Error('expected an ApiError, but the call succeeded');
}

export async function expectCode(task: () => Promise<unknown>, code: ErrorCode): Promise<ApiError> {
  const error = await apiErrorOf(task);
  if (error.code !== code) throw new Error(`expected ${code}, got ${error.code}: ${error.message}`);
  return error;
}
