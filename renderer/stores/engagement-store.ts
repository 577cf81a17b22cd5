import { defineStore } from 'pinia';
import { computed, reactive, ref, toRaw } from 'vue';
import type { Engagement } from '@shared/domain/engagement';
import type { ApiError } from '@shared/errors';
import { useAppServices } from '@/app-services';
import { toApiError } from '@/api/api-result';
import { ChangeRecorder } from '@/lib/change-recorder';
import { useOutboxStore } from './outbox-store';
import { useEngagementsStore } from './engagements-store';

export type LoadState = 'idle' | 'loading' | 'ready' | 'not-found' | 'damaged' | 'error';

export interface DamagedInfo {
  file: string;
  message: string;
  lastGoodRevision?: number;
}

function damagedInfo(error: ApiError): DamagedInfo {
  const details = error.details ?? {};
  const info: DamagedInfo = {
    file: typeof details.file === 'string' ? details.file : '',
    message: error.message,
  };
  if (typeof details.lastGoodRevision === 'number') info.lastGoodRevision = details.lastGoodRevision;
  return info;
}

/**
 * The programme that is open on the programme page. Every edit goes through
 * `update`, which changes the state and hands the outbox what changed (paths
 * and new values) in the same tick. On open, an edit still in the outbox wins
 * over the cache and the file store, since it holds the user's newest words.
 */
export const useEngagementStore = defineStore('engagement', () => {
  const { api, db } = useAppServices();
  const outbox = useOutboxStore();
  const engagements = useEngagementsStore();

  const current = ref<Engagement | null>(null);
  const loadState = ref<LoadState>('idle');
  const loadError = ref('');
  const damaged = ref<DamagedInfo | null>(null);
  /** True when the file store could not be reached and we show the local copy. */
  const offline = ref(false);
  let openId: string | null = null;

  const conflict = computed(() => (current.value ? outbox.conflictFor(current.value.id) : undefined));
  const saveError = computed(() => (current.value ? outbox.errorFor(current.value.id) : undefined));

  async function open(id: string): Promise<void> {
    openId = id;
    loadState.value = 'loading';
    loadError.value = '';
    damaged.value = null;
    offline.value = false;
    if (current.value?.id !== id) current.value = null;

    const [entry, cached] = await Promise.all([outbox.pendingEntry(id), db.engagements.get(id)]);
    if (openId !== id) return;
    if (entry) {
      current.value = { ...entry.engagement, revision: entry.baseRevision };
      loadState.value = 'ready';
    } else if (cached) {
      current.value = cached;
      loadState.value = 'ready';
    }

    try {
      const fresh = await api.call('engagements.get', { id });
      await db.engagements.put(fresh);
      outbox.noteRevision(id, fresh.revision);
      if (openId !== id) return;
      // Local edits not yet acknowledged stay on screen; the outbox sends them on.
      if (!entry && !outbox.hasPending(id)) current.value = fresh;
      loadState.value = 'ready';
    } catch (e) {
      if (openId !== id) return;
      const error = toApiError(e);
      if (error.code === 'damaged') {
        damaged.value = damagedInfo(error);
        loadState.value = 'damaged';
      } else if (error.code === 'not_found') {
        current.value = null;
        loadState.value = 'not-found';
      } else if (current.value) {
        offline.value = true;
      } else {
        loadError.value = error.message;
        loadState.value = 'error';
      }
    }
  }

  function close(): void {
    openId = null;
  }

  /**
   * Applies an edit and queues it. Components never write to `current`
   * directly. `mutate` edits a recording stand-in: its writes reach the page
   * through Vue's reactive proxy, and what it touched goes to the outbox as
   * changes, so a keystroke never copies or serialises the whole programme.
   */
  function update(mutate: (draft: Engagement) => void): void {
    const engagement = current.value;
    if (!engagement || loadState.value !== 'ready') return;
    const raw = toRaw(engagement);
    const recorder = new ChangeRecorder(raw, {
      writeThrough: (target) => reactive(target) as typeof target,
      toRaw,
    });
    try {
      mutate(recorder.draft);
    } finally {
      // Even if mutate threw part-way: what it changed is on screen and must be kept.
      outbox.edit(raw, recorder.changes());
    }
  }

  /** Conflict: throw away the local edit and show what the file store has. */
  async function reloadLatest(): Promise<void> {
    const id = current.value?.id ?? openId;
    if (!id) return;
    await outbox.discard(id);
    await open(id);
  }

  /** Conflict: keep the local edit and save it on top of the newest revision. */
  async function keepMine(): Promise<void> {
    const engagement = current.value;
    if (!engagement) return;
    const latest = await api.call('engagements.get', { id: engagement.id });
    engagement.revision = latest.revision;
    await outbox.rebase(engagement.id, latest.revision);
  }

  /** Damaged: bring back the last version that reads cleanly. */
  async function recover(): Promise<void> {
    const id = current.value?.id ?? openId;
    if (!id) return;
    const engagement = await engagements.recover(id);
    await outbox.discard(id);
    if (openId !== id) return;
    current.value = engagement;
    damaged.value = null;
    loadState.value = 'ready';
  }

  outbox.onSaved((saved) => {
    const engagement = current.value;
    if (!engagement || engagement.id !== saved.id) return;
    engagement.revision = saved.revision;
    engagement.updatedAt = saved.updatedAt;
  });

  return {
    current,
    loadState,
    loadError,
    damaged,
    offline,
    conflict,
    saveError,
    open,
    close,
    update,
    reloadLatest,
    keepMine,
    recover,
  };
});
