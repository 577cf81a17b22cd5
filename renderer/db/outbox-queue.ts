import type { Engagement } from '@shared/domain/engagement';
import type { ForlobDb, OutboxEntry } from './forlob-db';

/**
 * The outbox's durable queue in IndexedDB: at most one snapshot per programme,
 * written when an edit is flushed (never per keystroke) and removed when the
 * file store has acknowledged it. It is what a restart sends on.
 */
export class OutboxQueue {
  constructor(private readonly db: ForlobDb) {}

  get(id: string): Promise<OutboxEntry | undefined> {
    return this.db.outbox.get(id);
  }

  all(): Promise<OutboxEntry[]> {
    return this.db.outbox.toArray();
  }

  async put(entry: OutboxEntry): Promise<void> {
    await this.db.outbox.put(entry);
  }

  /** Puts `entry` unless the queue already holds a newer snapshot of that programme. */
  async putIfNewer(entry: OutboxEntry): Promise<void> {
    await this.db.transaction('rw', this.db.outbox, async () => {
      const existing = await this.db.outbox.get(entry.id);
      if (!existing || existing.queuedAt < entry.queuedAt) await this.db.outbox.put(entry);
    });
  }

  /**
   * The file store saved the snapshot queued at `queuedAt` as `saved`: cache
   * it, and drop the queued entry unless a newer one replaced it meanwhile (it
   * then builds on `saved.revision`). True when such a newer entry waits.
   */
  acknowledge(id: string, queuedAt: number, saved: Engagement): Promise<boolean> {
    return this.db.transaction('rw', this.db.outbox, this.db.engagements, async () => {
      await this.db.engagements.put(saved);
      const current = await this.db.outbox.get(id);
      if (!current) return false;
      if (current.queuedAt <= queuedAt) {
        await this.db.outbox.delete(id);
        return false;
      }
      await this.db.outbox.update(id, { baseRevision: saved.revision });
      return true;
    });
  }

  /** The queued snapshot now builds on `revision` (the user kept their edit over a newer version). */
  async rebase(id: string, revision: number): Promise<void> {
    await this.db.outbox.update(id, { baseRevision: revision });
  }

  async remove(id: string): Promise<void> {
    await this.db.outbox.delete(id);
  }

  /** The last version of the programme the file store acknowledged, as cached. */
  cached(id: string): Promise<Engagement | undefined> {
    return this.db.engagements.get(id);
  }
}
