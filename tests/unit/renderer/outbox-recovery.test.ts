// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ApiClient } from '@shared/api';
import type { Engagement } from '@shared/domain/engagement';
import { ForlobDb } from '@/db/forlob-db';
import { JOURNAL_PREFIX, OutboxJournal, type JournalRecord } from '@/db/outbox-journal';
import { OutboxQueue } from '@/db/outbox-queue';
import { recoverJournal } from '@/outbox/recover-journal';
import { useOutboxStore } from '@/stores/outbox-store';
import { useEngagementStore } from '@/stores/engagement-store';
import { useSaveStateStore } from '@/stores/save-state-store';
import { eventually } from '../../support/eventually';
import { FakeApi } from './fake-api';
import { MemoryStorage } from './memory-storage';
import { createTestContext, type TestContext } from './setup';

// Start-up after a reload or crash: the newest snapshot in IndexedDB plus the
// journalled changes made after it, replayed in the order they were made.

let dbCounter = 0;
let contexts: TestContext[] = [];

afterEach(() => {
  for (const ctx of contexts) useOutboxStore(ctx.pinia).stop();
  contexts = [];
  vi.restoreAllMocks();
});

function parts(api: ApiClient = new FakeApi()) {
  const storage = new MemoryStorage();
  const db = new ForlobDb(`forlob-recovery-${++dbCounter}`);
  return { storage, db, journal: new OutboxJournal(storage), queue: new OutboxQueue(db), api };
}

function record(id: string, at: number, base: number, changes: JournalRecord['changes']): JournalRecord {
  return { id, at, base, changes, key: `${JOURNAL_PREFIX}${id}.${at}` };
}

/** Writes records as an earlier session would have left them. */
function leave(storage: MemoryStorage, ...records: JournalRecord[]): void {
  for (const { key, ...rest } of records) storage.setItem(key, JSON.stringify(rest));
}

describe('recoverJournal', () => {
  it('replays the records newer than the queued snapshot onto it, in order, and drops the older ones', async () => {
    const api = new FakeApi();
    const seeded = api.seed();
    const { storage, journal, queue } = parts(api);
    await queue.put({
      id: seeded.id,
      engagement: { ...seeded, title: 'Snapshot' },
      baseRevision: 1,
      queuedAt: 10,
    });
    leave(
      storage,
      record(seeded.id, 8, 1, [{ path: ['title'], value: 'Ældre end snapshot' }]),
      record(seeded.id, 11, 1, [{ path: ['client', 'unit'], value: 'Efter snapshot' }]),
      record(seeded.id, 12, 2, [{ path: ['title'], value: 'Nyeste titel' }]),
    );

    await recoverJournal(new OutboxJournal(storage).leftovers(), { journal, queue, api });
    const entry = await queue.get(seeded.id);
    expect(entry?.engagement.title).toBe('Nyeste titel');
    expect(entry?.engagement.client.unit).toBe('Efter snapshot');
    // The newest revision an edit was made on: a save acknowledged before the crash counts.
    expect(entry?.baseRevision).toBe(2);
    expect(entry?.queuedAt).toBe(12);
    expect(storage.length).toBe(0);
  });

  it('with no snapshot queued, replays onto the cached version, else onto the file store’s', async () => {
    const api = new FakeApi();
    const cached = api.seed();
    const uncached = api.seed('ruc-dialog');
    const { storage, db, journal, queue } = parts(api);
    await db.engagements.put(cached);
    leave(
      storage,
      record(cached.id, 5, 1, [{ path: ['notes'], value: 'Kun i journalen' }]),
      record(uncached.id, 6, 1, [{ path: ['title'], value: 'Også kun i journalen' }]),
    );
    await recoverJournal(new OutboxJournal(storage).leftovers(), { journal, queue, api });
    expect(await queue.get(cached.id)).toMatchObject({
      engagement: { ...cached, notes: 'Kun i journalen' },
      baseRevision: 1,
    });
    expect((await queue.get(uncached.id))?.engagement).toEqual({
      ...uncached,
      title: 'Også kun i journalen',
    });
    expect(storage.length).toBe(0);
  });

  it('keeps the records for the next start when there is nothing to replay them onto', async () => {
    const api = new FakeApi();
    const { storage, journal, queue } = parts(api);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    leave(storage, record('ukendt', 5, 1, [{ path: ['title'], value: 'x' }]));
    await recoverJournal(new OutboxJournal(storage).leftovers(), { journal, queue, api });
    expect(await queue.all()).toEqual([]);
    expect(storage.length).toBe(1);
    expect(warn).toHaveBeenCalledOnce();
  });

  it('needs no base for a whole-programme record, and applies what came after it on top', async () => {
    const api = new FakeApi();
    const seeded = api.seed();
    const { storage, journal, queue } = parts(api);
    storage.setItem(
      JOURNAL_PREFIX + seeded.id,
      JSON.stringify({
        id: seeded.id,
        engagement: { ...seeded, title: 'Hel' },
        baseRevision: 1,
        queuedAt: 3,
      }),
    );
    leave(storage, record(seeded.id, 4, 1, [{ path: ['notes'], value: 'Bagefter' }]));
    const calls = api.calls.length;
    await recoverJournal(new OutboxJournal(storage).leftovers(), { journal, queue, api });
    expect((await queue.get(seeded.id))?.engagement).toEqual({ ...seeded, title: 'Hel', notes: 'Bagefter' });
    expect(api.calls.length).toBe(calls);
  });
});

/** A page that only flushes when told to: whatever it has not flushed when the test moves on is lost with it. */
function crashingPage(api: ApiClient): TestContext {
  const ctx = createTestContext(api);
  ctx.services.flushDelayMs = 60_000;
  contexts.push(ctx);
  return ctx;
}

describe('outbox after a crash', () => {
  it('brings back edits from before and after the last snapshot, and saves all of them', async () => {
    const api = new FakeApi();
    const seeded = api.seed();
    // The first page's saves never come back: the page dies with them in flight.
    const hanging: ApiClient = {
      call: (method, arg) =>
        method === 'engagements.save' ? new Promise(() => undefined) : api.call(method, arg),
    };
    const first = crashingPage(hanging);
    const editor = useEngagementStore(first.pinia);
    await editor.open(seeded.id);
    editor.update((e) => {
      e.title = 'Før snapshot';
    });
    // A flush stores a snapshot and sends it (which hangs).
    void useOutboxStore(first.pinia).flush(seeded.id);
    await eventually(async () =>
      expect((await first.db.outbox.get(seeded.id))?.engagement.title).toBe('Før snapshot'),
    );
    editor.update((e) => {
      e.client.unit = 'Efter snapshot';
    });
    editor.update((e) => {
      e.brief.purpose = 'Også efter';
    });
    // Crash: no flush, no cleanup. The second page shares IndexedDB and localStorage.
    const second = createTestContext(api, first.db, first.storage);
    contexts.push(second);
    const reopened = useEngagementStore(second.pinia);
    const started = useOutboxStore(second.pinia).start();
    await reopened.open(seeded.id);
    expect(reopened.current).toMatchObject({
      title: 'Før snapshot',
      client: { unit: 'Efter snapshot' },
      brief: { purpose: 'Også efter' },
      revision: 1,
    });
    await started;
    await eventually(() => expect(useSaveStateStore(second.pinia).state).toBe('saved'));
    expect(api.engagements.get(seeded.id)).toMatchObject({
      title: 'Før snapshot',
      client: { unit: 'Efter snapshot' },
      brief: { purpose: 'Også efter' },
      revision: 2,
    });
    expect(await second.db.outbox.count()).toBe(0);
    expect(first.storage.length).toBe(0);
  });

  it('sends edits made after an acknowledged save on top of that revision', async () => {
    const api = new FakeApi();
    const seeded = api.seed();
    const first = crashingPage(api);
    const editor = useEngagementStore(first.pinia);
    await editor.open(seeded.id);
    editor.update((e) => {
      e.title = 'Gemt';
    });
    await useOutboxStore(first.pinia).flush(seeded.id);
    expect(useSaveStateStore(first.pinia).state).toBe('saved');
    editor.update((e) => {
      e.notes = 'Kun i journalen, efter gemningen';
    });
    // Crash before the debounce: the journal alone has the edit.
    expect(await first.db.outbox.count()).toBe(0);

    const second = createTestContext(api, first.db, first.storage);
    contexts.push(second);
    await useOutboxStore(second.pinia).start();
    await eventually(() => expect(api.engagements.get(seeded.id)?.revision).toBe(3));
    expect(api.engagements.get(seeded.id)).toMatchObject({
      title: 'Gemt',
      notes: 'Kun i journalen, efter gemningen',
    });
    expect(useOutboxStore(second.pinia).conflictFor(seeded.id)).toBeUndefined();
  });

  it('turns edits replayed onto a newer version from elsewhere into a conflict, not a silent merge', async () => {
    const api = new FakeApi();
    const seeded = api.seed();
    const first = crashingPage(api);
    const editor = useEngagementStore(first.pinia);
    await editor.open(seeded.id);
    editor.update((e) => {
      e.title = 'Min titel';
    });
    // Meanwhile another window saved, and its newer version reached the cache.
    api.editElsewhere(seeded.id, (e) => {
      e.notes = 'Fra et andet vindue';
    });
    await first.db.engagements.put((await api.call('engagements.get', { id: seeded.id })) as Engagement);

    const second = createTestContext(api, first.db, first.storage);
    contexts.push(second);
    const outbox = useOutboxStore(second.pinia);
    await outbox.start();
    await eventually(() => expect(outbox.conflictFor(seeded.id)?.code).toBe('conflict'));
    expect(api.engagements.get(seeded.id)).toMatchObject({ title: seeded.title, revision: 2 });
  });
});
