// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '@shared/errors';
import { useEngagementStore } from '@/stores/engagement-store';
import { useEngagementsStore } from '@/stores/engagements-store';
import { useOutboxStore } from '@/stores/outbox-store';
import { eventually } from '../../support/eventually';
import { FakeApi } from './fake-api';
import { createTestContext, type TestContext } from './setup';

let contexts: TestContext[] = [];

function context(api: FakeApi, db?: TestContext['db']): TestContext {
  const ctx = createTestContext(api, db);
  contexts.push(ctx);
  return ctx;
}

afterEach(() => {
  for (const ctx of contexts) useOutboxStore(ctx.pinia).stop();
  contexts = [];
  vi.restoreAllMocks();
});

/** A promise that settles when the test says so. */
function gate(): { wait: Promise<void>; open: () => void } {
  let open = () => {};
  const wait = new Promise<void>((resolve) => (open = resolve));
  return { wait, open };
}

const never = <T>() => new Promise<T>(() => {});

describe('the programme list (engagements store)', () => {
  it('asks the file store at once, without waiting for IndexedDB or the outbox', async () => {
    const api = new FakeApi();
    const seeded = api.seed();
    const ctx = context(api);
    // IndexedDB and the outbox never answer.
    // Dexie's promise type has extras a plain promise lacks; the store only awaits it.
    vi.spyOn(ctx.db.summaries, 'toArray').mockImplementation(
      never as unknown as typeof ctx.db.summaries.toArray,
    );
    vi.spyOn(useOutboxStore(ctx.pinia), 'pendingEntries').mockImplementation(never);
    const list = useEngagementsStore(ctx.pinia);

    void list.load();
    await eventually(() => expect(list.source).toBe('fresh'));
    expect(list.summaries.map((s) => s.id)).toEqual([seeded.id]);
    expect(list.loading).toBe(false);
  });

  it('shows the fresh list before it is written to the cache, then caches it', async () => {
    const api = new FakeApi();
    const seeded = api.seed();
    const ctx = context(api);
    const writing = gate();
    const transaction = ctx.db.transaction.bind(ctx.db);
    vi.spyOn(ctx.db, 'transaction').mockImplementation(((...args: Parameters<typeof transaction>) =>
      writing.wait.then(() => transaction(...args))) as typeof transaction);
    const list = useEngagementsStore(ctx.pinia);

    const loading = list.load();
    await eventually(() => expect(list.source).toBe('fresh'));
    expect(list.summaries.map((s) => s.id)).toEqual([seeded.id]);
    expect(await ctx.db.summaries.count()).toBe(0);

    writing.open();
    await loading;
    expect((await ctx.db.summaries.toArray()).map((s) => s.id)).toEqual([seeded.id]);
  });

  it('lays an unsaved edit over the list when the outbox has been read, even after the list is shown', async () => {
    const api = new FakeApi();
    const seeded = api.seed();
    const ctx = context(api);
    const editor = useEngagementStore(ctx.pinia);
    await editor.open(seeded.id);
    api.hold();
    editor.update((e) => {
      e.title = 'Ny titel';
    });
    await eventually(() => expect(api.heldCount).toBe(1));

    const outbox = useOutboxStore(ctx.pinia);
    const read = outbox.pendingEntries;
    const recovery = gate();
    vi.spyOn(outbox, 'pendingEntries').mockImplementation(async () => {
      await recovery.wait;
      return read();
    });
    const list = useEngagementsStore(ctx.pinia);
    const loading = list.load();
    await eventually(() => expect(list.source).toBe('fresh'));
    expect(list.summaries[0]?.title).toBe(seeded.title);

    recovery.open();
    await eventually(() => expect(list.summaries[0]?.title).toBe('Ny titel'));
    await loading;
    api.release();
  });

  it('writes only the rows that changed to the cache, and removes the ones that are gone', async () => {
    const api = new FakeApi();
    const kept = api.seed('nfa-grundmodel', 'Region Sjælland', 'Akutmodtagelsen');
    const changed = api.seed('nfa-grundmodel', 'Aarhus Kommune', 'Hjemmeplejen');
    const removed = api.seed('nfa-grundmodel', 'Odense Kommune', 'Skolen');
    const ctx = context(api);
    const list = useEngagementsStore(ctx.pinia);
    await list.load();
    expect(await ctx.db.summaries.count()).toBe(3);

    api.editElsewhere(changed.id, (e) => {
      e.title = 'Omdøbt';
    });
    api.engagements.delete(removed.id);
    const added = api.seed('nfa-grundmodel', 'Skattestyrelsen', 'Lønservice');
    const put = vi.spyOn(ctx.db.summaries, 'bulkPut');
    const remove = vi.spyOn(ctx.db.summaries, 'bulkDelete');
    await list.load();

    expect(put).toHaveBeenCalledOnce();
    expect(put.mock.calls[0]?.[0].map((s) => s.id).sort()).toEqual([added.id, changed.id].sort());
    expect(remove).toHaveBeenCalledWith([removed.id]);
    const cached = new Map((await ctx.db.summaries.toArray()).map((s) => [s.id, s]));
    expect([...cached.keys()].sort()).toEqual([kept.id, changed.id, added.id].sort());
    expect(cached.get(changed.id)?.title).toBe('Omdøbt');

    put.mockClear();
    await list.load();
    expect(put).not.toHaveBeenCalled();
  });

  it('sends one request when the list is asked for twice at once', async () => {
    const api = new FakeApi();
    api.seed();
    const ctx = context(api);
    const list = useEngagementsStore(ctx.pinia);
    await Promise.all([list.load(), list.load()]);
    expect(api.calls.filter((c) => c.method === 'engagements.list')).toHaveLength(1);
  });

  it('keeps showing the cached list with the error when the file store cannot answer', async () => {
    const api = new FakeApi();
    const seeded = api.seed();
    const first = context(api);
    await useEngagementsStore(first.pinia).load();

    const second = context(api, first.db);
    second.services.api = {
      call: async () => {
        throw new ApiError('internal', 'Ingen forbindelse til Forløb.');
      },
    };
    const list = useEngagementsStore(second.pinia);
    await list.load();
    await eventually(() => expect(list.source).toBe('cache'));
    expect(list.summaries.map((s) => s.id)).toEqual([seeded.id]);
    expect(list.error).toBe('Ingen forbindelse til Forløb.');
  });
});
