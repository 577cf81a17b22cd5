import { afterEach, describe, expect, it, vi } from 'vitest';
import { JOURNAL_PREFIX, OutboxJournal } from '@/db/outbox-journal';
import { MemoryStorage } from './memory-storage';

// The journal's own rules: one small record per edited field, rewritten while
// the same field is typed into, cleared only up to what a snapshot holds.

const title = (value: string) => [{ path: ['title'], value }];
const unit = (value: string) => [{ path: ['client', 'unit'], value }];

afterEach(() => vi.restoreAllMocks());

function journalKeys(storage: MemoryStorage): string[] {
  return Array.from({ length: storage.length }, (_, i) => storage.key(i) ?? '').filter((k) =>
    k.startsWith(JOURNAL_PREFIX),
  );
}

describe('OutboxJournal', () => {
  it('keeps typing into one field as one record holding the newest value', () => {
    const storage = new MemoryStorage();
    const journal = new OutboxJournal(storage);
    for (let i = 1; i <= 50; i++) journal.record('e1', 1_000 + i, 3, title('T'.repeat(i)));
    expect(journalKeys(storage)).toEqual([`${JOURNAL_PREFIX}e1.1001`]);

    const [record] = new OutboxJournal(storage).leftovers();
    expect(record).toMatchObject({ id: 'e1', at: 1_050, base: 3, changes: title('T'.repeat(50)) });
  });

  it('starts a new record when another field is edited, and replays them in order', () => {
    const storage = new MemoryStorage();
    const journal = new OutboxJournal(storage);
    journal.record('e1', 1, 1, title('A'));
    journal.record('e1', 2, 1, unit('B'));
    journal.record('e1', 3, 1, title('AC'));
    const records = new OutboxJournal(storage).leftovers();
    expect(records.map((r) => [r.at, r.changes])).toEqual([
      [1, title('A')],
      [2, unit('B')],
      [3, title('AC')],
    ]);
  });

  it('clears only the records a snapshot holds, and a record rewritten after it stays', () => {
    const storage = new MemoryStorage();
    const journal = new OutboxJournal(storage);
    journal.record('e1', 1, 1, unit('B'));
    journal.record('e1', 2, 1, title('A'));
    journal.record('e2', 3, 1, title('other programme'));
    // A snapshot taken at 2 is being written; meanwhile the title is typed on.
    journal.record('e1', 4, 1, title('AB'));
    journal.clear('e1', 2);
    const left = new OutboxJournal(storage).leftovers();
    expect(left.map((r) => [r.id, r.at])).toEqual([
      ['e2', 3],
      ['e1', 4],
    ]);
  });

  it('does not hand this session its own records as leftovers', () => {
    const storage = new MemoryStorage();
    storage.setItem(
      `${JOURNAL_PREFIX}e1.5`,
      JSON.stringify({ id: 'e1', at: 5, base: 1, changes: title('old') }),
    );
    const journal = new OutboxJournal(storage);
    journal.record('e1', 6, 1, unit('mine'));
    expect(journal.leftovers().map((r) => r.at)).toEqual([5]);
  });

  it('reads a snapshot left by an earlier version as a change of the whole programme', () => {
    const storage = new MemoryStorage();
    const engagement = { id: 'e1', revision: 2, title: 'Hele forløbet' };
    storage.setItem(
      `${JOURNAL_PREFIX}e1`,
      JSON.stringify({ id: 'e1', engagement, baseRevision: 2, queuedAt: 9 }),
    );
    expect(new OutboxJournal(storage).leftovers()).toEqual([
      { id: 'e1', at: 9, base: 2, changes: [{ path: [], value: engagement }], key: `${JOURNAL_PREFIX}e1` },
    ]);
  });

  it('drops records that could do harm or belong to another key', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const storage = new MemoryStorage();
    const put = (key: string, value: unknown) => storage.setItem(JOURNAL_PREFIX + key, JSON.stringify(value));
    put('e1.1', { id: 'e1', at: 1, base: 1, changes: [{ path: ['__proto__', 'x'], value: 1 }] });
    put('e1.2', { id: 'e2', at: 2, base: 1, changes: title('wrong key') });
    put('e1.3', { id: 'e1', at: 3, base: 1, changes: [{ path: [], value: { id: 'e9', revision: 1 } }] });
    put('e1.4', { id: 'e1', at: 4, base: 1, changes: title('good') });
    expect(new OutboxJournal(storage).leftovers().map((r) => r.at)).toEqual([4]);
    expect(warn).toHaveBeenCalledTimes(3);
    expect(journalKeys(storage)).toEqual([`${JOURNAL_PREFIX}e1.4`]);
  });

  it('reports a full localStorage once and says so to the caller', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const storage = new MemoryStorage();
    storage.failWrites = true;
    const journal = new OutboxJournal(storage);
    expect(journal.record('e1', 1, 1, title('A'))).toBe(false);
    expect(journal.record('e1', 2, 1, title('AB'))).toBe(false);
    expect(warn).toHaveBeenCalledOnce();
    storage.failWrites = false;
    expect(journal.record('e1', 3, 1, title('ABC'))).toBe(true);
  });

  it('forgets every record of a discarded programme, from any session', () => {
    const storage = new MemoryStorage();
    storage.setItem(
      `${JOURNAL_PREFIX}e1.5`,
      JSON.stringify({ id: 'e1', at: 5, base: 1, changes: title('x') }),
    );
    storage.setItem(
      `${JOURNAL_PREFIX}e10.6`,
      JSON.stringify({ id: 'e10', at: 6, base: 1, changes: title('y') }),
    );
    const journal = new OutboxJournal(storage);
    journal.record('e1', 7, 1, title('xy'));
    journal.remove('e1');
    expect(journalKeys(storage)).toEqual([`${JOURNAL_PREFIX}e10.6`]);
  });
});
