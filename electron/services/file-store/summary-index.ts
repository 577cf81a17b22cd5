import { promises as fs } from 'node:fs';
import { ID_PATTERN } from '../../../shared/domain/primitives.js';
import { damagedMessage, type ReadProblem } from './errors.js';
import { removeStaleTempFiles, replaceFile } from './durable-write.js';
import { errnoCode, isNotFound, mapLimit, sameStamp, stampOf, type FileStamp } from './fs-utils.js';
import { lastGoodVersion } from './history.js';
import {
  entryFromEngagement,
  placeholderEntry,
  readIndexFile,
  serializeIndex,
  type IndexEntry,
} from './index-file.js';
import type { MigrationChain } from '../../../shared/domain/migrations.js';
import { INDEX_FILE, type StorePaths } from './paths.js';
import { readEngagementFile, type ReadOutcome } from './read-engagement.js';

const READ_CONCURRENCY = 32;
/** Saves in quick succession share one index write. */
const WRITE_DELAY_MS = 50;

/**
 * The summary list, kept in memory and written to index.json (atomically,
 * without fsync: it is derived). Every list checks it against a stat of each
 * engagement.json and re-reads only what changed, so a file that was edited,
 * broken, added or removed behind the store's back shows in the next list.
 */
export class SummaryIndex {
  private entries: Map<string, IndexEntry> | undefined;
  private loading: Promise<Map<string, IndexEntry>> | undefined;
  private dirty = false;
  private timer: NodeJS.Timeout | undefined;
  private writing: Promise<void> | undefined;

  constructor(
    private readonly paths: StorePaths,
    private readonly chain: MigrationChain,
  ) {}

  async all(): Promise<IndexEntry[]> {
    return [...(await (this.entries ? this.recheck() : this.load())).values()];
  }

  /** Records a programme this process just wrote or read. A no-op until the index is first loaded. */
  async put(entry: IndexEntry): Promise<void> {
    const entries = await this.loaded();
    if (!entries) return;
    entries.set(entry.id, entry);
    this.scheduleWrite();
  }

  async remove(id: string): Promise<void> {
    const entries = await this.loaded();
    if (!entries?.delete(id)) return;
    this.scheduleWrite();
  }

  /**
   * Brings one entry in line with a read the store just made, so a file that
   * changed or broke behind the store's back shows up in the next list().
   */
  async noteRead(id: string, outcome: ReadOutcome): Promise<void> {
    const entries = await this.loaded();
    if (!entries) return;
    const old = entries.get(id);
    if (outcome.kind === 'ok') {
      if (old?.stamp && !old.damaged && sameStamp(old.stamp, outcome.stamp)) return;
      entries.set(id, entryFromEngagement(outcome.engagement, outcome.stamp));
    } else if (outcome.kind === 'damaged') {
      if (old?.damaged && old.stamp && outcome.stamp && sameStamp(old.stamp, outcome.stamp)) return;
      const entry = await this.damagedEntry(id, old, outcome.problem, outcome.stamp ?? null);
      if (entry) entries.set(id, entry);
    } else {
      return this.refresh(id);
    }
    this.scheduleWrite();
  }

  /** The revision last seen for a programme, damaged or not; undefined when not known. */
  knownRevision(id: string): number | undefined {
    return this.entries?.get(id)?.revision;
  }

  /** Re-reads one programme from disk, e.g. after it came back from the trash. */
  async refresh(id: string): Promise<void> {
    const entries = await this.loaded();
    if (!entries) return;
    const entry = await this.readEntry(id, entries.get(id));
    if (entry) entries.set(id, entry);
    else entries.delete(id);
    this.scheduleWrite();
  }

  /** Waits until index.json holds everything recorded so far. */
  async flush(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    while (this.writing || this.dirty) {
      await (this.writing ?? this.writeNow());
    }
  }

  private async loaded(): Promise<Map<string, IndexEntry> | undefined> {
    if (this.entries) return this.entries;
    // A load under way may have read this programme before the change; applying
    // the change after it finishes keeps the newer state.
    if (this.loading) return this.loading;
    return undefined;
  }

  private load(): Promise<Map<string, IndexEntry>> {
    if (this.entries) return Promise.resolve(this.entries);
    this.loading ??= this.reconcile().then(
      (entries) => {
        this.entries = entries;
        this.loading = undefined;
        return entries;
      },
      (error: unknown) => {
        this.loading = undefined;
        throw error;
      },
    );
    return this.loading;
  }

  /**
   * The loaded entries checked against the disk again. Changes the store
   * records while the check runs are newer than what the check read, so they win.
   */
  private recheck(): Promise<Map<string, IndexEntry>> {
    const current = this.entries;
    if (!current) return this.load();
    this.loading ??= (async () => {
      const baseline = new Map(current);
      try {
        const fresh = await this.reconcileFrom(baseline);
        for (const [id, entry] of current) if (baseline.get(id) !== entry) fresh.set(id, entry);
        for (const id of baseline.keys()) if (!current.has(id)) fresh.delete(id);
        this.entries = fresh;
        return fresh;
      } finally {
        this.loading = undefined;
      }
    })();
    return this.loading;
  }

  /** index.json brought up to date with the engagement folders. */
  private async reconcile(): Promise<Map<string, IndexEntry>> {
    const previous = await readIndexFile(this.paths.indexFile).catch(() => undefined);
    await removeStaleTempFiles(this.paths.root, [INDEX_FILE]).catch(() => undefined);
    return this.reconcileFrom(previous);
  }

  /** Entries whose engagement.json is unchanged since `previous` are trusted; the rest are re-read. */
  private async reconcileFrom(
    previous: Map<string, IndexEntry> | undefined,
  ): Promise<Map<string, IndexEntry>> {
    const ids = await this.folderIds();
    let changed = previous === undefined || previous.size !== ids.length;
    const result = new Map<string, IndexEntry>();
    await mapLimit(ids, READ_CONCURRENCY, async (id) => {
      const old = previous?.get(id);
      if (old?.stamp) {
        const stats = await fs.stat(this.paths.engagementFile(id)).catch(() => undefined);
        if (stats && sameStamp(old.stamp, stampOf(stats))) {
          result.set(id, old);
          return;
        }
      }
      changed = true;
      const entry = await this.readEntry(id, old);
      if (entry) result.set(id, entry);
    });
    // The timer fires after load() has installed the entries.
    if (changed) this.scheduleWrite();
    return result;
  }

  private async folderIds(): Promise<string[]> {
    try {
      const dirents = await fs.readdir(this.paths.engagementsDir, { withFileTypes: true });
      return dirents.filter((d) => d.isDirectory() && ID_PATTERN.test(d.name)).map((d) => d.name);
    } catch (error) {
      if (isNotFound(error)) return [];
      throw error;
    }
  }

  /** Builds the entry for one programme from disk; undefined when the folder holds nothing to show. */
  private async readEntry(id: string, old: IndexEntry | undefined): Promise<IndexEntry | undefined> {
    const file = this.paths.engagementFile(id);
    try {
      const outcome = await readEngagementFile(file, this.chain);
      if (outcome.kind === 'ok') return entryFromEngagement(outcome.engagement, outcome.stamp);
      if (outcome.kind === 'damaged')
        return this.damagedEntry(id, old, outcome.problem, outcome.stamp ?? null);
      return this.damagedEntry(id, old, { reason: 'filen mangler' }, null, true);
    } catch (error) {
      const problem = { reason: `filen kunne ikke åbnes (${errnoCode(error) ?? 'ukendt fejl'})` };
      return this.damagedEntry(id, old, problem, null);
    }
  }

  private async damagedEntry(
    id: string,
    old: IndexEntry | undefined,
    problem: ReadProblem,
    stamp: FileStamp | null,
    onlyIfRecoverable = false,
  ): Promise<IndexEntry | undefined> {
    const lastGood = await lastGoodVersion(this.paths.historyDir(id), this.chain).catch(() => undefined);
    if (onlyIfRecoverable && !lastGood) return undefined;
    const file = this.paths.relative(this.paths.engagementFile(id));
    let base: IndexEntry;
    if (old) base = old;
    else if (lastGood) base = entryFromEngagement(lastGood.engagement, null);
    else {
      const mtime = await fs.stat(this.paths.engagementDir(id)).then(
        (s) => s.mtime,
        () => new Date(0),
      );
      base = placeholderEntry(id, mtime.toISOString());
    }
    return { ...base, stamp, damaged: { file, message: damagedMessage(file, problem, lastGood?.revision) } };
  }

  private scheduleWrite(): void {
    this.dirty = true;
    if (this.timer || this.writing) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.writeNow();
    }, WRITE_DELAY_MS);
    // Never keeps the process alive: a lost index write is caught up on the next load.
    this.timer.unref();
  }

  private writeNow(): Promise<void> {
    if (this.writing) return this.writing;
    if (!this.dirty || !this.entries) {
      this.dirty = false;
      return Promise.resolve();
    }
    this.dirty = false;
    const text = serializeIndex(this.entries.values());
    this.writing = fs
      .mkdir(this.paths.root, { recursive: true })
      .then(() => replaceFile(this.paths.indexFile, text, { durable: false }))
      .then(() => undefined)
      // Derived data: when a write fails, the next load rebuilds what it needs.
      .catch(() => undefined)
      .finally(() => {
        this.writing = undefined;
        if (this.dirty) this.scheduleWrite();
      });
    return this.writing;
  }
}
