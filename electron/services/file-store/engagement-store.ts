import { randomUUID } from 'node:crypto';
import { promises as fs, type Stats } from 'node:fs';
import type { z } from 'zod';
import type { HistoryEntry, TrashEntry } from '../../../shared/api.js';
import { CreateEngagementArg } from '../../../shared/domain/create-engagement-arg.js';
import { createEngagement } from '../../../shared/domain/create-engagement.js';
import { Engagement, type EngagementSummary } from '../../../shared/domain/engagement.js';
import { ID_PATTERN } from '../../../shared/domain/primitives.js';
import { localToday } from '../../../shared/domain/schedule.js';
import { ApiError, isApiError } from '../../../shared/errors.js';
import { findTemplate } from '../../../shared/templates/programme-templates.js';
import { parseOrThrow } from '../../../shared/validation.js';
import { conflict, damaged, notFound } from './errors.js';
import { createProgrammeFolder } from './create-folder.js';
import { beginReplace, replaceFile } from './durable-write.js';
import { dequal } from 'dequal';
import {
  errnoCode,
  isNotFound,
  mapLimit,
  pathExists,
  sameStamp,
  stampOf,
  type FileStamp,
} from './fs-utils.js';
import {
  HistoryPruner,
  historyEntries,
  historyRevisions,
  lastGoodVersion,
  preserveInHistory,
} from './history.js';
import { entryFromEngagement, summaryOf } from './index-file.js';
import { KeyedMutex } from './keyed-mutex.js';
import { ENGAGEMENT_MIGRATIONS, type MigrationChain } from '../../../shared/domain/migrations.js';
import { engagementFolders, sweepProgrammeFolder } from './leftovers.js';
import { assertValidId, StorePaths } from './paths.js';
import { readEngagementFile, type ReadOutcome } from './read-engagement.js';
import { SummaryIndex } from './summary-index.js';
import { listTrash, moveFromTrash, moveToTrash } from './trash.js';

export interface EngagementStoreOptions {
  dataDir: string;
  now?: () => Date;
  newId?: () => string;
  /** How many previous versions to keep per programme. */
  historyLimit?: number;
  /** The schema migration chain; only tests pass their own. */
  migrations?: MigrationChain;
}

async function statIfExists(file: string): Promise<Stats | undefined> {
  try {
    return await fs.stat(file);
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw error;
  }
}

const serialize = (engagement: Engagement): string => `${JSON.stringify(engagement, null, 2)}\n`;

/** Anything that is not already an ApiError becomes `internal`, so only ApiErrors leave the store. */
async function guarded<T>(task: () => Promise<T>): Promise<T> {
  try {
    return await task();
  } catch (error) {
    if (isApiError(error)) throw error;
    const code = errnoCode(error);
    throw new ApiError(
      'internal',
      `Der opstod en uventet fejl i datamappen${code ? ` (${code})` : ''}. Prøv igen, og kontakt support hvis det bliver ved.`,
      { cause: error instanceof Error ? error.message : String(error) },
    );
  }
}

/**
 * The file store: one folder per programme under `<dataDir>/engagements`, each
 * with engagement.json (the record) and history/<revision>.json (previous
 * versions). See README.md in this folder for the guarantees.
 */
export class EngagementStore {
  private readonly paths: StorePaths;
  private readonly now: () => Date;
  private readonly newId: () => string;
  private readonly chain: MigrationChain;
  private readonly locks = new KeyedMutex();
  private readonly index: SummaryIndex;
  /** Revision of each engagement.json this process last read or wrote, keyed by its stamp, so saves skip a re-read. */
  private readonly known = new Map<string, { revision: number; stamp: FileStamp }>();
  /** Programme folders already swept for crash leftovers by this instance. */
  private readonly swept = new Set<string>();
  /** The sweep of the whole engagements folder the first list() starts; flush() waits for it. */
  private sweeping: Promise<void> | undefined;
  private readonly pruner: HistoryPruner;
  /** Work a save starts but does not wait for (pruning history); flush() and history() wait for it. */
  private readonly pending = new Set<Promise<void>>();

  constructor(opts: EngagementStoreOptions) {
    this.paths = new StorePaths(opts.dataDir);
    this.now = opts.now ?? (() => new Date());
    this.newId = opts.newId ?? randomUUID;
    this.pruner = new HistoryPruner(opts.historyLimit ?? 20);
    this.chain = opts.migrations ?? ENGAGEMENT_MIGRATIONS;
    this.index = new SummaryIndex(this.paths, this.chain);
  }

  list(): Promise<EngagementSummary[]> {
    return guarded(async () => {
      const today = localToday(this.now());
      const summaries = (await this.index.all()).map((entry) => summaryOf(entry, today));
      // In the background, so the start-up list never waits for it. A failure
      // leaves only leftovers nothing lists; the next start tries again.
      this.sweeping ??= this.sweepLeftovers().catch(() => undefined);
      return summaries.sort((a, b) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt));
    });
  }

  create(arg: z.output<typeof CreateEngagementArg>): Promise<Engagement> {
    return guarded(async () => {
      const parsed = parseOrThrow(CreateEngagementArg, arg, 'det nye forløb');
      const template = findTemplate(parsed.templateId);
      if (!template) {
        throw new ApiError('invalid_argument', `Skabelonen "${parsed.templateId}" findes ikke.`, {
          templateId: parsed.templateId,
        });
      }
      const id = this.newId();
      if (!ID_PATTERN.test(id))
        throw new ApiError('internal', 'Der kunne ikke dannes et gyldigt id til forløbet.');
      const draft = createEngagement(template, parsed, {
        id,
        now: this.now().toISOString(),
        newId: this.newId,
      });
      const engagement = parseOrThrow(Engagement, draft, 'det nye forløb');
      return this.locks.run(id, async () => {
        const stamp = await createProgrammeFolder(this.paths, id, serialize(engagement));
        this.known.set(id, { revision: engagement.revision, stamp });
        await this.index.put(entryFromEngagement(engagement, stamp));
        return engagement;
      });
    });
  }

  get(id: string): Promise<Engagement> {
    return guarded(async () => {
      const file = this.paths.engagementFile(id);
      const outcome = await readEngagementFile(file, this.chain);
      await this.index.noteRead(id, outcome);
      if (outcome.kind === 'ok') {
        this.known.set(id, { revision: outcome.engagement.revision, stamp: outcome.stamp });
        return outcome.engagement;
      }
      throw await this.unreadable(id, outcome);
    });
  }

  /** Validates `engagement` with the Engagement schema, then saves it: for callers that did not parse it. */
  save(engagement: Engagement): Promise<Engagement> {
    return this.saveCheckedBy(engagement, (value) => parseOrThrow(Engagement, value, 'forløbet'));
  }

  /**
   * Saves a programme that `check` validates (and may throw an ApiError for):
   * the API layer passes its contract's schema, so a save through the API is
   * validated once, with the API's own messages. The check runs while the disk
   * writes (see writeWhileChecking).
   */
  saveCheckedBy(engagement: unknown, check: (value: unknown) => Engagement): Promise<Engagement> {
    return guarded(async () => {
      const id: unknown =
        typeof engagement === 'object' && engagement !== null
          ? (engagement as { id?: unknown }).id
          : undefined;
      assertValidId(id);
      const file = this.paths.engagementFile(id);
      return this.locks.run(id, async () => {
        const fast = await this.writeWhileChecking(id, engagement, check);
        if (fast) return fast;
        // The stat runs on libuv's pool while the schema check keeps this thread busy.
        const [stats, incoming] = await Promise.all([
          statIfExists(file),
          Promise.resolve().then(() => check(engagement)),
        ]);
        await this.sweep(id);
        const currentRevision = await this.currentRevision(id, stats);
        if (incoming.revision !== currentRevision) throw conflict(currentRevision);
        const next: Engagement = {
          ...incoming,
          revision: currentRevision + 1,
          updatedAt: this.now().toISOString(),
        };
        return this.writeRevision(next, currentRevision);
      });
    });
  }

  /**
   * The usual save, with the disk and this thread working at once: the
   * incoming programme is serialised as it came and its temp file written and
   * fsynced on libuv's pool while this thread validates it. The write is kept
   * only if the check passes, the check changed nothing (no key stripped, no
   * default added: the written bytes then are the validated programme), and
   * engagement.json is still the version this process last saw. Otherwise the
   * temp file is dropped and undefined sends the caller the plain way, which
   * also gives the conflict or validation error. Caller holds the lock.
   * Validation cost about as much as the durable write itself (0.3-0.8 ms for
   * a 44 KB programme), so doing the two in turn made a save twice the floor.
   */
  private async writeWhileChecking(
    id: string,
    raw: unknown,
    check: (value: unknown) => Engagement,
  ): Promise<Engagement | undefined> {
    const known = this.known.get(id);
    if (!known || !this.swept.has(id)) return undefined;
    if ((raw as { revision?: unknown }).revision !== known.revision) return undefined;
    const file = this.paths.engagementFile(id);
    const revision = known.revision + 1;
    const updatedAt = this.now().toISOString();
    // The writer thread checks that the file is still the version this process
    // knows, links it to its history name and creates the temp file while this
    // thread serialises; it writes and fsyncs while this thread validates.
    const pending = beginReplace(file, {
      keepPrevious: { current: file, as: this.paths.historyFile(id, known.revision), ifStamp: known.stamp },
    });
    try {
      pending.write(serialize({ ...(raw as Engagement), revision, updatedAt }));
    } catch {
      await pending.abort();
      return undefined;
    }
    // Synchronous from the serialisation to here, so the bytes written and the
    // object checked are one snapshot even if the caller changes it later.
    let incoming: Engagement;
    try {
      incoming = check(raw);
    } catch (error) {
      await pending.abort();
      throw error;
    }
    if (!dequal(incoming, raw)) {
      await pending.abort();
      return undefined;
    }
    const stamp = await pending.commit();
    if (!stamp) return undefined;
    return this.finishRevision({ ...incoming, revision, updatedAt }, known.revision, stamp);
  }

  delete(id: string): Promise<{ id: string; deletedAt: string }> {
    return guarded(async () => {
      const dir = this.paths.engagementDir(id);
      return this.locks.run(id, async () => {
        if (!(await pathExists(dir))) throw notFound();
        const deletedAt = this.now().toISOString();
        await moveToTrash(this.paths, id, deletedAt);
        this.forget(id);
        await this.index.remove(id);
        return { id, deletedAt };
      });
    });
  }

  restore(id: string): Promise<Engagement> {
    return guarded(async () => {
      const from = this.paths.trashEntryDir(id);
      const to = this.paths.engagementDir(id);
      return this.locks.run(id, async () => {
        if (!(await pathExists(from))) {
          throw new ApiError('not_found', 'Forløbet findes ikke i papirkurven.', { id });
        }
        if (await pathExists(to)) {
          throw new ApiError(
            'conflict',
            'Der findes allerede et forløb med samme id, så det slettede kan ikke gendannes oven i det.',
            { id },
          );
        }
        await moveFromTrash(this.paths, id);
        this.forget(id);
        await this.index.refresh(id);
        const outcome = await readEngagementFile(this.paths.engagementFile(id), this.chain);
        if (outcome.kind !== 'ok') throw await this.unreadable(id, outcome);
        this.known.set(id, { revision: outcome.engagement.revision, stamp: outcome.stamp });
        return outcome.engagement;
      });
    });
  }

  trash(): Promise<TrashEntry[]> {
    return guarded(() => listTrash(this.paths));
  }

  history(id: string): Promise<HistoryEntry[]> {
    return guarded(async () => {
      const dir = this.paths.engagementDir(id);
      if (!(await pathExists(dir))) throw notFound();
      await this.settle();
      return historyEntries(this.paths.historyDir(id));
    });
  }

  recover(id: string, revision?: number): Promise<Engagement> {
    return guarded(async () => {
      const dir = this.paths.engagementDir(id);
      if (revision !== undefined) this.paths.historyFile(id, revision);
      return this.locks.run(id, async () => {
        if (!(await pathExists(dir))) throw notFound();
        await this.sweep(id);
        const file = this.paths.engagementFile(id);
        const current = await readEngagementFile(file, this.chain);
        const chosen = await this.pickVersion(id, revision);

        let previousRevision: number | undefined;
        let nextRevision: number;
        if (current.kind === 'ok') {
          previousRevision = current.engagement.revision;
          nextRevision = previousRevision + 1;
        } else {
          if (current.kind === 'damaged') await this.moveAside(id, file);
          // Above every number in use or last seen, so neither a kept version nor an
          // edit based on the damaged revision can collide with the recovered one.
          const newestKept = (await historyRevisions(this.paths.historyDir(id)))[0] ?? 0;
          const lastSeen = Math.max(
            current.kind === 'damaged' ? (current.revisionHint ?? 0) : 0,
            this.known.get(id)?.revision ?? 0,
            this.index.knownRevision(id) ?? 0,
          );
          nextRevision = Math.max(chosen.revision, newestKept, lastSeen) + 1;
        }
        const next: Engagement = {
          ...chosen.engagement,
          id,
          revision: nextRevision,
          updatedAt: this.now().toISOString(),
        };
        return this.writeRevision(next, previousRevision);
      });
    });
  }

  /** Waits for pending index.json writes; call before quitting or removing the data folder. */
  async flush(): Promise<void> {
    await this.sweeping;
    await this.settle();
    await this.index.flush();
  }

  /** Writes a new engagement.json, keeping the one it replaces as history/<previousRevision>.json. Caller holds the lock. */
  private async writeRevision(next: Engagement, previousRevision: number | undefined): Promise<Engagement> {
    const id = next.id;
    const file = this.paths.engagementFile(id);
    // The link and the temp file's open run on libuv's pool while this thread
    // serialises (a microtask, so it starts once both are under way).
    const linked =
      previousRevision !== undefined
        ? preserveInHistory(file, this.paths.historyFile(id, previousRevision))
        : Promise.resolve([]);
    const text = Promise.resolve().then(() => serialize(next));
    // replaceFile awaits both; this only keeps an early failure from counting as unhandled.
    linked.catch(() => undefined);
    text.catch(() => undefined);
    // Acknowledged only once the new file, its name and the history link are on disk.
    const stamp = await replaceFile(file, text, { durable: true, syncBeforeReplace: linked });
    return this.finishRevision(next, previousRevision, stamp);
  }

  /** Book-keeping once a new engagement.json is durably in place. */
  private async finishRevision(
    next: Engagement,
    previousRevision: number | undefined,
    stamp: FileStamp,
  ): Promise<Engagement> {
    this.known.set(next.id, { revision: next.revision, stamp });
    await this.index.put(entryFromEngagement(next, stamp));
    if (previousRevision !== undefined) {
      const historyDir = this.paths.historyDir(next.id);
      this.inBackground(() => this.pruner.added(historyDir, previousRevision));
    }
    return next;
  }

  /** The revision of the current engagement.json, re-reading it only if it changed since this process last saw it. */
  private async currentRevision(id: string, stats: Stats | undefined): Promise<number> {
    const file = this.paths.engagementFile(id);
    const known = this.known.get(id);
    if (stats && known && sameStamp(known.stamp, stampOf(stats))) return known.revision;
    const outcome = await readEngagementFile(file, this.chain);
    if (outcome.kind !== 'ok') {
      await this.index.noteRead(id, outcome);
      throw await this.unreadable(id, outcome);
    }
    this.known.set(id, { revision: outcome.engagement.revision, stamp: outcome.stamp });
    return outcome.engagement.revision;
  }

  /** The error for a current file that is missing or damaged, naming the last good version when there is one. */
  private async unreadable(id: string, outcome: Exclude<ReadOutcome, { kind: 'ok' }>): Promise<ApiError> {
    const dir = this.paths.engagementDir(id);
    if (outcome.kind === 'missing' && !(await pathExists(dir))) return notFound();
    const lastGood = await lastGoodVersion(this.paths.historyDir(id), this.chain);
    const file = this.paths.relative(this.paths.engagementFile(id));
    if (outcome.kind === 'missing') {
      return lastGood ? damaged(file, { reason: 'filen mangler' }, lastGood.revision) : notFound();
    }
    return damaged(file, outcome.problem, lastGood?.revision);
  }

  private async pickVersion(
    id: string,
    revision: number | undefined,
  ): Promise<{ revision: number; engagement: Engagement }> {
    if (revision === undefined) {
      const lastGood = await lastGoodVersion(this.paths.historyDir(id), this.chain);
      if (!lastGood) {
        throw new ApiError('not_found', 'Der er ingen tidligere version af forløbet, der kan gendannes.', {
          id,
        });
      }
      return lastGood;
    }
    const historyFile = this.paths.historyFile(id, revision);
    const outcome = await readEngagementFile(historyFile, this.chain);
    if (outcome.kind === 'ok') return { revision, engagement: outcome.engagement };
    if (outcome.kind === 'missing') {
      throw new ApiError('not_found', `Version ${revision} findes ikke i forløbets historik.`, {
        id,
        revision,
      });
    }
    const lastGood = await lastGoodVersion(this.paths.historyDir(id), this.chain);
    throw damaged(this.paths.relative(historyFile), outcome.problem, lastGood?.revision);
  }

  /**
   * Renames a damaged engagement.json to engagement.damaged-<time>.json; it is
   * never deleted. No fsync of its own: the recovered file is written next in
   * the same folder, and that write's folder fsync makes both names durable.
   */
  private async moveAside(id: string, file: string): Promise<void> {
    const stamp = this.now().toISOString().replace(/[:.]/g, '-');
    for (let attempt = 0; ; attempt++) {
      const target = this.paths.damagedFile(id, stamp, attempt);
      if (await pathExists(target)) continue;
      await fs.rename(file, target);
      return;
    }
  }

  private forget(id: string): void {
    this.known.delete(id);
    this.swept.delete(id);
    this.pruner.forget(this.paths.historyDir(id));
  }

  /**
   * Starts `task` once the caller has its answer (the next setImmediate), so a
   * save is not held up by pruning; flush() and history() wait for it. A failed
   * prune only leaves an extra old version behind, so its errors are dropped.
   */
  private inBackground(task: () => Promise<void>): void {
    const tracked: Promise<void> = new Promise<void>((resolve) => setImmediate(resolve))
      .then(task)
      .catch(() => undefined)
      .finally(() => this.pending.delete(tracked));
    this.pending.add(tracked);
  }

  private async settle(): Promise<void> {
    await Promise.all(this.pending);
  }

  /** Removes what a killed process left in the folder, once per folder per store. Caller holds the lock. */
  private async sweep(id: string): Promise<void> {
    if (this.swept.has(id)) return;
    await sweepProgrammeFolder(this.paths.engagementDir(id));
    this.swept.add(id);
  }

  /**
   * Clears what crashed processes left in engagements/: half-built folders of
   * a create (`.creating-<id>`), folders that never held a saved version, and
   * temp files. Each folder is handled under its programme's lock, so nothing
   * this process is writing is touched. Runs once per store, after the first list().
   */
  private async sweepLeftovers(): Promise<void> {
    const { programmes, staging } = await engagementFolders(this.paths);
    // Two at a time: a one-off job that should not crowd the I/O pool while the user works.
    await mapLimit(staging, 2, (id) =>
      this.locks.run(id, () => fs.rm(this.paths.stagingDir(id), { recursive: true, force: true })),
    );
    // Removals need no fsync: a folder that comes back after a power cut is swept again.
    await mapLimit(programmes, 2, (id) =>
      this.locks.run(id, async () => {
        if (this.swept.has(id)) return;
        if (await sweepProgrammeFolder(this.paths.engagementDir(id))) {
          this.forget(id);
          await this.index.remove(id);
        } else {
          this.swept.add(id);
        }
      }),
    );
  }
}
