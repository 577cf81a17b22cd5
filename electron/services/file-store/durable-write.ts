import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { isNotFound, stampOf, type FileStamp } from './fs-utils.js';

/*
 * Why this is hand-written: a replace is durable only when the file is fsynced
 * before the rename AND the folder is fsynced after it; without the second
 * fsync a power cut can bring back the previous version of a save the user was
 * told had succeeded. None of the npm libraries checked (Nov 2026) fsyncs the
 * folder: write-file-atomic 8, atomically 2.1, fs-atomic 0.7 and steno 4 do
 * not, and the first two also add a realpath, stat, chown, chmod and signal
 * handlers to every write (1.75x the raw cost of a durable replace here).
 */

/** Windows cannot open a folder to fsync it; NTFS journals the rename itself. */
const CAN_SYNC_DIRS = process.platform !== 'win32';

const TEMP_SUFFIX = /^[0-9a-f]{12}\.tmp$/;
/** write-file-atomic's temp names (`<name>.<32-bit number>`), left by Forløb before it wrote its own. */
const LEGACY_TEMP_SUFFIX = /^\d+$/;

/** `<name>.<12 hex>.tmp` in the same folder, so the rename never crosses filesystems. */
export function tempNameFor(file: string): string {
  return `${file}.${randomBytes(6).toString('hex')}.tmp`;
}

/** True for a temp file written for `name` (this module's, or write-file-atomic's from older versions). */
export function isTempFileOf(entry: string, name: string): boolean {
  if (!entry.startsWith(`${name}.`)) return false;
  const rest = entry.slice(name.length + 1);
  return TEMP_SUFFIX.test(rest) || LEGACY_TEMP_SUFFIX.test(rest);
}

/** fsyncs a folder, so the names created, renamed or linked in it survive a power cut. */
export async function syncDir(dir: string): Promise<void> {
  if (!CAN_SYNC_DIRS) return;
  const handle = await fs.open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Writes a file that must not exist yet (mode 0o600) and, when `durable`,
 * fsyncs it together with `syncDirs` (awaited either way); returns its stamp, read through the same
 * handle. The file's own folder is not fsynced: the caller decides when the
 * new name has to be durable.
 */
export async function writeNewFile(
  file: string,
  data: string,
  durable: boolean,
  syncDirs: DirsToSync = [],
): Promise<FileStamp> {
  const handle = await fs.open(file, 'wx', 0o600);
  try {
    await handle.writeFile(data, 'utf8');
    // The stat and the folder fsyncs wait alongside the file's fsync instead of after it.
    // A rename keeps mtime, size and inode, so this is the stamp of the file once it is in place.
    const [stats] = await Promise.all([
      handle.stat(),
      durable ? handle.sync() : undefined,
      durable ? Promise.resolve(syncDirs).then((dirs) => Promise.all(dirs.map(syncDir))) : syncDirs,
    ]);
    return stampOf(stats);
  } finally {
    await handle.close();
  }
}

/** Folders to fsync, or a promise of them from work still under way (the history link). */
export type DirsToSync = readonly string[] | Promise<readonly string[]>;

export interface ReplaceOptions {
  /** File fsync before the rename and folder fsync after it. Off only for derived files (index.json). */
  durable: boolean;
  /**
   * Folders whose earlier changes must be on disk before `file` is replaced: the
   * history folder holding the hard link to the version being replaced, so at
   * every instant the previous version has a durable name. A promise is
   * awaited (and its failure fails the replace) before the rename.
   */
  syncBeforeReplace?: DirsToSync;
}

/**
 * Replaces `file` atomically: temp file in the same folder, write, fsync,
 * rename, fsync of the folder. When it resolves (durable), the new content is
 * what a reader finds even after a power cut; if it is killed at any point,
 * the old file is untouched and at worst a temp file is left for the sweep.
 */
export async function replaceFile(file: string, data: string, options: ReplaceOptions): Promise<FileStamp> {
  const temp = tempNameFor(file);
  let stamp: FileStamp;
  try {
    stamp = await writeNewFile(temp, data, options.durable, options.syncBeforeReplace);
    await fs.rename(temp, file);
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  if (options.durable) await syncDir(path.dirname(file));
  return stamp;
}

/** Renames and fsyncs both parent folders (once if they are the same), so the move survives a power cut. */
export async function renameDurably(from: string, to: string): Promise<void> {
  await fs.rename(from, to);
  const dirs = new Set([path.dirname(from), path.dirname(to)]);
  await Promise.all([...dirs].map(syncDir));
}

/**
 * mkdir -p, and fsyncs the parent of every folder it created so the new names
 * are durable. Costs one mkdir when the folder already exists.
 */
export async function ensureDir(dir: string): Promise<void> {
  const first = await fs.mkdir(dir, { recursive: true });
  if (first === undefined) return;
  const created: string[] = [];
  for (let current = dir; ; current = path.dirname(current)) {
    created.push(current);
    if (current === first || path.dirname(current) === current) break;
  }
  await Promise.all(created.map((d) => syncDir(path.dirname(d))));
}

/**
 * Removes the temp files a killed process left for any of `names` in `dir`.
 * Only call it while no write to those names in `dir` is under way (the store
 * holds the programme's lock; Forløb runs one process per data folder).
 */
export async function removeStaleTempFiles(dir: string, names: readonly string[]): Promise<void> {
  let entries: string[];
  try {
    entries = await fs.readdir(dir);
  } catch (error) {
    if (isNotFound(error)) return;
    throw error;
  }
  const stale = entries.filter((entry) => names.some((name) => isTempFileOf(entry, name)));
  await Promise.all(stale.map((entry) => fs.rm(path.join(dir, entry), { force: true })));
}
