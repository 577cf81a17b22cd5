import { dequal } from 'dequal';
import type { EngagementSummary } from '@shared/domain/engagement';

/**
 * Newest change first. updatedAt is always an ISO timestamp in UTC from the
 * file store, so comparing the strings orders them; localeCompare would pay for
 * collation on every one of the ~10,000 comparisons a list of 1,000 needs.
 */
export function byRecent(a: EngagementSummary, b: EngagementSummary): number {
  return a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0;
}

/**
 * The list with the rows of programmes that have unsaved edits replaced by
 * what those edits say (keeping the revision the file store has). A damaged
 * row stays as it is: its warning matters more than an edit that cannot land.
 */
export function overlayPending(
  list: readonly EngagementSummary[],
  pending: ReadonlyMap<string, EngagementSummary>,
): EngagementSummary[] {
  if (pending.size === 0) return [...list];
  return list.map((row) => {
    const local = pending.get(row.id);
    return local && !row.damaged ? { ...local, revision: row.revision } : row;
  });
}

/**
 * `next`, with each row that says exactly what a row in `shown` says replaced
 * by that row, so Vue sees the same object and redraws only what changed (the
 * fresh list after the cached one is usually identical).
 */
export function keepUnchanged(
  shown: readonly EngagementSummary[],
  next: readonly EngagementSummary[],
): EngagementSummary[] {
  if (shown.length === 0) return [...next];
  const byId = new Map(shown.map((row) => [row.id, row]));
  return next.map((row) => {
    const old = byId.get(row.id);
    return old && dequal(old, row) ? old : row;
  });
}

export interface CacheChanges {
  put: EngagementSummary[];
  remove: string[];
}

/**
 * What the cache must write to hold `next`, given what it holds now: usually
 * nothing at all. The cache may have moved on since `next` was fetched (a save
 * acknowledged, a programme created), so a row with a newer revision stays,
 * and a row still in `shown` is not removed.
 */
export function cacheChanges(
  current: readonly EngagementSummary[],
  next: readonly EngagementSummary[],
  shown: ReadonlySet<string>,
): CacheChanges {
  const held = new Map(current.map((row) => [row.id, row]));
  const put = next.filter((row) => {
    const old = held.get(row.id);
    return !old || (old.revision <= row.revision && !dequal(old, row));
  });
  const wanted = new Set(next.map((row) => row.id));
  const remove = current.filter((row) => !wanted.has(row.id) && !shown.has(row.id)).map((row) => row.id);
  return { put, remove };
}
