import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { HistoryEntry } from '../../../shared/api.js';
import type { Engagement } from '../../../shared/domain/engagement.js';
import { errnoCode, isNotFound, pathExists } from './fs-utils.js';
import type { MigrationChain } from '../../../shared/domain/migrations.js';
import { readEngagementFile } from './read-engagement.js';

const HISTORY_NAME = /^([1-9]\d{0,15})\.json$/;

/**
 * Keeps the current file as `target` before it is replaced. A hard link costs
 * one metadata operation and stays valid because the replace is a rename that
 * never touches the old inode; a copy (fsynced) is the fallback where links are
 * refused. Returns the folders to fsync before the replace, so the version
 * being replaced always has a durable name: the history folder, and the
 * programme folder too when the history folder was only just created.
 */
export async function preserveInHistory(current: string, target: string): Promise<string[]> {
  const historyDir = path.dirname(target);
  try {
    await fs.link(current, target);
    return [historyDir];
  } catch (error) {
    const code = errnoCode(error);
    // Left by an earlier attempt that was cut off before its replace.
    if (code === 'EEXIST') return [historyDir];
    if (code === 'ENOENT' && !(await pathExists(historyDir))) {
      await fs.mkdir(historyDir, { recursive: true });
      return [...(await preserveInHistory(current, target)), path.dirname(historyDir)];
    }
    if (
      code !== 'EPERM' &&
      code !== 'ENOTSUP' &&
      code !== 'EXDEV' &&
      code !== 'ENOSYS' &&
      code !== 'EMLINK'
    ) {
      throw error;
    }
  }
  await copyDurably(current, target);
  return [historyDir];
}

async function copyDurably(current: string, target: string): Promise<void> {
  const stats = await fs.stat(current);
  await fs.copyFile(current, target, fs.constants.COPYFILE_EXCL).catch((error: unknown) => {
    if (errnoCode(error) !== 'EEXIST') throw error;
  });
  // history() reports mtime as the time a version was saved.
  await fs.utimes(target, stats.atime, stats.mtime);
  const handle = await fs.open(target, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Revisions in the history folder, newest first. */
export async function historyRevisions(historyDir: string): Promise<number[]> {
  let names: string[];
  try {
    names = await fs.readdir(historyDir);
  } catch (error) {
    if (isNotFound(error)) return [];
    throw error;
  }
  const revisions: number[] = [];
  for (const name of names) {
    const match = HISTORY_NAME.exec(name);
    if (match?.[1]) revisions.push(Number(match[1]));
  }
  return revisions.sort((a, b) => b - a);
}

/**
 * Keeps each history folder to `limit` versions. It lists a folder once and
 * then tracks additions in memory, so a save costs one unlink, not a readdir.
 */
export class HistoryPruner {
  /** Revisions known to be in each history folder, oldest first. */
  private readonly kept = new Map<string, number[]>();

  constructor(private readonly limit: number) {}

  /** Call after `revision` was added to `historyDir`; deletes whatever falls beyond the limit. */
  async added(historyDir: string, revision: number): Promise<void> {
    let revisions = this.kept.get(historyDir);
    if (!revisions) {
      revisions = (await historyRevisions(historyDir)).reverse();
      this.kept.set(historyDir, revisions);
    }
    if (!revisions.includes(revision)) {
      revisions.push(revision);
      revisions.sort((a, b) => a - b);
    }
    const surplus = revisions.splice(0, Math.max(0, revisions.length - this.limit));
    await Promise.all(
      surplus.map((r) =>
        fs.unlink(path.join(historyDir, `${r}.json`)).catch((error: unknown) => {
          if (!isNotFound(error)) throw error;
        }),
      ),
    );
  }

  /** Drops what is known about a folder that was moved or changed behind the pruner's back. */
  forget(historyDir: string): void {
    this.kept.delete(historyDir);
  }
}

export async function historyEntries(historyDir: string): Promise<HistoryEntry[]> {
  const revisions = await historyRevisions(historyDir);
  const entries = await Promise.all(
    revisions.map(async (revision): Promise<HistoryEntry | undefined> => {
      try {
        const stats = await fs.stat(path.join(historyDir, `${revision}.json`));
        return { revision, savedAt: stats.mtime.toISOString(), bytes: stats.size };
      } catch (error) {
        if (isNotFound(error)) return undefined;
        throw error;
      }
    }),
  );
  return entries.filter((entry): entry is HistoryEntry => entry !== undefined);
}

/** The newest version in history that reads and validates cleanly. */
export async function lastGoodVersion(
  historyDir: string,
  chain: MigrationChain,
): Promise<{ revision: number; engagement: Engagement } | undefined> {
  for (const revision of await historyRevisions(historyDir)) {
    const outcome = await readEngagementFile(path.join(historyDir, `${revision}.json`), chain).catch(
      () => undefined,
    );
    if (outcome?.kind === 'ok') return { revision, engagement: outcome.engagement };
  }
  return undefined;
}
