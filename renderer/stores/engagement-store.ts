import { defineStore } from 'pinia';
import { computed, reactive, ref, toRaw } from 'vue';
import type { Engagement } from '@shared/domain/engagement';
import { ApiError } from '@shared/errors';
import { useAppServices } from '@/app-services';
import { toApiError } from '@/api/api-result';
import { ChangeRecorder } from '@/lib/change-recorder';
import { applyChanges, copyChanges } from '@/lib/changes';
import { UndoHistory } from '@/lib/undo-history';
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
  /** Undo and redo within this session, for the programme that is open; cleared when another opens or the file store's version replaces it. */
  const history = new UndoHistory();
  const canUndo = ref(false);
  const canRedo = ref(false);
  const syncHistory = () => {
    canUndo.value = history.canUndo;
    canRedo.value = history.canRedo;
  };
  const clearHistory = () => {
    history.clear();
    syncHistory();
  };

  const conflict = computed(() => (current.value ? outbox.conflictFor(current.value.id) : undefined));
  const saveError = computed(() => (current.value ? outbox.errorFor(current.value.id) : undefined));

  async function open(id: string): Promise<void> {
    openId = id;
    loadState.value = 'loading';
    loadError.value = '';
    damaged.value = null;
    offline.value = false;
    if (current.value?.id !== id) {
      current.value = null;
      clearHistory();
    }

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
    record(engagement, mutate, 'edit');
  }

  function record(
    engagement: Engagement,
    mutate: (draft: Engagement) => void,
    kind: 'edit' | 'undo' | 'redo',
  ): void {
    const raw = toRaw(engagement);
    const recorder = new ChangeRecorder(raw, {
      writeThrough: (target) => reactive(target) as typeof target,
      toRaw,
      keepBefore: kind === 'edit',
    });
    try {
      mutate(recorder.draft);
    } finally {
      // Even if mutate threw part-way: what it changed is on screen and must be kept.
      const changes = recorder.changes();
      outbox.edit(raw, changes);
      if (kind === 'edit' && changes.length > 0) {
        // The changes hold live values; the history keeps copies.
        history.record(recorder.inverse(), copyChanges(changes), Date.now());
        syncHistory();
      }
    }
  }

  /** Ctrl+Z: takes back the last edit of this session (typing in one field counts as one edit). */
  function undo(): boolean {
    const engagement = current.value;
    if (!engagement || loadState.value !== 'ready') return false;
    const step = history.takeUndo();
    syncHistory();
    if (!step) return false;
    record(engagement, (draft) => applyChanges(draft, copyChanges(step.undo)), 'undo');
    return true;
  }

  /** Ctrl+Shift+Z: does again what undo took back. */
  function redo(): boolean {
    const engagement = current.value;
    if (!engagement || loadState.value !== 'ready') return false;
    const step = history.takeRedo();
    syncHistory();
    if (!step) return false;
    record(engagement, (draft) => applyChanges(draft, copyChanges(step.redo)), 'redo');
    return true;
  }

  /**
   * Brings back a saved version from the store's history. Pending edits are
   * saved first, so the version being replaced is itself in the history and
   * can be brought back in turn.
   */
  async function restoreVersion(revision: number): Promise<Engagement> {
    const engagement = current.value;
    if (!engagement) throw new Error('Intet forløb er åbent.');
    const id = engagement.id;
    await outbox.flush(id);
    if (outbox.hasPending(id)) {
      throw new ApiError(
        'conflict',
        'Dine seneste ændringer er ikke gemt endnu, så en ældre version kan ikke hentes tilbage lige nu. Prøv igen om lidt.',
      );
    }
    const restored = await engagements.recoverVersion(id, revision);
    if (openId === id) {
      current.value = restored;
      clearHistory();
    }
    return restored;
  }

  /** Conflict: throw away the local edit and show what the file store has. */
  async function reloadLatest(): Promise<void> {
    const id = current.value?.id ?? openId;
    if (!id) return;
    await outbox.discard(id);
    clearHistory();
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
    clearHistory();
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
    undo,
    redo,
    canUndo,
    canRedo,
    restoreVersion,
    reloadLatest,
    keepMine,
    recover,
  };
});
