import { defineStore } from 'pinia';
import { ref, shallowRef } from 'vue';
import type { CreateEngagementArg } from '@shared/domain/create-engagement-arg';
import type { Engagement, EngagementSummary } from '@shared/domain/engagement';
import type { TrashEntry } from '@shared/api';
import { localToday } from '@shared/domain/schedule';
import { useAppServices } from '@/app-services';
import { toApiError } from '@/api/api-result';
import { summaryListProblem } from '@/api/summary-list-shape';
import { takeEarlySummaryCache } from '@/db/summary-cache-read';
import { summarizeEngagement } from '@shared/domain/engagement-summary';
import { useOutboxStore } from './outbox-store';
import { afterNextPaint, whenIdle } from '@/lib/after-paint';
import { byRecent, cacheChanges, keepUnchanged, overlayPending } from './summary-list';

/**
 * The programme list. load() sends the request to the file store before it
 * touches IndexedDB, reads the Dexie cache and the outbox alongside, and shows
 * whichever list comes first: the cache (then the fresh list replaces it) or
 * the fresh list. Edits still in the outbox are laid over the list as soon as
 * the outbox has been read, so the start screen never shows an older title
 * than the programme page for longer than that read takes. The fresh list is
 * written to the cache after the first paint, and only the rows that changed.
 */
export const useEngagementsStore = defineStore('engagements', () => {
  const services = useAppServices();
  const { api, db } = services;
  const today = services.today ?? (() => localToday());
  const outbox = useOutboxStore();

  // Rows are replaced, never changed in place: a shallow ref spares Vue a
  // proxy per row and a dependency per field read of 1,000 rows.
  const summaries = shallowRef<EngagementSummary[]>([]);
  /** 'cache' once the Dexie copy is shown, 'fresh' once the file store has answered. */
  const source = ref<'none' | 'cache' | 'fresh'>('none');
  const loading = ref(false);
  const error = ref('');
  const trash = ref<TrashEntry[]>([]);
  const trashLoaded = ref(false);
  let inFlight: Promise<void> | null = null;

  /** Summaries of what the outbox holds, by id; empty when it cannot be read. */
  async function pendingSummaries(): Promise<Map<string, EngagementSummary>> {
    try {
      const entries = await outbox.pendingEntries();
      return new Map(entries.map((e) => [e.id, summarizeEngagement(e.engagement, today())]));
    } catch (e) {
      console.error('The outbox could not be read for the list', e);
      return new Map();
    }
  }

  function show(list: readonly EngagementSummary[], pending?: Map<string, EngagementSummary>) {
    const rows = pending ? overlayPending(list, pending) : list;
    summaries.value = keepUnchanged(summaries.value, rows).sort(byRecent);
  }

  /** The cached list: read by the entry script if it got there first, else through Dexie. */
  async function readCache(): Promise<EngagementSummary[]> {
    try {
      const early = takeEarlySummaryCache();
      const rows: unknown = early ? await early : await db.summaries.toArray();
      // Rows cached by another version of Forløb are skipped rather than shown.
      return summaryListProblem(rows) === null ? (rows as EngagementSummary[]) : [];
    } catch (e) {
      console.error('The list cache could not be read', e);
      return [];
    }
  }

  async function writeCache(fresh: readonly EngagementSummary[]): Promise<void> {
    try {
      await db.transaction('rw', db.summaries, async () => {
        const shown = new Set(summaries.value.map((s) => s.id));
        const changes = cacheChanges(await db.summaries.toArray(), fresh, shown);
        if (changes.remove.length > 0) await db.summaries.bulkDelete(changes.remove);
        if (changes.put.length > 0) await db.summaries.bulkPut(changes.put);
      });
    } catch (e) {
      // Only the next start's head start is lost; the file store has the list.
      console.error('The list cache could not be written', e);
    }
  }

  async function fetchAndShow(): Promise<void> {
    loading.value = true;
    error.value = '';
    // Sent before anything waits on IndexedDB.
    const request = api.call('engagements.list', {});
    let pending: Map<string, EngagementSummary> | undefined;
    let firstShown = () => {};
    const shown = new Promise<void>((resolve) => (firstShown = resolve));
    // The outbox is read once the first list is on screen: opening IndexedDB
    // and reading the outbox would otherwise compete with drawing it.
    const pendingRead = shown
      .then(() => new Promise<void>((resolve) => afterNextPaint(resolve)))
      .then(pendingSummaries)
      .then((found) => {
        pending = found;
        if (found.size > 0) show(summaries.value, found);
      });
    if (source.value === 'none') {
      void readCache().then((cached) => {
        if (source.value !== 'none' || cached.length === 0) return;
        show(cached, pending);
        source.value = 'cache';
        firstShown();
      });
    }
    let fresh: EngagementSummary[];
    try {
      fresh = await request;
    } catch (e) {
      error.value = toApiError(e).message;
      loading.value = false;
      firstShown();
      await pendingRead;
      return;
    }
    show(fresh, pending);
    source.value = 'fresh';
    loading.value = false;
    firstShown();
    await pendingRead;
    await whenIdle();
    await writeCache(fresh);
  }

  /** Fetches the list; a call while one is under way joins it. */
  function load(): Promise<void> {
    inFlight ??= fetchAndShow().finally(() => (inFlight = null));
    return inFlight;
  }

  function upsert(summary: EngagementSummary): void {
    const index = summaries.value.findIndex((s) => s.id === summary.id);
    summaries.value = index === -1 ? [summary, ...summaries.value] : summaries.value.with(index, summary);
  }

  async function create(arg: CreateEngagementArg): Promise<Engagement> {
    const engagement = await api.call('engagements.create', arg);
    const summary = summarizeEngagement(engagement, today());
    await db.transaction('rw', db.engagements, db.summaries, async () => {
      await db.engagements.put(engagement);
      await db.summaries.put(summary);
    });
    outbox.noteRevision(engagement.id, engagement.revision);
    upsert(summary);
    return engagement;
  }

  /**
   * Creates a programme and saves it filled in at once (the start screen's
   * example). Should the save fail, the programme as created is still listed.
   */
  async function createFilled(
    arg: CreateEngagementArg,
    fill: (created: Engagement) => Engagement,
  ): Promise<Engagement> {
    const created = await create(arg);
    const saved = await api.call('engagements.save', { engagement: fill(created) });
    const summary = summarizeEngagement(saved, today());
    await db.transaction('rw', db.engagements, db.summaries, async () => {
      await db.engagements.put(saved);
      await db.summaries.put(summary);
    });
    outbox.noteRevision(saved.id, saved.revision);
    upsert(summary);
    return saved;
  }

  /** Moves a programme to the trash. Pending edits are sent first, so "Fortryd" brings them back too. */
  async function remove(id: string): Promise<void> {
    if (outbox.hasPending(id) && !outbox.conflictFor(id)) await outbox.flush(id);
    await api.call('engagements.delete', { id });
    await outbox.discard(id);
    await db.transaction('rw', db.engagements, db.summaries, async () => {
      await db.engagements.delete(id);
      await db.summaries.delete(id);
    });
    summaries.value = summaries.value.filter((s) => s.id !== id);
    trashLoaded.value = false;
  }

  async function restore(id: string): Promise<Engagement> {
    const engagement = await api.call('engagements.restore', { id });
    const summary = summarizeEngagement(engagement, today());
    await db.transaction('rw', db.engagements, db.summaries, async () => {
      await db.engagements.put(engagement);
      await db.summaries.put(summary);
    });
    outbox.noteRevision(id, engagement.revision);
    upsert(summary);
    summaries.value = [...summaries.value].sort(byRecent);
    trash.value = trash.value.filter((t) => t.id !== id);
    return engagement;
  }

  /** Brings back the newest version of a damaged programme that reads cleanly. */
  async function recover(id: string): Promise<Engagement> {
    return recoverVersion(id);
  }

  /** Brings back `revision` from the history (default: the newest that reads cleanly) as a new revision. */
  async function recoverVersion(id: string, revision?: number): Promise<Engagement> {
    const engagement = await api.call(
      'engagements.recover',
      revision === undefined ? { id } : { id, revision },
    );
    await db.engagements.put(engagement);
    applySaved(engagement);
    outbox.noteRevision(id, engagement.revision);
    return engagement;
  }

  async function loadTrash(): Promise<void> {
    try {
      trash.value = (await api.call('engagements.trash', {})).sort((a, b) =>
        b.deletedAt.localeCompare(a.deletedAt),
      );
      trashLoaded.value = true;
    } catch (e) {
      error.value = toApiError(e).message;
    }
  }

  /** Keeps the list in step with what the file store has just acknowledged. */
  function applySaved(engagement: Engagement): void {
    const summary = summarizeEngagement(engagement, today());
    if (summaries.value.some((s) => s.id === engagement.id)) upsert(summary);
    void db.summaries.put(summary);
  }

  outbox.onSaved(applySaved);

  return {
    summaries,
    source,
    loading,
    error,
    trash,
    trashLoaded,
    load,
    create,
    createFilled,
    remove,
    restore,
    recover,
    recoverVersion,
    loadTrash,
    applySaved,
  };
});
