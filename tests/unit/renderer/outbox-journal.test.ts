// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Engagement } from '@shared/domain/engagement';
import { JOURNAL_PREFIX, OutboxJournal } from '@/db/outbox-journal';
import { applyChanges } from '@/lib/changes';
import { useOutboxStore } from '@/stores/outbox-store';
import { useEngagementStore } from '@/stores/engagement-store';
import { useEngagementsStore } from '@/stores/engagements-store';
import { useSaveStateStore } from '@/stores/save-state-store';
import { eventually } from '../../support/eventually';
import { FakeApi } from './fake-api';
import { MemoryStorage } from './memory-storage';
import { createTestContext, type TestContext } from './setup';

// The journal bridges the gap between a keystroke and the commit of its
// IndexedDB write: a reload in that gap must not lose the edit.

let contexts: TestContext[] = [];

function context(api: FakeApi, db?: TestContext['db'], storage?: MemoryStorage): TestContext {
  const ctx = createTestContext(api, db, storage);
  contexts.push(ctx);
  return ctx;
}

afterEach(() => {
  for (const ctx of contexts) useOutboxStore(ctx.pinia).stop();
  contexts = [];
});

/** The programme as the journal alone would bring it back: `base` with its records for that programme replayed. */
function journalled(storage: MemoryStorage, base: Engagement): { engagement: Engagement } | null {
  const records = new OutboxJournal(storage).leftovers().filter((record) => record.id === base.id);
  if (records.length === 0) return null;
  return {
    engagement: applyChanges(
      structuredClone(base),
      records.flatMap((record) => record.changes),
    ),
  };
}

describe('outbox journal', () => {
  it('records an edit synchronously and forgets it once the IndexedDB write has committed', async () => {
    const api = new FakeApi();
    const seeded = api.seed();
    const ctx = context(api);
    const editor = useEngagementStore(ctx.pinia);
    await editor.open(seeded.id);
    api.hold();

    editor.update((e) => {
      e.title = 'Skrevet lige før genindlæsning';
    });
    // No await between the edit and this line: the journal has it already.
    expect(journalled(ctx.storage, seeded)?.engagement.title).toBe('Skrevet lige før genindlæsning');
    // It holds the change, not the programme.
    const journalChars = [...Array(ctx.storage.length).keys()]
      .map((i) => ctx.storage.getItem(ctx.storage.key(i) ?? '') ?? '')
      .join('').length;
    expect(journalChars).toBeLessThan(JSON.stringify(seeded).length / 4);

    await eventually(async () =>
      expect((await ctx.db.outbox.get(seeded.id))?.engagement.title).toBeDefined(),
    );
    await eventually(() => expect(journalled(ctx.storage, seeded)).toBeNull());
    api.release();
    await eventually(() => expect(useSaveStateStore(ctx.pinia).state).toBe('saved'));
    expect(ctx.storage.length).toBe(0);
  });

  it('brings back an edit whose IndexedDB write never committed, shows it and saves it', async () => {
    const api = new FakeApi();
    const seeded = api.seed();
    const storage = new MemoryStorage();
    // The page went away after the journal write and before the Dexie commit.
    storage.setItem(
      JOURNAL_PREFIX + seeded.id,
      JSON.stringify({
        id: seeded.id,
        engagement: { ...seeded, title: 'Kun i journalen' },
        baseRevision: 1,
        queuedAt: Date.now(),
      }),
    );
    const ctx = context(api, undefined, storage);
    const outbox = useOutboxStore(ctx.pinia);
    const editor = useEngagementStore(ctx.pinia);
    api.hold();
    const started = outbox.start();
    await editor.open(seeded.id);
    expect(editor.current?.title).toBe('Kun i journalen');
    expect(storage.length).toBe(0);
    expect((await ctx.db.outbox.get(seeded.id))?.engagement.title).toBe('Kun i journalen');

    api.release();
    await started;
    await eventually(() => expect(useSaveStateStore(ctx.pinia).state).toBe('saved'));
    expect(api.engagements.get(seeded.id)).toMatchObject({ title: 'Kun i journalen', revision: 2 });
    expect(await ctx.db.outbox.count()).toBe(0);
  });

  it('keeps a newer IndexedDB entry over an older journal entry for the same programme', async () => {
    const api = new FakeApi();
    const seeded = api.seed();
    const first = context(api);
    const now = Date.now();
    await first.db.outbox.put({
      id: seeded.id,
      engagement: { ...seeded, title: 'Nyeste' },
      baseRevision: 1,
      queuedAt: now,
    });
    first.storage.setItem(
      JOURNAL_PREFIX + seeded.id,
      JSON.stringify({
        id: seeded.id,
        engagement: { ...seeded, title: 'Ældre' },
        baseRevision: 1,
        queuedAt: now - 5,
      }),
    );

    const second = context(api, first.db, first.storage);
    const list = useEngagementsStore(second.pinia);
    await list.load();
    expect(list.summaries.find((s) => s.id === seeded.id)?.title).toBe('Nyeste');
    expect(first.storage.length).toBe(0);
  });

  it('drops an unreadable journal entry without touching the others or what is saved', async () => {
    const api = new FakeApi();
    const seeded = api.seed();
    const storage = new MemoryStorage();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    storage.setItem(`${JOURNAL_PREFIX}ødelagt`, '{"id": "ødelagt", "engagement": ');
    storage.setItem(`${JOURNAL_PREFIX}forkert`, JSON.stringify({ id: 'andet', engagement: { id: 'andet' } }));
    storage.setItem('noget-andet', 'bliver stående');
    storage.setItem(
      JOURNAL_PREFIX + seeded.id,
      JSON.stringify({
        id: seeded.id,
        engagement: { ...seeded, title: 'Reddet' },
        baseRevision: 1,
        queuedAt: 1,
      }),
    );
    const ctx = context(api, undefined, storage);
    await useOutboxStore(ctx.pinia).start();
    await eventually(() => expect(api.engagements.get(seeded.id)?.title).toBe('Reddet'));
    expect(storage.getItem(`${JOURNAL_PREFIX}ødelagt`)).toBeNull();
    expect(storage.getItem(`${JOURNAL_PREFIX}forkert`)).toBeNull();
    expect(storage.getItem('noget-andet')).toBe('bliver stående');
    expect(warn).toHaveBeenCalledTimes(2);
    warn.mockRestore();
  });

  it('still saves through IndexedDB when localStorage is full', async () => {
    const api = new FakeApi();
    const seeded = api.seed();
    const ctx = context(api);
    ctx.storage.failWrites = true;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const editor = useEngagementStore(ctx.pinia);
    await editor.open(seeded.id);
    editor.update((e) => {
      e.title = 'Gemt uden journal';
    });
    await eventually(() => expect(useSaveStateStore(ctx.pinia).state).toBe('saved'));
    expect(api.engagements.get(seeded.id)?.title).toBe('Gemt uden journal');
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  });

  it('still sends an edit whose IndexedDB write failed, and forgets the journal once the file store has it', async () => {
    const api = new FakeApi();
    const seeded = api.seed();
    const ctx = context(api);
    const editor = useEngagementStore(ctx.pinia);
    await editor.open(seeded.id);
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const put = vi
      .spyOn(ctx.db.outbox, 'put')
      .mockRejectedValueOnce(new DOMException('Disken er fuld', 'QuotaExceededError'));

    editor.update((e) => {
      e.title = 'Kun i hukommelsen og journalen';
    });
    await eventually(() =>
      expect(api.engagements.get(seeded.id)?.title).toBe('Kun i hukommelsen og journalen'),
    );
    await eventually(() => expect(useSaveStateStore(ctx.pinia).state).toBe('saved'));
    expect(put).toHaveBeenCalledOnce();
    expect(ctx.storage.length).toBe(0);
    expect(await ctx.db.outbox.count()).toBe(0);
    expect(useOutboxStore(ctx.pinia).hasPending(seeded.id)).toBe(false);
    error.mockRestore();
  });

  it('"Hent nyeste version" also forgets a journalled edit', async () => {
    const api = new FakeApi();
    const seeded = api.seed();
    const ctx = context(api);
    const editor = useEngagementStore(ctx.pinia);
    await editor.open(seeded.id);
    api.editElsewhere(seeded.id, (e) => {
      e.title = 'Den nyeste';
    });
    editor.update((e) => {
      e.title = 'Forældet';
    });
    await eventually(() => expect(editor.conflict).toBeDefined());
    await editor.reloadLatest();
    expect(editor.current?.title).toBe('Den nyeste');
    expect(ctx.storage.length).toBe(0);
  });
});
