import type { ApiClient } from '@shared/api';
import type { Engagement } from '@shared/domain/engagement';
import { applyChanges, type Change } from '@/lib/changes';
import type { JournalRecord, OutboxJournal } from '@/db/outbox-journal';
import type { OutboxQueue } from '@/db/outbox-queue';

export interface RecoveryDeps {
  journal: OutboxJournal;
  queue: OutboxQueue;
  api: ApiClient;
}

/**
 * Start-up: moves what the journal kept into the queue. Per programme, the
 * records newer than its queued snapshot are replayed onto that snapshot in
 * the order they were made; with no snapshot queued, onto the version the file
 * store last acknowledged (the cache, else the file store itself). A record
 * that replaces the whole document needs no base. The result is queued, and
 * only then are the records forgotten; records that find no base stay for the
 * next start.
 *
 * The queued entry carries the newest revision the records were made on, not
 * the base's: if the base is a newer version from elsewhere, the save is
 * refused as a conflict and the user decides, as with any stale edit.
 */
export async function recoverJournal(records: readonly JournalRecord[], deps: RecoveryDeps): Promise<void> {
  const byId = new Map<string, JournalRecord[]>();
  for (const record of records) byId.set(record.id, [...(byId.get(record.id) ?? []), record]);
  for (const [id, list] of byId) {
    try {
      await recoverOne(id, list, deps);
    } catch (error) {
      console.error(
        `Outbox journal for ${id} could not be moved into IndexedDB; it stays in localStorage`,
        error,
      );
    }
  }
}

async function recoverOne(id: string, records: JournalRecord[], deps: RecoveryDeps): Promise<void> {
  const { journal, queue, api } = deps;
  const entry = await queue.get(id);
  const newer = records.filter((record) => record.at > (entry?.queuedAt ?? -1)).sort((a, b) => a.at - b.at);
  const last = newer.at(-1);
  if (!last) {
    // The queued snapshot already holds all of it.
    journal.forget(records);
    return;
  }
  const changes: Change[] = newer.flatMap((record) => record.changes);
  const whole = changes.findLastIndex((change) => change.path.length === 0 && !('removed' in change));
  let base: Engagement | undefined;
  if (whole === -1) {
    base = entry?.engagement ?? (await queue.cached(id)) ?? (await latest(api, id));
    if (!base) {
      console.warn(`Outbox journal for ${id} has no version to replay onto yet; kept for the next start`);
      return;
    }
  }
  const engagement = applyChanges(base, whole === -1 ? changes : changes.slice(whole));
  if (!engagement) return;
  const baseRevision = Math.max(entry?.baseRevision ?? 0, ...newer.map((record) => record.base));
  await queue.putIfNewer({ id, engagement, baseRevision, queuedAt: last.at });
  journal.forget(records);
}

async function latest(api: ApiClient, id: string): Promise<Engagement | undefined> {
  try {
    return await api.call('engagements.get', { id });
  } catch {
    return undefined;
  }
}
