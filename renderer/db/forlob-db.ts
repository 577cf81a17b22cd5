import { Dexie, type EntityTable } from 'dexie';
import type { Engagement, EngagementSummary } from '@shared/domain/engagement';
import { migrate } from '@shared/domain/migrations';

/**
 * One pending save per programme. `engagement` is the full snapshot to write;
 * `baseRevision` is the revision the file store last acknowledged, which the
 * save must carry. `queuedAt` (ms, strictly increasing) is the newest edit
 * the snapshot holds: journalled edits after it are replayed onto it at
 * start, and it tells a flush whether the entry it sent was replaced.
 */
export interface OutboxEntry {
  id: string;
  engagement: Engagement;
  baseRevision: number;
  queuedAt: number;
}

/**
 * The renderer's side of storage (see DESIGN.md, Storage): a cache for an
 * instant start and the outbox that keeps edits safe across a reload or crash.
 * The file store in main is the record; nothing here is authoritative except
 * edits that have not been acknowledged yet.
 */
export class ForlobDb extends Dexie {
  summaries!: EntityTable<EngagementSummary, 'id'>;
  engagements!: EntityTable<Engagement, 'id'>;
  outbox!: EntityTable<OutboxEntry, 'id'>;

  constructor(name = 'forlob') {
    super(name);
    this.version(1).stores({
      summaries: 'id, updatedAt',
      engagements: 'id',
      outbox: 'id, queuedAt',
    });
    // Schema 2 of a programme (the workspace): the cache is dropped (the file
    // store has it, migrated); a pending edit is migrated, never dropped.
    this.version(2)
      .stores({})
      .upgrade(async (tx) => {
        await tx.table('engagements').clear();
        await tx
          .table<OutboxEntry, string>('outbox')
          .toCollection()
          .modify((entry) => {
            const result = migrate(entry.engagement);
            if (result.ok) entry.engagement = result.doc as unknown as Engagement;
          });
      });
  }
}
