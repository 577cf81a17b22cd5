import type { ApiClient } from '@shared/api';
import type { Engagement } from '@shared/domain/engagement';
import { toApiError } from '@/api/api-result';
import type { OutboxEntry } from '@/db/forlob-db';
import type { OutboxJournal } from '@/db/outbox-journal';
import type { OutboxQueue } from '@/db/outbox-queue';
import { plainCopy } from '@/lib/clone';
import { resolveFailedSave, RETRY_MESSAGE, type SaveFailure } from './save-failure';

/** What the flusher tells the outbox store, which turns it into the state the page shows. */
export interface FlusherEvents {
  /** A save of `id` is on its way (true), or has settled (false). */
  flying(id: string, flying: boolean): void;
  /** The file store acknowledged a save; `done` when no newer edit waits. */
  saved(id: string, saved: Engagement, done: boolean): void;
  failed(id: string, failure: SaveFailure): void;
  /** Nothing was left to send for `id`. */
  idle(id: string): void;
  /** The snapshot could not be written to IndexedDB; the journal and memory still hold it. */
  notStored(id: string, error: unknown): void;
}

export interface FlusherOptions {
  api: ApiClient;
  queue: OutboxQueue;
  journal: OutboxJournal;
  flushDelayMs: number;
  retryDelaysMs: readonly number[];
  events: FlusherEvents;
}

/** An edited programme not yet acknowledged, as this session holds it. */
interface Draft {
  /** The editor's own object (plain data, not a copy): the newest words. */
  engagement: Engagement;
  /** The revision the file store acknowledged last, which the save must carry. */
  baseRevision: number;
  /** The newest edit in it (the outbox's clock). */
  queuedAt: number;
  /** The newest edit a committed IndexedDB snapshot holds. */
  storedAt: number;
}

/**
 * Sends edits to the file store: a debounce per programme, then one flight at
 * a time that snapshots the draft, stores the snapshot in the queue (which
 * lets the journal go), saves it, and goes round again if the user typed on
 * meanwhile. A transport failure is retried with back-off; a conflict holds
 * the programme until the user decides. The copy of the whole programme is
 * made here, once per flush, never per keystroke.
 */
export class OutboxFlusher {
  private readonly drafts = new Map<string, Draft>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly flights = new Map<string, Promise<void>>();
  /** A flush was asked for while one was in flight: run again when it lands. */
  private readonly again = new Set<string>();
  private readonly attempts = new Map<string, number>();
  /** Programmes with a conflict: their edits are stored but not sent. */
  private readonly held = new Set<string>();

  constructor(private readonly options: FlusherOptions) {}

  /**
   * An edit of `engagement` was journalled at `queuedAt`. `storeNow` when the
   * journal could not take it: the snapshot then goes to IndexedDB in this
   * very task, as the only thing that survives a reload.
   */
  edited(engagement: Engagement, queuedAt: number, baseRevision: number, storeNow: boolean): void {
    const id = engagement.id;
    const draft = this.drafts.get(id);
    if (draft) {
      draft.engagement = engagement;
      draft.queuedAt = queuedAt;
    } else {
      this.drafts.set(id, { engagement, baseRevision, queuedAt, storedAt: 0 });
    }
    // A new edit deserves a fresh attempt.
    this.attempts.delete(id);
    if (storeNow) void this.store(id);
    this.schedule(id, this.options.flushDelayMs);
  }

  /** The base revision of the draft of `id`, if this session has one. */
  baseOf(id: string): number | undefined {
    return this.drafts.get(id)?.baseRevision;
  }

  draftIds(): string[] {
    return [...this.drafts.keys()];
  }

  /** A copy of the draft of `id` as a queue entry. */
  snapshot(id: string): OutboxEntry | undefined {
    const draft = this.drafts.get(id);
    return draft && entryOf(draft);
  }

  /** Sends what is pending for `id` now (cancelling the debounce). Resolves when it has settled. */
  flush(id: string): Promise<void> {
    this.cancel(id);
    const running = this.flights.get(id);
    if (running) {
      this.again.add(id);
      return running;
    }
    this.options.events.flying(id, true);
    const flight = this.run(id)
      .catch((error: unknown) => {
        this.options.events.failed(id, { kind: 'retry', message: RETRY_MESSAGE });
        this.schedule(id, this.options.retryDelaysMs[0] ?? 1_000);
        console.error('Outbox flush failed', error);
      })
      .finally(() => {
        this.flights.delete(id);
        this.options.events.flying(id, false);
        if (this.again.delete(id) && !this.timers.has(id)) this.schedule(id, this.options.flushDelayMs);
      });
    this.flights.set(id, flight);
    return flight;
  }

  /** Ids with a debounce or retry waiting. */
  scheduledIds(): string[] {
    return [...this.timers.keys()];
  }

  /** The user kept their edit over a newer version: it now builds on `revision` and may be sent. */
  rebase(id: string, revision: number): void {
    const draft = this.drafts.get(id);
    if (draft) draft.baseRevision = revision;
    this.held.delete(id);
  }

  /** Drops everything this session holds for `id`, once a flight in progress has landed. */
  async forget(id: string): Promise<void> {
    this.cancel(id);
    await this.flights.get(id);
    this.cancel(id);
    this.drafts.delete(id);
    this.attempts.delete(id);
    this.held.delete(id);
    this.again.delete(id);
  }

  stop(): void {
    for (const id of [...this.timers.keys()]) this.cancel(id);
  }

  private cancel(id: string): void {
    const timer = this.timers.get(id);
    if (timer !== undefined) clearTimeout(timer);
    this.timers.delete(id);
  }

  private schedule(id: string, delayMs: number): void {
    this.cancel(id);
    this.timers.set(
      id,
      setTimeout(() => {
        this.timers.delete(id);
        void this.flush(id);
      }, delayMs),
    );
  }

  /** Writes a snapshot of the draft to the queue; once committed, the journal no longer needs what it holds. */
  private async store(id: string): Promise<OutboxEntry | undefined> {
    const draft = this.drafts.get(id);
    if (!draft) return undefined;
    const entry = entryOf(draft);
    try {
      await this.options.queue.put(entry);
      draft.storedAt = Math.max(draft.storedAt, entry.queuedAt);
      this.options.journal.clear(id, entry.queuedAt);
    } catch (error) {
      this.options.events.notStored(id, error);
    }
    return entry;
  }

  private async run(id: string): Promise<void> {
    const { api, queue, journal, events } = this.options;
    for (;;) {
      const draft = this.drafts.get(id);
      if (this.held.has(id)) {
        // Waiting for the user: keep IndexedDB up to date, send nothing.
        if (draft && draft.storedAt < draft.queuedAt) await this.store(id);
        return;
      }
      // This session's draft, stored first if IndexedDB lacks its newest edits; else what an earlier session queued.
      const entry = draft
        ? draft.storedAt < draft.queuedAt
          ? await this.store(id)
          : entryOf(draft)
        : await queue.get(id);
      if (!entry) {
        events.idle(id);
        return;
      }

      let saved: Engagement;
      try {
        saved = await api.call('engagements.save', {
          engagement: { ...entry.engagement, revision: entry.baseRevision },
        });
      } catch (e) {
        const outcome = await resolveFailedSave(api, toApiError(e), entry.engagement);
        if (!('saved' in outcome)) {
          await this.fail(id, outcome);
          return;
        }
        saved = outcome.saved;
      }

      this.attempts.delete(id);
      const newerQueued = await queue.acknowledge(id, entry.queuedAt, saved);
      journal.clear(id, entry.queuedAt);
      const current = this.drafts.get(id);
      if (current) current.baseRevision = saved.revision;
      const more = current ? current.queuedAt > entry.queuedAt : newerQueued;
      if (!more) this.drafts.delete(id);
      events.saved(id, saved, !more);
      if (!more) return;
      // The user typed on while the save was out: the newer draft now builds on what was just saved.
    }
  }

  private async fail(id: string, failure: SaveFailure): Promise<void> {
    const { queue, journal, events } = this.options;
    switch (failure.kind) {
      case 'conflict':
        this.held.add(id);
        break;
      case 'gone':
        this.drafts.delete(id);
        journal.remove(id);
        await queue.remove(id);
        break;
      case 'retry': {
        const attempt = (this.attempts.get(id) ?? 0) + 1;
        this.attempts.set(id, attempt);
        const delays = this.options.retryDelaysMs;
        this.schedule(id, delays[Math.min(attempt - 1, delays.length - 1)] ?? 30_000);
        break;
      }
      case 'refused':
        break;
    }
    events.failed(id, failure);
  }
}

function entryOf(draft: Draft): OutboxEntry {
  const engagement = plainCopy(draft.engagement);
  return { id: engagement.id, engagement, baseRevision: draft.baseRevision, queuedAt: draft.queuedAt };
}
