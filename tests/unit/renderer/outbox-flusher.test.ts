// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '@shared/errors';
import { newId } from '@/lib/clone';
import { useOutboxStore } from '@/stores/outbox-store';
import { useEngagementStore } from '@/stores/engagement-store';
import { useSaveStateStore } from '@/stores/save-state-store';
import { largeProgramme } from '../../support/large-programme';
import { eventually } from '../../support/eventually';
import { FakeApi } from './fake-api';
import { createTestContext, type TestContext } from './setup';

// DESIGN.md: "never copy, stringify or store the whole programme per key on
// the main thread". The flusher copies and stores it once per flush instead.

let contexts: TestContext[] = [];

afterEach(() => {
  for (const ctx of contexts) useOutboxStore(ctx.pinia).stop();
  contexts = [];
  vi.restoreAllMocks();
});

async function openLarge(flushDelayMs = 5) {
  const api = new FakeApi();
  const seeded = api.seed();
  api.engagements.set(seeded.id, largeProgramme(seeded, newId));
  const ctx = createTestContext(api);
  ctx.services.flushDelayMs = flushDelayMs;
  contexts.push(ctx);
  const editor = useEngagementStore(ctx.pinia);
  await editor.open(seeded.id);
  return { api, ctx, editor, id: seeded.id, size: JSON.stringify(api.engagements.get(seeded.id)).length };
}

describe('outbox flusher', () => {
  it('a keystroke neither copies, serialises nor stores the whole programme', async () => {
    const { ctx, editor, size } = await openLarge(60_000);
    expect(size).toBeGreaterThan(500_000);
    const stringify = vi.spyOn(JSON, 'stringify');
    const clone = vi.spyOn(globalThis, 'structuredClone');
    const put = vi.spyOn(ctx.db.outbox, 'put');
    const setItem = vi.spyOn(ctx.storage, 'setItem');

    for (const title of ['T', 'Tr', 'Tri', 'Triv', 'Trivs']) {
      editor.update((e) => {
        e.title = title;
      });
    }
    editor.update((e) => {
      e.actions[150]!.followUps[2]!.note += ' – opfulgt';
    });

    const longest = Math.max(...stringify.mock.results.map((r) => String(r.value).length));
    expect(longest).toBeLessThan(1_000);
    expect(clone).not.toHaveBeenCalled();
    expect(put).not.toHaveBeenCalled();
    expect(Math.max(...setItem.mock.calls.map(([, value]) => value.length))).toBeLessThan(1_000);
  });

  it('a burst of keystrokes costs one snapshot in IndexedDB and one save', async () => {
    const { api, ctx, editor, id } = await openLarge();
    const put = vi.spyOn(ctx.db.outbox, 'put');
    for (let i = 1; i <= 40; i++) {
      editor.update((e) => {
        e.brief.goals = `Mål ${i}`;
      });
    }
    await eventually(() => expect(useSaveStateStore(ctx.pinia).state).toBe('saved'));
    expect(put).toHaveBeenCalledOnce();
    expect(api.saves()).toHaveLength(1);
    expect(api.engagements.get(id)?.brief.goals).toBe('Mål 40');
    expect(api.engagements.get(id)?.actions).toHaveLength(200);
    expect(ctx.storage.length).toBe(0);
  });

  it('stores edits made during a conflict in IndexedDB, and sends none of them until the user decides', async () => {
    const api = new FakeApi();
    const seeded = api.seed();
    const ctx = createTestContext(api);
    contexts.push(ctx);
    const editor = useEngagementStore(ctx.pinia);
    const outbox = useOutboxStore(ctx.pinia);
    await editor.open(seeded.id);
    api.editElsewhere(seeded.id, (e) => {
      e.title = 'Andetsteds';
    });
    editor.update((e) => {
      e.title = 'Min';
    });
    await eventually(() => expect(outbox.conflictFor(seeded.id)).toBeDefined());
    editor.update((e) => {
      e.notes = 'Skrevet under konflikten';
    });
    await eventually(async () =>
      expect((await ctx.db.outbox.get(seeded.id))?.engagement.notes).toBe('Skrevet under konflikten'),
    );
    expect(ctx.storage.length).toBe(0);
    expect(api.saves()).toHaveLength(1);
  });

  it('sends an edit made while a refused save was in flight, without waiting for another edit', async () => {
    const api = new FakeApi();
    const seeded = api.seed();
    const ctx = createTestContext(api);
    contexts.push(ctx);
    const editor = useEngagementStore(ctx.pinia);
    await editor.open(seeded.id);
    api.saveFailures.push(new ApiError('invalid_argument', 'Titlen er for lang.'));
    api.hold();
    editor.update((e) => {
      e.title = 'x'.repeat(300);
    });
    await eventually(() => expect(api.heldCount).toBe(1));
    editor.update((e) => {
      e.title = 'Rettet';
    });
    // Its debounce runs out while the first save is still out.
    await new Promise((resolve) => setTimeout(resolve, 30));
    api.release();
    await eventually(() => expect(api.engagements.get(seeded.id)?.title).toBe('Rettet'));
    await eventually(() => expect(useSaveStateStore(ctx.pinia).state).toBe('saved'));
  });

  it('drops the edit of a programme that is gone, with a message, and leaves nothing to replay', async () => {
    const api = new FakeApi();
    const seeded = api.seed();
    const ctx = createTestContext(api);
    contexts.push(ctx);
    const editor = useEngagementStore(ctx.pinia);
    const outbox = useOutboxStore(ctx.pinia);
    await editor.open(seeded.id);
    api.engagements.delete(seeded.id);
    editor.update((e) => {
      e.title = 'For sent';
    });
    await eventually(() => expect(outbox.errorFor(seeded.id)).toMatch(/findes ikke længere/));
    expect(outbox.hasPending(seeded.id)).toBe(false);
    expect(await ctx.db.outbox.count()).toBe(0);
    expect(ctx.storage.length).toBe(0);
  });
});
