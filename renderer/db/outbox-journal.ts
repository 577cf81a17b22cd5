import { z } from 'zod';
import { isSafePath, type Change } from '@/lib/changes';

/**
 * A write-ahead journal of edits, kept in localStorage.
 *
 * Why: an IndexedDB write is asynchronous, and the outbox writes the whole
 * programme to IndexedDB only now and then (a snapshot per flush), never per
 * keystroke. localStorage is written synchronously in the same task as the
 * keystroke, and Chromium hands it to the browser process, which outlives
 * the page. So each edit is journalled here as the change it made (path and
 * new value: the size of the edit, not of the programme) and stays until an
 * IndexedDB snapshot that holds it has committed. At start-up whatever is
 * left is replayed onto the newest snapshot (see outbox/recover-journal.ts).
 *
 * One key per record, `forlob.outbox.<id>.<at>`. Typing into one field
 * rewrites that field's record instead of adding one per key, so the journal
 * grows with the fields edited, not with the keys pressed.
 */
export const JOURNAL_PREFIX = 'forlob.outbox.';

export interface JournalRecord {
  /** The programme's id. */
  id: string;
  /** When the newest edit in this record was made: the outbox's queuedAt clock. */
  at: number;
  /** The revision the file store had acknowledged when the edit was made. */
  base: number;
  changes: Change[];
  /** Its localStorage key. */
  key: string;
}

const Path = z
  .array(z.union([z.string().max(200), z.number().int().nonnegative()]))
  .max(32)
  .refine(isSafePath);

const StoredRecord = z.object({
  id: z.string().min(1).max(200),
  at: z.number().int().nonnegative(),
  base: z.number().int().nonnegative(),
  changes: z.array(
    z.union([
      z.object({ path: Path, removed: z.literal(true) }),
      z.object({ path: Path, value: z.unknown() }),
    ]),
  ),
});

/**
 * What journals of earlier versions held: the whole snapshot. Read as one
 * change that replaces the document. Only the shape recovery relies on is
 * checked; the file store validates the rest on save.
 */
const SnapshotRecord = z.object({
  id: z.string().min(1).max(200),
  engagement: z.looseObject({ id: z.string(), revision: z.number().int().nonnegative() }),
  baseRevision: z.number().int().nonnegative(),
  queuedAt: z.number().int().nonnegative(),
});

const sameSpot = (a: readonly Change[], b: readonly Change[]) =>
  a.length === b.length && a.every((change, i) => change.path.join('\u0000') === b[i]?.path.join('\u0000'));

export class OutboxJournal {
  /** This session's records per programme: key → at. */
  private readonly written = new Map<string, Map<string, number>>();
  /** The newest record per programme, so the next edit of the same fields can take its place. */
  private readonly last = new Map<string, { key: string; changes: readonly Change[] }>();
  private failing = false;

  constructor(private readonly storage: Storage | null) {}

  /**
   * Records `changes` synchronously. False when storage is missing or full
   * (the outbox then writes to IndexedDB at once instead).
   */
  record(id: string, at: number, base: number, changes: readonly Change[]): boolean {
    if (!this.storage) return false;
    const mine = this.written.get(id) ?? new Map<string, number>();
    const last = this.last.get(id);
    const key =
      last && mine.has(last.key) && sameSpot(last.changes, changes)
        ? last.key
        : `${JOURNAL_PREFIX}${id}.${at}`;
    try {
      this.storage.setItem(key, JSON.stringify({ id, at, base, changes }));
    } catch (error) {
      if (!this.failing) console.warn('Outbox journal write failed; relying on IndexedDB alone', error);
      this.failing = true;
      return false;
    }
    this.failing = false;
    mine.set(key, at);
    this.written.set(id, mine);
    this.last.set(id, { key, changes });
    return true;
  }

  /** Forgets this session's records for `id` made at or before `upTo` (a snapshot that holds them is safe). */
  clear(id: string, upTo: number): void {
    const mine = this.written.get(id);
    if (!mine || !this.storage) return;
    for (const [key, at] of mine) {
      if (at > upTo) continue;
      this.storage.removeItem(key);
      mine.delete(key);
    }
  }

  /** Forgets everything journalled for `id`, from this session or an earlier one (the user discarded the edit). */
  remove(id: string): void {
    this.written.delete(id);
    this.last.delete(id);
    for (const key of this.keys()) {
      if (key === JOURNAL_PREFIX + id || key.startsWith(`${JOURNAL_PREFIX}${id}.`))
        this.storage?.removeItem(key);
    }
  }

  /** What earlier sessions left, oldest first; unreadable records are dropped with a warning. */
  leftovers(): JournalRecord[] {
    const storage = this.storage;
    if (!storage) return [];
    const mine = new Set([...this.written.values()].flatMap((keys) => [...keys.keys()]));
    const found: JournalRecord[] = [];
    for (const key of this.keys()) {
      if (mine.has(key)) continue;
      const record = parse(key, storage.getItem(key));
      if (record) found.push(record);
      else {
        console.warn(`Outbox journal entry ${key} is unreadable and was dropped`);
        storage.removeItem(key);
      }
    }
    return found.sort((a, b) => a.at - b.at);
  }

  /** Drops records read by `leftovers()` once they are safe elsewhere. */
  forget(records: readonly JournalRecord[]): void {
    for (const record of records) this.storage?.removeItem(record.key);
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
}

/** The programme id a key belongs to: `forlob.outbox.<id>` (a snapshot) or `forlob.outbox.<id>.<at>`. */
function idOfKey(key: string): string {
  const rest = key.slice(JOURNAL_PREFIX.length);
  const dot = rest.indexOf('.');
  return dot === -1 ? rest : rest.slice(0, dot);
}

function parse(key: string, raw: string | null): JournalRecord | null {
  if (raw === null) return null;
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return null;
  }
  const record = StoredRecord.safeParse(json);
  if (record.success) {
    if (record.data.id !== idOfKey(key)) return null;
    const changes: Change[] = record.data.changes.map((change) =>
      'removed' in change || change.value === undefined
        ? { path: change.path, removed: true }
        : { path: change.path, value: change.value },
    );
    // A change of the whole document must be a programme with this id.
    const whole = changes.find((change) => change.path.length === 0);
    if (whole && !isProgramme(whole, record.data.id)) return null;
    return { ...record.data, changes, key };
  }
  const snapshot = SnapshotRecord.safeParse(json);
  if (
    !snapshot.success ||
    snapshot.data.engagement.id !== snapshot.data.id ||
    snapshot.data.id !== idOfKey(key)
  ) {
    return null;
  }
  return {
    id: snapshot.data.id,
    at: snapshot.data.queuedAt,
    base: snapshot.data.baseRevision,
    changes: [{ path: [], value: snapshot.data.engagement }],
    key,
  };
}

function isProgramme(change: Change, id: string): boolean {
  if ('removed' in change) return false;
  const shape = SnapshotRecord.shape.engagement.safeParse(change.value);
  return shape.success && shape.data.id === id;
}

/** The page's localStorage, or null where there is none (tests, locked-down profiles). */
export function defaultJournalStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
