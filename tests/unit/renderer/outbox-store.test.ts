// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '@shared/errors';
import { CONFLICT_MESSAGE, useOutboxStore } from '@/stores/outbox-store';
import { useEngagementStore } from '@/stores/engagement-store';
import { useEngagementsStore } from '@/stores/engagements-store';
import { useSaveStateStore } from '@/stores/save-state-store';
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
  for (const ctx of contexts) useOutboxStoreFor(ctx).stop();
  contexts = [];
});

function useOutboxStoreFor(ctx: TestContext) {
  return useOutboxStore(ctx.pinia);
}

async function openSeeded(api: FakeApi) {
  const seeded = api.seed();
  const ctx = context(api);
  const editor = useEngagementStore(ctx.pinia);
  await editor.open(seeded.id);
  return {
    ctx,
    editor,
    id: seeded.id,
    outbox: useOutboxStore(ctx.pinia),
    saveState: useSaveStateStore(ctx.pinia),
  };
}

describe('outbox', () => {
  it('puts an edit in the outbox in the same tick, flushes it and reports "Gemt" once acknowledged', async () => {
    const api = new FakeApi();
    const { ctx, editor, id, outbox, saveState } = await openSeeded(api);

    editor.update((e) => {
      e.title = 'Trivsel på akutafdelingen';
    });
    // Same tick: the UI state, the pending mark and the save state change at once.
    expect(editor.current?.title).toBe('Trivsel på akutafdelingen');
    expect(outbox.hasPending(id)).toBe(true);
    expect(saveState.state).toBe('saving');
    expect(saveState.label).toBe('Gemmer…');

    // The outbox holds the edit at once (journalled; IndexedDB gets the snapshot when it is flushed).
    const entry = await outbox.pendingEntry(id);
    expect(entry?.engagement.title).toBe('Trivsel på akutafdelingen');
    expect(entry?.baseRevision).toBe(1);

    await eventually(() => expect(saveState.state).toBe('saved'));
    expect(saveState.label).toBe('Gemt');
    expect(api.saves()).toHaveLength(1);
    expect(api.saves()[0]?.revision).toBe(1);
    expect(api.engagements.get(id)?.title).toBe('Trivsel på akutafdelingen');
    expect(api.engagements.get(id)?.revision).toBe(2);
    expect(await ctx.db.outbox.get(id)).toBeUndefined();
    expect((await ctx.db.engagements.get(id))?.revision).toBe(2);
    expect(editor.current?.revision).toBe(2);
    expect(outbox.hasPending(id)).toBe(false);
  });

  it('debounces a burst of keystrokes into one save', async () => {
    const api = new FakeApi();
    const { editor, saveState } = await openSeeded(api);
    for (const title of ['T', 'Tr', 'Tri', 'Triv']) {
      editor.update((e) => {
        e.title = title;
      });
    }
    await eventually(() => expect(saveState.state).toBe('saved'));
    expect(api.saves().map((s) => s.title)).toEqual(['Triv']);
  });

  it('rebases an edit made while a save is in flight and sends it with the new base revision', async () => {
    const api = new FakeApi();
    const { ctx, editor, id, outbox, saveState } = await openSeeded(api);
    api.hold();

    editor.update((e) => {
      e.title = 'Første udgave';
    });
    await eventually(() => expect(api.heldCount).toBe(1));

    editor.update((e) => {
      e.client.unit = 'Akutmodtagelsen, Køge';
    });
    // The newer edit is pending while the first save is still out.
    expect((await outbox.pendingEntry(id))?.engagement.client.unit).toBe('Akutmodtagelsen, Køge');

    api.release();
    await eventually(() => expect(saveState.state).toBe('saved'));

    const saves = api.saves();
    expect(saves).toHaveLength(2);
    expect(saves[0]).toMatchObject({
      revision: 1,
      title: 'Første udgave',
      client: { unit: 'Akutmodtagelsen' },
    });
    expect(saves[1]).toMatchObject({
      revision: 2,
      title: 'Første udgave',
      client: { unit: 'Akutmodtagelsen, Køge' },
    });
    expect(api.engagements.get(id)?.revision).toBe(3);
    expect(outbox.conflictFor(id)).toBeUndefined();
    expect(await ctx.db.outbox.get(id)).toBeUndefined();
    expect(editor.current?.revision).toBe(3);
  });

  it('keeps the entry on a conflict, shows it, and does not retry until the user decides', async () => {
    const api = new FakeApi();
    const { ctx, editor, id, outbox, saveState } = await openSeeded(api);
    api.editElsewhere(id, (e) => {
      e.title = 'Ændret i et andet vindue';
    });

    editor.update((e) => {
      e.title = 'Min ændring';
    });
    await eventually(() => expect(outbox.conflictFor(id)?.code).toBe('conflict'));
    expect(saveState.state).toBe('error');
    expect(saveState.message).toBe(CONFLICT_MESSAGE);
    expect((await ctx.db.outbox.get(id))?.engagement.title).toBe('Min ændring');
    expect(editor.conflict?.code).toBe('conflict');

    // Further edits wait in the outbox; nothing is sent behind the user's back.
    editor.update((e) => {
      e.notes = 'Noter';
    });
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(api.saves()).toHaveLength(1);

    // "Behold mine ændringer": saved on top of the newest revision.
    await editor.keepMine();
    await eventually(() => expect(saveState.state).toBe('saved'));
    expect(api.engagements.get(id)).toMatchObject({ title: 'Min ændring', notes: 'Noter', revision: 3 });
    expect(await ctx.db.outbox.get(id)).toBeUndefined();
  });

  it('"Hent nyeste version" drops the local edit and shows the file store\'s version', async () => {
    const api = new FakeApi();
    const { ctx, editor, id, outbox } = await openSeeded(api);
    api.editElsewhere(id, (e) => {
      e.title = 'Den nyeste';
    });
    editor.update((e) => {
      e.title = 'Forældet';
    });
    await eventually(() => expect(outbox.conflictFor(id)).toBeDefined());

    await editor.reloadLatest();
    expect(editor.current?.title).toBe('Den nyeste');
    expect(editor.current?.revision).toBe(2);
    expect(outbox.conflictFor(id)).toBeUndefined();
    expect(await ctx.db.outbox.get(id)).toBeUndefined();

    // The next edit builds on the revision just fetched.
    editor.update((e) => {
      e.title = 'Videre herfra';
    });
    await eventually(() => expect(api.engagements.get(id)?.revision).toBe(3));
    expect(api.engagements.get(id)?.title).toBe('Videre herfra');
  });

  it('retries with back-off after a transport failure and keeps the entry meanwhile', async () => {
    const api = new FakeApi();
    const { ctx, editor, id, saveState } = await openSeeded(api);
    api.saveFailures.push(
      new ApiError('internal', 'Ingen forbindelse', { network: true }),
      new ApiError('internal', 'Ingen forbindelse', { network: true }),
    );

    editor.update((e) => {
      e.title = 'Skrevet offline';
    });
    await eventually(() => expect(saveState.state).toBe('error'));
    expect(saveState.message).toBe('Ikke gemt endnu – prøver igen…');
    expect((await ctx.db.outbox.get(id))?.engagement.title).toBe('Skrevet offline');

    await eventually(() => expect(saveState.state).toBe('saved'));
    expect(api.saves()).toHaveLength(3);
    expect(api.engagements.get(id)?.title).toBe('Skrevet offline');
    expect(await ctx.db.outbox.get(id)).toBeUndefined();
  });

  it('replays what an earlier session left in the outbox, and an opened programme prefers that snapshot', async () => {
    const api = new FakeApi();
    const seeded = api.seed();
    const first = context(api);
    // An earlier session queued an edit and was closed before it was flushed.
    await first.db.outbox.put({
      id: seeded.id,
      engagement: { ...seeded, title: 'Fra sidste session' },
      baseRevision: 1,
      queuedAt: Date.now(),
    });

    const second = context(api, first.db);
    api.hold();
    const outbox = useOutboxStore(second.pinia);
    const editor = useEngagementStore(second.pinia);
    const started = outbox.start();
    await editor.open(seeded.id);
    // The file store still has the old title, but the outbox snapshot wins.
    expect(editor.current?.title).toBe('Fra sidste session');
    expect(editor.current?.revision).toBe(1);

    api.release();
    await started;
    await eventually(() => expect(useSaveStateStore(second.pinia).state).toBe('saved'));
    expect(api.engagements.get(seeded.id)).toMatchObject({ title: 'Fra sidste session', revision: 2 });
    expect(await second.db.outbox.count()).toBe(0);
    expect(editor.current?.revision).toBe(2);
  });

  it('takes a conflict that is only its own earlier save coming back as saved, not as a conflict', async () => {
    const api = new FakeApi();
    const seeded = api.seed();
    const first = context(api);
    const edited = { ...seeded, title: 'Gemt af den forrige side' };
    // The previous page flushed as it was left: the save landed (revision 2),
    // but the page was gone before it could clear its outbox entry.
    await first.db.outbox.put({ id: seeded.id, engagement: edited, baseRevision: 1, queuedAt: Date.now() });
    await api.call('engagements.save', { engagement: edited });
    expect(api.engagements.get(seeded.id)?.revision).toBe(2);

    const second = context(api, first.db);
    const outbox = useOutboxStore(second.pinia);
    await outbox.start();
    await eventually(() => expect(useSaveStateStore(second.pinia).state).toBe('saved'));
    expect(outbox.conflictFor(seeded.id)).toBeUndefined();
    expect(api.engagements.get(seeded.id)?.revision).toBe(2);
    expect(await second.db.outbox.count()).toBe(0);
    expect((await second.db.engagements.get(seeded.id))?.revision).toBe(2);
  });

  it('lays unsaved edits over the list and updates the list when a save is acknowledged', async () => {
    const api = new FakeApi();
    const { ctx, editor, id, saveState } = await openSeeded(api);
    const list = useEngagementsStore(ctx.pinia);
    api.hold();
    editor.update((e) => {
      e.title = 'Ny titel';
    });
    await eventually(() => expect(api.heldCount).toBe(1));

    await list.load();
    expect(list.summaries.find((s) => s.id === id)?.title).toBe('Ny titel');

    api.release();
    await eventually(() => expect(saveState.state).toBe('saved'));
    expect(list.summaries.find((s) => s.id === id)).toMatchObject({ title: 'Ny titel', revision: 2 });
    expect((await ctx.db.summaries.get(id))?.title).toBe('Ny titel');
  });

  it('shows the list from the Dexie cache before the file store answers', async () => {
    const api = new FakeApi();
    const seeded = api.seed();
    const first = context(api);
    await useEngagementsStore(first.pinia).load();
    expect(await first.db.summaries.count()).toBe(1);

    const second = context(api, first.db);
    api.hold();
    const slowApi = {
      call: async (...args: Parameters<FakeApi['call']>) => {
        if (args[0] === 'engagements.list') await new Promise((resolve) => setTimeout(resolve, 50));
        return api.call(...args);
      },
    };
    second.services.api = slowApi as FakeApi;
    const list = useEngagementsStore(second.pinia);
    const loading = list.load();
    await eventually(() => expect(list.source).toBe('cache'));
    expect(list.summaries.map((s) => s.id)).toEqual([seeded.id]);
    await loading;
    expect(list.source).toBe('fresh');
    api.release();
  });
});
