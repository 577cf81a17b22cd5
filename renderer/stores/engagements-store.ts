import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { CreateEngagementArg } from '@shared/domain/create-engagement-arg';
import type { Engagement, EngagementSummary } from '@shared/domain/engagement';
import type { TrashEntry } from '@shared/api';
import { localToday } from '@shared/domain/schedule';
import { useAppServices } from '@/app-services';
import { toApiError } from '@/api/api-result';
import { summarizeEngagement } from '@shared/domain/engagement-summary';
import { useOutboxStore } from './outbox-store';

function byRecent(a: EngagementSummary, b: EngagementSummary): number {
  return b.updatedAt.localeCompare(a.updatedAt);
}

/**
 * The programme list: shown at once from the Dexie cache, then refreshed from
 * the file store. Edits still in the outbox are laid over the list, so the
 * start screen never shows an older title than the programme page.
 */
export const useEngagementsStore = defineStore('engagements', () => {
  const services = useAppServices();
  const { api, db } = services;
  const today = services.today ?? (() => localToday());
  const outbox = useOutboxStore();

  const summaries = ref<EngagementSummary[]>([]);
  /** 'cache' once the Dexie copy is shown, 'fresh' once the file store has answered. */
  const source = ref<'none' | 'cache' | 'fresh'>('none');
  const loading = ref(false);
  const error = ref('');
  const trash = ref<TrashEntry[]>([]);
  const trashLoaded = ref(false);

  async function withOutbox(list: EngagementSummary[]): Promise<EngagementSummary[]> {
    const entries = await outbox.pendingEntries();
    if (entries.length === 0) return list;
    const local = new Map(entries.map((e) => [e.id, summarizeEngagement(e.engagement, today())]));
    return list.map((s) => {
      const overlay = local.get(s.id);
      return overlay && !s.damaged ? { ...overlay, revision: s.revision } : s;
    });
  }

  function upsert(summary: EngagementSummary): void {
    const index = summaries.value.findIndex((s) => s.id === summary.id);
    if (index === -1) summaries.value = [summary, ...summaries.value];
    else summaries.value.splice(index, 1, summary);
  }

  async function load(): Promise<void> {
    loading.value = true;
    error.value = '';
    try {
      if (source.value === 'none') {
        const cached = await db.summaries.toArray();
        if (source.value === 'none') {
          summaries.value = (await withOutbox(cached)).sort(byRecent);
          source.value = 'cache';
        }
      }
      const fresh = await api.call('engagements.list', {});
      await db.transaction('rw', db.summaries, async () => {
        await db.summaries.clear();
        await db.summaries.bulkPut(fresh);
      });
      summaries.value = (await withOutbox(fresh)).sort(byRecent);
      source.value = 'fresh';
    } catch (e) {
      error.value = toApiError(e).message;
    } finally {
      loading.value = false;
    }
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
    summaries.value.sort(byRecent);
    trash.value = trash.value.filter((t) => t.id !== id);
    return engagement;
  }

  /** Brings back the newest version of a damaged programme that reads cleanly. */
  async function recover(id: string): Promise<Engagement> {
    const engagement = await api.call('engagements.recover', { id });
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
    remove,
    restore,
    recover,
    loadTrash,
    applySaved,
  };
});
