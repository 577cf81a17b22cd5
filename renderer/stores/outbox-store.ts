import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import type { Engagement } from '@shared/domain/engagement';
import type { ApiError } from '@shared/errors';
import { useAppServices } from '@/app-services';
import type { OutboxEntry } from '@/db/forlob-db';
import { OutboxJournal, defaultJournalStorage, type JournalRecord } from '@/db/outbox-journal';
import { OutboxQueue } from '@/db/outbox-queue';
import type { Change } from '@/lib/changes';
import { OutboxFlusher } from '@/outbox/outbox-flusher';
import { recoverJournal } from '@/outbox/recover-journal';
import type { SaveFailure } from '@/outbox/save-failure';
import { useSaveStateStore } from './save-state-store';

export const DEFAULT_FLUSH_DELAY_MS = 400;
export const DEFAULT_RETRY_DELAYS_MS: readonly number[] = [1_000, 2_000, 5_000, 10_000, 30_000];

export const CONFLICT_MESSAGE = 'Ikke gemt – forløbet er ændret et andet sted';
const NOT_STORED_MESSAGE = 'Ændringen kunne ikke gemmes lokalt i browseren.';

/**
 * The outbox (DESIGN.md, Storage), as the page sees it: what is pending,
 * in flight, in conflict or failed, and the one save state in the top bar.
 * The work is done by its parts: a keystroke's change goes into the journal
 * (db/outbox-journal.ts) in the same task; the flusher (outbox/outbox-flusher.ts)
 * snapshots the programme into the queue (db/outbox-queue.ts) and sends it
 * after a short pause; save-failure.ts says what a refused save means; at
 * start recover-journal.ts replays what the journal kept. An edit leaves the
 * outbox only when the file store has acknowledged it. Nothing here merges:
 * a stale save comes back as a conflict and waits for the user.
 */
export const useOutboxStore = defineStore('outbox', () => {
  const services = useAppServices();
  const { api, db } = services;
  const journal = services.journal ?? new OutboxJournal(defaultJournalStorage());
  const queue = new OutboxQueue(db);
  const saveState = useSaveStateStore();

  /** Ids with an edit not yet acknowledged. */
  const pendingIds = ref(new Set<string>());
  const inFlightIds = ref(new Set<string>());
  const conflicts = ref(new Map<string, ApiError>());
  const errors = ref(new Map<string, string>());

  const savedListeners = new Set<(saved: Engagement) => void>();
  /** The newest revision known to be in the file store, per id. */
  const known = new Map<string, number>();
  let lastQueuedAt = 0;
  let savedOnce = false;
  let started = false;
  let detachPageListeners: (() => void) | null = null;
  let leftovers: JournalRecord[] | null = null;
  let recovery: Promise<void> | null = null;

  const hasConflicts = computed(() => conflicts.value.size > 0);

  function refreshState(): void {
    const firstConflict = conflicts.value.values().next();
    const firstError = errors.value.values().next();
    if (!firstConflict.done) saveState.set('error', CONFLICT_MESSAGE);
    else if (!firstError.done) saveState.set('error', firstError.value);
    else if (pendingIds.value.size > 0 || inFlightIds.value.size > 0) saveState.set('saving');
    else saveState.set(savedOnce ? 'saved' : 'idle');
  }

  function failed(id: string, failure: SaveFailure): void {
    if (failure.kind === 'conflict') conflicts.value.set(id, failure.error);
    else errors.value.set(id, failure.message);
    if (failure.kind === 'gone') pendingIds.value.delete(id);
    refreshState();
  }

  const flusher = new OutboxFlusher({
    api,
    queue,
    journal,
    flushDelayMs: services.flushDelayMs ?? DEFAULT_FLUSH_DELAY_MS,
    retryDelaysMs: services.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS,
    events: {
      flying(id, flying) {
        if (flying) inFlightIds.value.add(id);
        else inFlightIds.value.delete(id);
        refreshState();
      },
      saved(id, saved, done) {
        known.set(id, Math.max(known.get(id) ?? 0, saved.revision));
        errors.value.delete(id);
        for (const listener of savedListeners) listener(saved);
        if (done) {
          pendingIds.value.delete(id);
          savedOnce = true;
        }
        refreshState();
      },
      failed,
      idle(id) {
        pendingIds.value.delete(id);
        refreshState();
      },
      notStored(id, error) {
        errors.value.set(id, NOT_STORED_MESSAGE);
        refreshState();
        console.error('Outbox write failed', error);
      },
    },
  });

  /** What the journal holds from earlier sessions; read once, before this session's first edit. */
  function journalLeftovers(): JournalRecord[] {
    if (!leftovers) {
      leftovers = journal.leftovers();
      for (const record of leftovers) lastQueuedAt = Math.max(lastQueuedAt, record.at);
    }
    return leftovers;
  }

  function recovered(): Promise<void> {
    recovery ??= recoverJournal(journalLeftovers(), { journal, queue, api }).catch((error: unknown) => {
      console.error('Outbox journal could not be recovered; it stays in localStorage', error);
    });
    return recovery;
  }

  function seen(entry: OutboxEntry | undefined): OutboxEntry | undefined {
    if (entry) lastQueuedAt = Math.max(lastQueuedAt, entry.queuedAt);
    return entry;
  }

  /**
   * Records an edit of `engagement` (the editor's own plain object, already
   * changed) described by `changes`. The change is journalled before this
   * returns, at the cost of the change; the programme is copied, stored and
   * sent later, once per flush.
   */
  function edit(engagement: Engagement, changes: readonly Change[]): void {
    if (changes.length === 0) return;
    const id = engagement.id;
    journalLeftovers();
    const queuedAt = Math.max(Date.now(), lastQueuedAt + 1);
    lastQueuedAt = queuedAt;
    // A pending edit keeps the base it was made on; a fresh one builds on what is on screen.
    const baseRevision =
      flusher.baseOf(id) ??
      (pendingIds.value.has(id) ? engagement.revision : Math.max(engagement.revision, known.get(id) ?? 0));
    const journalled = journal.record(id, queuedAt, baseRevision, changes);
    flusher.edited(engagement, queuedAt, baseRevision, !journalled);
    pendingIds.value.add(id);
    // A new edit deserves a fresh attempt, unless we are waiting for the user on a conflict.
    errors.value.delete(id);
    refreshState();
  }

  /** The pending edit for `id`, if any, including one only the journal caught. */
  async function pendingEntry(id: string): Promise<OutboxEntry | undefined> {
    await recovered();
    return flusher.snapshot(id) ?? seen(await queue.get(id));
  }

  /** Every pending edit, including those only the journal caught. */
  async function pendingEntries(): Promise<OutboxEntry[]> {
    await recovered();
    const byId = new Map((await queue.all()).map((entry) => [entry.id, seen(entry)!]));
    for (const id of flusher.draftIds()) {
      const mine = flusher.snapshot(id);
      if (mine) byId.set(id, mine);
    }
    return [...byId.values()];
  }

  function flush(id: string): Promise<void> {
    return flusher.flush(id);
  }

  async function flushAll(): Promise<void> {
    const ids = new Set([...pendingIds.value, ...flusher.scheduledIds()]);
    await Promise.all([...ids].filter((id) => !conflicts.value.has(id)).map((id) => flusher.flush(id)));
  }

  /** Replays what an earlier session left in the outbox, and flushes when the page is hidden or left. */
  async function start(): Promise<void> {
    if (started) return;
    started = true;
    if (typeof document !== 'undefined' && typeof window !== 'undefined') {
      const onVisibility = () => {
        if (document.visibilityState === 'hidden') void flushAll();
      };
      const onPageHide = () => void flushAll();
      document.addEventListener('visibilitychange', onVisibility);
      window.addEventListener('pagehide', onPageHide);
      detachPageListeners = () => {
        document.removeEventListener('visibilitychange', onVisibility);
        window.removeEventListener('pagehide', onPageHide);
      };
    }
    for (const left of await pendingEntries()) pendingIds.value.add(left.id);
    refreshState();
    await flushAll();
  }

  function stop(): void {
    flusher.stop();
    detachPageListeners?.();
    detachPageListeners = null;
    started = false;
  }

  /** Drops the pending edit for `id` (the user chose the version on disk, or the programme is gone). */
  async function discard(id: string): Promise<void> {
    await flusher.forget(id);
    await recovered();
    journal.remove(id);
    await queue.remove(id);
    pendingIds.value.delete(id);
    conflicts.value.delete(id);
    errors.value.delete(id);
    refreshState();
  }

  /** Resolves a conflict in favour of the local edit: it now builds on `revision` and is sent again. */
  async function rebase(id: string, revision: number): Promise<void> {
    noteRevision(id, revision);
    flusher.rebase(id, revision);
    await queue.rebase(id, revision);
    conflicts.value.delete(id);
    errors.value.delete(id);
    refreshState();
    await flusher.flush(id);
  }

  /** The file store has `revision` of `id`; an edit started with nothing pending builds on at least that. */
  function noteRevision(id: string, revision: number): void {
    known.set(id, Math.max(known.get(id) ?? 0, revision));
  }

  function onSaved(listener: (saved: Engagement) => void): () => void {
    savedListeners.add(listener);
    return () => savedListeners.delete(listener);
  }

  function hasPending(id: string): boolean {
    return pendingIds.value.has(id);
  }

  function conflictFor(id: string): ApiError | undefined {
    return conflicts.value.get(id);
  }

  function errorFor(id: string): string | undefined {
    return errors.value.get(id);
  }

  return {
    pendingIds,
    inFlightIds,
    conflicts,
    errors,
    hasConflicts,
    edit,
    pendingEntry,
    pendingEntries,
    flush,
    flushAll,
    start,
    stop,
    discard,
    rebase,
    noteRevision,
    onSaved,
    hasPending,
    conflictFor,
    errorFor,
  };
});
