import { promises as fs } from 'node:fs';
import path from 'node:path';
import { ID_PATTERN } from '../../../shared/domain/primitives.js';
import { isTempFileOf } from './durable-write.js';
import { isNotFound } from './fs-utils.js';
import { DELETED_FILE, ENGAGEMENT_FILE, HISTORY_DIR, STAGING_PREFIX, type StorePaths } from './paths.js';

/** The files a programme folder may hold temp copies of while they are being replaced. */
export const REPLACED_FILES = [ENGAGEMENT_FILE, DELETED_FILE] as const;

export interface FolderNames {
  /** ids of programme folders: engagements/<id>. */
  programmes: string[];
  /** ids of folders a create was building when it was cut off: engagements/.creating-<id>. */
  staging: string[];
}

/** The folders in engagements/, by kind; anything else there is left alone. */
export async function engagementFolders(paths: StorePaths): Promise<FolderNames> {
  const names: FolderNames = { programmes: [], staging: [] };
  let dirents;
  try {
    dirents = await fs.readdir(paths.engagementsDir, { withFileTypes: true });
  } catch (error) {
    if (isNotFound(error)) return names;
    throw error;
  }
  for (const dirent of dirents) {
    if (!dirent.isDirectory()) continue;
    if (ID_PATTERN.test(dirent.name)) names.programmes.push(dirent.name);
    else if (dirent.name.startsWith(STAGING_PREFIX)) {
      const id = dirent.name.slice(STAGING_PREFIX.length);
      if (ID_PATTERN.test(id)) names.staging.push(id);
    }
  }
  return names;
}

async function isEmptyDir(dir: string): Promise<boolean> {
  try {
    return (await fs.readdir(dir)).length === 0;
  } catch {
    return false;
  }
}

/**
 * Tidies one programme folder after a crash. A folder that holds nothing but
 * temp files and at most an empty history folder never held a saved version
 * (a create cut off by an older Forløb, which wrote in place), so it is
 * removed; otherwise only the temp files go. A folder with any other file,
 * such as history or a damaged engagement.json, keeps everything: that is
 * user data, and recover() deals with it. Caller holds the programme's lock.
 * Returns whether the folder was removed.
 */
export async function sweepProgrammeFolder(dir: string): Promise<boolean> {
  let entries: string[];
  try {
    entries = await fs.readdir(dir);
  } catch (error) {
    if (isNotFound(error)) return false;
    throw error;
  }
  const temps = entries.filter((entry) => REPLACED_FILES.some((name) => isTempFileOf(entry, name)));
  const rest = entries.filter((entry) => !temps.includes(entry));
  const nothingSaved =
    rest.length === 0 ||
    (rest.length === 1 && rest[0] === HISTORY_DIR && (await isEmptyDir(path.join(dir, HISTORY_DIR))));
  if (nothingSaved) {
    await fs.rm(dir, { recursive: true, force: true });
    return true;
  }
  await Promise.all(temps.map((entry) => fs.rm(path.join(dir, entry), { force: true })));
  return false;
}
