import { promises as fs } from 'node:fs';
import path from 'node:path';
import { ExerciseRun } from '../../../shared/room/exercise-run.js';
import { ensureDir, replaceFile } from '../file-store/durable-write.js';
import { isNotFound } from '../file-store/fs-utils.js';
import { assertValidId, StorePaths } from '../file-store/paths.js';

export const JOURNAL_FILE = 'room.ndjson';
export const RUNS_DIR = 'runs';

/**
 * The room's files inside a programme's folder: `room.ndjson` and
 * `runs/<runId>.json`. The editor's `engagement.json` is never touched here.
 * Every id is validated before it becomes part of a path.
 */
export class RoomFiles {
  private readonly paths: StorePaths;

  constructor(dataDir: string) {
    this.paths = new StorePaths(dataDir);
  }

  engagementDir(engagementId: string): string {
    return this.paths.engagementDir(engagementId);
  }

  journal(engagementId: string): string {
    return path.join(this.engagementDir(engagementId), JOURNAL_FILE);
  }

  runsDir(engagementId: string): string {
    return path.join(this.engagementDir(engagementId), RUNS_DIR);
  }

  runFile(engagementId: string, runId: string): string {
    assertValidId(runId);
    return path.join(this.runsDir(engagementId), `${runId}.json`);
  }

  /** The journal's text, or undefined when there is none. */
  async readJournal(engagementId: string): Promise<string | undefined> {
    try {
      return await fs.readFile(this.journal(engagementId), 'utf8');
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }

  /** Every run file that reads cleanly; the rest are reported through `warn` and left alone. */
  async readRuns(engagementId: string, warn: (message: string) => void): Promise<Map<string, ExerciseRun>> {
    const dir = this.runsDir(engagementId);
    let names: string[];
    try {
      names = await fs.readdir(dir);
    } catch (error) {
      if (isNotFound(error)) return new Map();
      throw error;
    }
    const runs = new Map<string, ExerciseRun>();
    await Promise.all(
      names
        .filter((name) => name.endsWith('.json'))
        .map(async (name) => {
          try {
            const run = ExerciseRun.parse(JSON.parse(await fs.readFile(path.join(dir, name), 'utf8')));
            if (`${run.id}.json` === name && run.engagementId === engagementId) runs.set(run.id, run);
            else warn(`${RUNS_DIR}/${name} hører ikke til dette forløb og springes over`);
          } catch (error) {
            warn(`${RUNS_DIR}/${name} kunne ikke læses og springes over: ${String(error).slice(0, 200)}`);
          }
        }),
    );
    return runs;
  }

  /** Writes runs atomically and durably (temp file, fsync, rename, folder fsync). */
  async writeRuns(engagementId: string, runs: readonly ExerciseRun[]): Promise<void> {
    if (runs.length === 0) return;
    await ensureDir(this.runsDir(engagementId));
    await Promise.all(
      runs.map((run) =>
        replaceFile(this.runFile(engagementId, run.id), `${JSON.stringify(run, null, 2)}\n`, {
          durable: true,
        }),
      ),
    );
  }
}
