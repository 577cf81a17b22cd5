import { z } from 'zod';
import type { Engagement } from '@shared/domain/engagement';
import type { OutboxEntry } from './forlob-db';

/**
 * A write-ahead journal for the outbox, kept in localStorage.
 *
 * Why: an IndexedDB write is asynchronous. Its transaction commits only after
 * the renderer has seen the put succeed, so a reload or crash a few
 * milliseconds after a keystroke can abort it and lose the edit. localStorage
 * is written synchronously in the same task as the keystroke, and Chromium
 * hands it to the browser process, which outlives the page. Each entry lives
 * here only until its Dexie write has committed; at start-up anything left is
 * moved into the Dexie outbox before the outbox is read.
 */
export const JOURNAL_PREFIX = 'forlob.outbox.';

/**
 * The snapshot is the user's draft as the UI held it, which may not pass the
 * full schema yet (the file store validates it on save). We check the shape
 * that recovery relies on and keep the rest as it was written.
 */
const JournalEntry = z.object({
  id: z.string().min(1).max(200),
  engagement: z.looseObject({ id: z.string(), revision: z.number().int().nonnegative() }),
  baseRevision: z.number().int().nonnegative(),
  queuedAt: z.number().int().nonnegative(),
});

const QUEUED_AT_FRONT = /^\{"queuedAt":(\d+),/;

export class OutboxJournal {
  constructor(private readonly storage: Storage | null) {}

  /**
   * Records `entry` synchronously. False when storage is missing or full (Dexie
   * alone must then do). Pass `engagementJson` when the caller has already
   * serialised the snapshot, so a keystroke pays for one stringify, not two.
   */
  write(entry: OutboxEntry, engagementJson: string = JSON.stringify(entry.engagement)): boolean {
    if (!this.storage) return false;
    // queuedAt first, so clear() can read it without parsing the whole snapshot.
    const text = `{"queuedAt":${entry.queuedAt},"id":${JSON.stringify(entry.id)},"baseRevision":${entry.baseRevision},"engagement":${engagementJson}}`;
    try {
      this.storage.setItem(JOURNAL_PREFIX + entry.id, text);
      return true;
    } catch (error) {
      console.warn('Outbox journal write failed; relying on IndexedDB alone', error);
      return false;
    }
  }

  /** Forgets the entry for `id`, but only if it is still the one queued at `queuedAt`. */
  clear(id: string, queuedAt: number): void {
    if (!this.storage) return;
    const key = JOURNAL_PREFIX + id;
    const raw = this.storage.getItem(key);
    if (raw === null) return;
    // Runs after every committed keystroke: read queuedAt from the front, parse only what write() did not produce.
    const front = QUEUED_AT_FRONT.exec(raw);
    const current = front ? Number(front[1]) : this.parse(raw)?.queuedAt;
    if (current === undefined || current <= queuedAt) this.storage.removeItem(key);
  }

  /** Forgets whatever is journalled for `id` (the user discarded the edit). */
  remove(id: string): void {
    this.storage?.removeItem(JOURNAL_PREFIX + id);
  }

  /** Every readable entry left behind; unreadable ones are dropped with a warning. */
  entries(): OutboxEntry[] {
    if (!this.storage) return [];
    const found: OutboxEntry[] = [];
    for (const key of this.keys()) {
      const entry = this.parse(this.storage.getItem(key));
      if (entry && JOURNAL_PREFIX + entry.id === key) found.push(entry);
      else {
        console.warn(`Outbox journal entry ${key} is unreadable and was dropped`);
        this.storage.removeItem(key);
      }
    }
    return found;
  }

  private keys(): string[] {
    const storage = this.storage;
    if (!storage) return [];
    const keys: string[] = [];
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key?.startsWith(JOURNAL_PREFIX)) keys.push(key);
    }
    return keys;
  }

  private parse(raw: string | null): OutboxEntry | null {
    if (raw === null) return null;
    try {
      const parsed = JournalEntry.safeParse(JSON.parse(raw));
      if (!parsed.success || parsed.data.engagement.id !== parsed.data.id) return null;
      // The draft keeps every field it was written with; see the note on JournalEntry.
      return { ...parsed.data, engagement: parsed.data.engagement as unknown as Engagement };
    } catch {
      return null;
    }
  }
}

/** The page's localStorage, or null where there is none (tests, locked-down profiles). */
export function defaultJournalStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
