import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Engagement } from '../../../shared/domain/engagement.js';
import type { EngagementStore } from '../../../electron/services/file-store/index.js';
import { expectCode, sampleArg, snapshot, useTempStore } from '../../support/file-store-fixtures.js';

const t = useTempStore();

const BAD_IDS = ['../x', 'a/b', '', 'a'.repeat(500), '..', 'A B', '..\\x', '/etc', 'x\0y', 'æøå'];

const operations: [string, (store: EngagementStore, id: string, good: Engagement) => Promise<unknown>][] = [
  ['get', (store, id) => store.get(id)],
  ['save', (store, id, good) => store.save({ ...good, id })],
  ['delete', (store, id) => store.delete(id)],
  ['restore', (store, id) => store.restore(id)],
  ['recover', (store, id) => store.recover(id)],
  ['recover with a revision', (store, id) => store.recover(id, 1)],
  ['history', (store, id) => store.history(id)],
];

describe('ids that could escape the data folder', () => {
  it.each(operations)(
    'are refused by %s with invalid_argument, and nothing on disk changes',
    async (_, op) => {
      const store = t.open();
      const good = await store.create(sampleArg());
      await store.save(good);
      await store.delete((await store.create(sampleArg())).id);
      // Decoys where a path built from a bad id would land.
      await fs.mkdir(path.join(t.dataDir, 'x'), { recursive: true });
      await fs.writeFile(path.join(t.dataDir, 'x', 'engagement.json'), JSON.stringify(good));
      await store.flush();
      const before = await snapshot(t.root);

      for (const id of BAD_IDS) {
        const error = await expectCode(() => op(store, id, good), 'invalid_argument');
        expect(error.message).toMatch(/Ugyldigt id/);
      }
      await store.flush();
      expect(await snapshot(t.root)).toEqual(before);
    },
  );

  it('are never produced by create: a bad newId is an internal error', async () => {
    const store = t.open({ newId: () => '../escape' });
    await expectCode(() => store.create(sampleArg()), 'internal');
    expect(await snapshot(t.root)).toEqual({ 'data/': 'dir' });
  });
});
