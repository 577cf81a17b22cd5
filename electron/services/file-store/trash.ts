import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { TrashEntry } from '../../../shared/api.js';
import { ID_PATTERN, IsoDateTime } from '../../../shared/domain/primitives.js';
import { ensureDir, renameDurably, replaceFile } from './durable-write.js';
import { isNotFound, mapLimit, pathExists } from './fs-utils.js';
import { DELETED_FILE, ENGAGEMENT_FILE, type StorePaths } from './paths.js';

const fileSafe = (iso: string): string => iso.replace(/[:.]/g, '-');

/**
 * Moves the whole engagement folder into trash/<id> with one rename;
 * deleted.json records when. Both folders are fsynced before it resolves, so a
 * delete the user was told about does not undo itself after a power cut.
 */
export async function moveToTrash(paths: StorePaths, id: string, deletedAt: string): Promise<void> {
  const from = paths.engagementDir(id);
  const to = paths.trashEntryDir(id);
  await ensureDir(paths.trashDir);
  // An older copy with the same id stays on disk under a name trash() does not list.
  if (await pathExists(to)) await renameDurably(to, `${to}.replaced-${fileSafe(deletedAt)}`);
  await replaceFile(path.join(from, DELETED_FILE), JSON.stringify({ deletedAt }), { durable: true });
  await renameDurably(from, to);
}

/** Moves trash/<id> back to engagements/<id>, fsyncing both folders. */
export async function moveFromTrash(paths: StorePaths, id: string): Promise<void> {
  const target = paths.engagementDir(id);
  await ensureDir(paths.engagementsDir);
  await renameDurably(paths.trashEntryDir(id), target);
  // No fsync: a deleted.json that survives a power cut here is read only inside trash/ and is rewritten by the next delete.
  await fs.rm(path.join(target, DELETED_FILE), { force: true });
}

async function readJson(file: string): Promise<unknown> {
  try {
    return JSON.parse(await fs.readFile(file, 'utf8'));
  } catch {
    return undefined;
  }
}

const stringAt = (value: unknown, ...keys: string[]): string | undefined => {
  let current = value;
  for (const key of keys) {
    if (typeof current !== 'object' || current === null || !(key in current)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return typeof current === 'string' ? current : undefined;
};

/** What is in the trash, newest first. Reads loosely: a damaged file still shows up, with what can be read. */
export async function listTrash(paths: StorePaths): Promise<TrashEntry[]> {
  let names: string[];
  try {
    const dirents = await fs.readdir(paths.trashDir, { withFileTypes: true });
    names = dirents.filter((d) => d.isDirectory() && ID_PATTERN.test(d.name)).map((d) => d.name);
  } catch (error) {
    if (isNotFound(error)) return [];
    throw error;
  }
  const entries = await mapLimit(names, 16, async (id): Promise<TrashEntry> => {
    const dir = paths.trashEntryDir(id);
    const [marker, engagement] = await Promise.all([
      readJson(path.join(dir, DELETED_FILE)),
      readJson(path.join(dir, ENGAGEMENT_FILE)),
    ]);
    const recorded = IsoDateTime.safeParse(stringAt(marker, 'deletedAt'));
    const deletedAt = recorded.success
      ? recorded.data
      : await fs.stat(dir).then(
          (s) => s.mtime.toISOString(),
          () => new Date(0).toISOString(),
        );
    return {
      id,
      title: stringAt(engagement, 'title') ?? `Forløb der ikke kan læses (${id})`,
      organisation: stringAt(engagement, 'client', 'organisation') ?? '',
      deletedAt,
    };
  });
  return entries.sort((a, b) => Date.parse(b.deletedAt) - Date.parse(a.deletedAt));
}
