import { promises as fs } from 'node:fs';
import path from 'node:path';
import { idTaken } from './errors.js';
import { ensureDir, syncDir, writeNewFile } from './durable-write.js';
import { pathExists, type FileStamp } from './fs-utils.js';
import { ENGAGEMENT_FILE, type StorePaths } from './paths.js';

/**
 * Creates engagements/<id>/ holding `text` as engagement.json, so that a crash
 * at any point leaves either the whole programme or only a `.creating-<id>`
 * folder that nothing lists and the next start sweeps away: the folder is
 * built under the staging name, its file and the folder itself are fsynced,
 * and one rename puts it in place, made durable by an fsync of engagements/.
 * Caller holds the programme's lock.
 */
export async function createProgrammeFolder(paths: StorePaths, id: string, text: string): Promise<FileStamp> {
  const target = paths.engagementDir(id);
  const staging = paths.stagingDir(id);
  await ensureDir(paths.engagementsDir);
  if (await pathExists(target)) throw idTaken(id);
  // A staging folder with this id can only be a crashed attempt's.
  await fs.rm(staging, { recursive: true, force: true });
  await fs.mkdir(staging);
  try {
    const stamp = await writeNewFile(path.join(staging, ENGAGEMENT_FILE), text, true, [staging]);
    try {
      await fs.rename(staging, target);
    } catch (error) {
      // rename refuses a target with anything in it, so a programme that appeared meanwhile is never replaced.
      if (await pathExists(target)) throw idTaken(id);
      throw error;
    }
    await syncDir(paths.engagementsDir);
    return stamp;
  } finally {
    await fs.rm(staging, { recursive: true, force: true }).catch(() => undefined);
  }
}
