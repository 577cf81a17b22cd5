import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import type { Engagement } from '@shared/domain/engagement';
import type { ApiError } from '@shared/errors';
import { useAppServices } from '@/app-services';
import { toApiError } from '@/api/api-result';
import { sameContent } from '@/lib/same-content';
import type { OutboxEntry } from '@/db/forlob-db';
import { OutboxJournal, defaultJournalStorage } from '@/db/outbox-journal';
import { useSaveStateStore } from './save-state-store';

export const DEFAULT_FLUSH_DELAY_MS = 400;
export const DEFAULT_RETRY_DELAYS_MS: readonly number[] = [1_000, 2_000, 5_000, 10_000, 30_000];

export const CONFLICT_MESSAGE = 'Ikke gemt – forløbet er ændret et andet sted';

/**
 * The outbox (DESIGN.md, Storage): every edit is written to Dexie in the same
 * tick as the UI change, then flushed to the file store after a short pause.
 * Until that Dexie write has committed, a synchronous journal in localStorage
 * holds the edit (see outbox-journal.ts); read entries through `pendingEntry`
 * and `pendingEntries`, which first move anything the journal kept into Dexie.
 * An entry leaves the outbox only when the file store has acknowledged exactly
 * that snapshot; an entry replaced while its save was in flight is rebased onto
 * the new revision and sent again. Nothing here merges: a stale save comes
 * back as a conflict and waits for the user.
 */
export const useOutboxStore = defineStore('outbox', () => {
  const services = useAppServices();
  const { api, db } = services;
  const flushDelayMs = services.flushDelayMs ?? DEFAULT_FLUSH_DELAY_MS;
  const retryDelaysMs = services.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS;
  const journal = services.journal ?? new OutboxJournal(defaultJournalStorage());
  const saveState = useSaveStateStore();

  /** Ids with an entry in the outbox (not yet acknowledged). */
  const pendingIds = ref(new Set<string>());
  const inFlightIds = ref(new Set<string>());
  const conflicts = ref(new Map<string, ApiError>());
  const errors = ref(new Map<string, string>());

  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const flights = new Map<string, Promise<void>>();
  const writes = new Map<string, Promise<unknown>>();
  const attempts = new Map<string, number>();
  /** The newest revision the file store acknowledged, per id, as soon as it answers. */
  const acked = new Map<string, number>();
  /** queuedAt of the newest entry enqueued per id, known synchronously. */
  const latestQueued = new Map<string, number>();
  /** Snapshots whose IndexedDB write failed: kept here (and in the journal) so they still reach the file store. */
  const unwritten = new Map<string, OutboxEntry>();
  const savedListeners = new Set<(saved: Engagement) => void>();
  let lastQueuedAt = 0;
  let savedOnce = false;
  let started = false;
  let detachPageListeners: (() => void) | null = null;
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

  function newest(stored?: OutboxEntry, kept?: OutboxEntry): OutboxEntry | undefined {
    return kept && (!stored || kept.queuedAt > stored.queuedAt) ? kept : stored;
  }

  function clearTimer(id: string): void {
    const timer = timers.get(id);
    if (timer !== undefined) clearTimeout(timer);
    timers.delete(id);
  }

  function schedule(id: string, delayMs: number): void {
    clearTimer(id);
    timers.set(
      id,
      setTimeout(() => {
        timers.delete(id);
        void flush(id);
      }, delayMs),
    );
  }

  /**
   * Queues a snapshot of `engagement`. The Dexie write is issued before this
   * returns (same tick as the UI change); the returned promise resolves when
   * it is durable.
   */
  function enqueue(engagement: Engagement): Promise<void> {
    const id = engagement.id;
    // One serialisation serves the snapshot and the journal.
    const json = JSON.stringify(engagement);
    const snapshot = JSON.parse(json) as Engagement;
    const queuedAt = Math.max(Date.now(), lastQueuedAt + 1);
    lastQueuedAt = queuedAt;
    latestQueued.set(id, queuedAt);
    pendingIds.value.add(id);
    // A new edit deserves a fresh attempt, unless we are waiting for the user on a conflict.
    errors.value.delete(id);
    attempts.delete(id);
    refreshState();

    // One put, issued in this very task: a reload right after the keystroke must
    // not catch the edit between a read and a write. The base is the newest
    // revision the store has acknowledged; if a save is in flight, the flush
    // sees this newer entry and rebases it (IndexedDB runs our read-write
    // transactions in the order they were created).
    const baseRevision = Math.max(acked.get(id) ?? 0, snapshot.revision);
    const entry: OutboxEntry = { id, engagement: snapshot, baseRevision, queuedAt };
    journal.write(entry, json);
    const write = db.outbox.put(entry);
    writes.set(id, write);
    const settled = write.then(
      () => {
        journal.clear(id, queuedAt);
        if ((unwritten.get(id)?.queuedAt ?? Infinity) <= queuedAt) unwritten.delete(id);
      },
      (error: unknown) => {
        if ((unwritten.get(id)?.queuedAt ?? 0) < queuedAt) unwritten.set(id, entry);
        errors.value.set(id, 'Ændringen kunne ikke gemmes lokalt i browseren.');
        refreshState();
        console.error('Outbox write failed', error);
      },
    );
    if (!conflicts.value.has(id)) schedule(id, flushDelayMs);
    return settled;
  }

  async function handleFailure(id: string, error: ApiError): Promise<void> {
    switch (error.code) {
      case 'conflict':
        conflicts.value.set(id, error);
        break;
      case 'not_found':
        await db.outbox.delete(id);
        pendingIds.value.delete(id);
        errors.value.set(id, 'Forløbet findes ikke længere, så den seneste ændring kunne ikke gemmes.');
        break;
      case 'invalid_argument':
        errors.value.set(id, `Ændringen kunne ikke gemmes: ${error.message}`);
        break;
      case 'damaged':
        errors.value.set(id, 'Ikke gemt – forløbets fil kan ikke læses');
        break;
      default: {
        const attempt = (attempts.get(id) ?? 0) + 1;
        attempts.set(id, attempt);
        errors.value.set(id, 'Ikke gemt endnu – prøver igen…');
        const delay = retryDelaysMs[Math.min(attempt - 1, retryDelaysMs.length - 1)] ?? 30_000;
        schedule(id, delay);
      }
    }
  }

  /**
   * On a conflict: the file store's version, if it already holds exactly this
   * snapshot. That happens when the previous page flushed as it was left and
   * the save landed, but the page was gone before it could clear its outbox.
   */
  async function alreadyOnDisk(snapshot: Engagement): Promise<Engagement | null> {
    try {
      const latest = await api.call('engagements.get', { id: snapshot.id });
      return sameContent(latest, snapshot) ? latest : null;
    } catch {
      return null;
    }
  }

  async function run(id: string): Promise<void> {
    for (;;) {
      const write = writes.get(id);
      await write?.catch(() => undefined);
      const stored = await db.outbox.get(id);
      // A newer edit started writing meanwhile: read again once it is durable.
      if (writes.get(id) !== write) continue;
      const entry = newest(stored, unwritten.get(id));
      if (!entry) {
        pendingIds.value.delete(id);
        latestQueued.delete(id);
        return;
      }
      if (conflicts.value.has(id)) return;

      let saved: Engagement;
      try {
        saved = await api.call('engagements.save', {
          engagement: { ...entry.engagement, revision: entry.baseRevision },
        });
      } catch (e) {
        const error = toApiError(e);
        const echo = error.code === 'conflict' ? await alreadyOnDisk(entry.engagement) : null;
        if (!echo) {
          await handleFailure(id, error);
          return;
        }
        saved = echo;
      }
      acked.set(id, saved.revision);
      attempts.delete(id);
      errors.value.delete(id);

      const replaced = await db.transaction('rw', db.outbox, db.engagements, async () => {
        await db.engagements.put(saved);
        const current = await db.outbox.get(id);
        if (!current) return false;
        // An older entry is superseded too: it can be older when the newest one lived only in memory.
        if (current.queuedAt <= entry.queuedAt) {
          await db.outbox.delete(id);
          return false;
        }
        // Edited while the save was in flight: the newer snapshot now builds on what was just saved.
        await db.outbox.update(id, { baseRevision: saved.revision });
        return true;
      });

      journal.clear(id, entry.queuedAt);
      if (unwritten.get(id)?.queuedAt === entry.queuedAt) unwritten.delete(id);
      for (const listener of savedListeners) listener(saved);
      if (!replaced && (latestQueued.get(id) ?? entry.queuedAt) === entry.queuedAt) {
        pendingIds.value.delete(id);
        latestQueued.delete(id);
        savedOnce = true;
        return;
      }
      // Otherwise a newer entry exists (or is being written): go round again.
    }
  }

  /** Sends the outbox entry for `id` now (cancelling the debounce). Resolves when it is settled. */
  function flush(id: string): Promise<void> {
    clearTimer(id);
    const running = flights.get(id);
    if (running) return running;
    inFlightIds.value.add(id);
    refreshState();
    const flight = run(id)
      .catch((error: unknown) => {
        errors.value.set(id, 'Ikke gemt endnu – prøver igen…');
        schedule(id, retryDelaysMs[0] ?? 1_000);
        console.error('Outbox flush failed', error);
      })
      .finally(() => {
        flights.delete(id);
        inFlightIds.value.delete(id);
        refreshState();
      });
    flights.set(id, flight);
    return flight;
  }

  async function flushAll(): Promise<void> {
    const ids = new Set([...pendingIds.value, ...timers.keys()]);
    await Promise.all([...ids].filter((id) => !conflicts.value.has(id)).map((id) => flush(id)));
  }

  /** Moves what the journal kept (a reload or crash beat the Dexie write) into the Dexie outbox. */
  async function adoptJournal(): Promise<void> {
    for (const entry of journal.entries()) {
      await db.transaction('rw', db.outbox, async () => {
        const existing = await db.outbox.get(entry.id);
        if (!existing || existing.queuedAt < entry.queuedAt) await db.outbox.put(entry);
      });
      journal.clear(entry.id, entry.queuedAt);
    }
  }

  function recovered(): Promise<void> {
    recovery ??= adoptJournal().catch((error: unknown) => {
      console.error('Outbox journal could not be moved into IndexedDB; it stays in localStorage', error);
    });
    return recovery;
  }

  /** The pending entry for `id`, if any, including one only the journal caught. */
  async function pendingEntry(id: string): Promise<OutboxEntry | undefined> {
    await recovered();
    return newest(await db.outbox.get(id), unwritten.get(id));
  }

  /** Every pending entry, including those only the journal caught. */
  async function pendingEntries(): Promise<OutboxEntry[]> {
    await recovered();
    const byId = new Map((await db.outbox.toArray()).map((e) => [e.id, e]));
    for (const kept of unwritten.values()) byId.set(kept.id, newest(byId.get(kept.id), kept) ?? kept);
    return [...byId.values()];
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
    for (const left of await pendingEntries()) {
      pendingIds.value.add(left.id);
      noteRevision(left.id, left.baseRevision);
      if (!latestQueued.has(left.id)) latestQueued.set(left.id, left.queuedAt);
      lastQueuedAt = Math.max(lastQueuedAt, left.queuedAt);
    }
    refreshState();
    await flushAll();
  }

  function stop(): void {
    for (const id of [...timers.keys()]) clearTimer(id);
    detachPageListeners?.();
    detachPageListeners = null;
    started = false;
  }

  /** Drops the pending edit for `id` (the user chose the version on disk, or the programme is gone). */
  async function discard(id: string): Promise<void> {
    clearTimer(id);
    await flights.get(id);
    await writes.get(id)?.catch(() => undefined);
    await recovered();
    journal.remove(id);
    unwritten.delete(id);
    await db.outbox.delete(id);
    pendingIds.value.delete(id);
    latestQueued.delete(id);
    conflicts.value.delete(id);
    errors.value.delete(id);
    attempts.delete(id);
    refreshState();
  }

  /** Resolves a conflict in favour of the local edit: it now builds on `revision` and is sent again. */
  async function rebase(id: string, revision: number): Promise<void> {
    acked.set(id, revision);
    const kept = unwritten.get(id);
    if (kept) unwritten.set(id, { ...kept, baseRevision: revision });
    await db.outbox.update(id, { baseRevision: revision });
    conflicts.value.delete(id);
    errors.value.delete(id);
    refreshState();
    await flush(id);
  }

  /** The revision the store has acknowledged, as far as this session knows. */
  function noteRevision(id: string, revision: number): void {
    acked.set(id, Math.max(acked.get(id) ?? 0, revision));
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
    enqueue,
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
