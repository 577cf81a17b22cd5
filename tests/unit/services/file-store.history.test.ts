import { promises as fs } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Engagement } from '../../../shared/domain/engagement.js';
import {
  engagementPath,
  expectCode,
  sampleArg,
  useTempStore,
  type TempStore,
} from '../../support/file-store-fixtures.js';

const t = useTempStore();

async function saveMany(store: ReturnType<TempStore['open']>, count: number): Promise<Engagement> {
  let current = await store.create(sampleArg());
  for (let i = 1; i <= count; i++)
    current = await store.save({ ...current, notes: `version ${current.revision}` });
  return current;
}

describe('EngagementStore history', () => {
  it('keeps only the last 20 versions after 25 saves, newest first', async () => {
    const store = t.open();
    const current = await saveMany(store, 25);
    expect(current.revision).toBe(26);
    const history = await store.history(current.id);
    expect(history.map((h) => h.revision)).toEqual(Array.from({ length: 20 }, (_, i) => 25 - i));
    for (const entry of history) {
      expect(entry.bytes).toBeGreaterThan(0);
      expect(Number.isNaN(Date.parse(entry.savedAt))).toBe(false);
    }
    const files = await fs.readdir(engagementPath(t.dataDir, current.id, 'history'));
    expect(files).toHaveLength(20);
  });

  it('keeps each version as it was saved', async () => {
    const store = t.open();
    const current = await saveMany(store, 3);
    for (const revision of [1, 2, 3]) {
      const text = await fs.readFile(
        engagementPath(t.dataDir, current.id, 'history', `${revision}.json`),
        'utf8',
      );
      const version = JSON.parse(text) as Engagement;
      expect(version.revision).toBe(revision);
      expect(version.notes).toBe(revision === 1 ? '' : `version ${revision - 1}`);
    }
  });

  it('honours a smaller historyLimit, also across store instances', async () => {
    const first = t.open({ historyLimit: 3 });
    const current = await saveMany(first, 5);
    expect((await first.history(current.id)).map((h) => h.revision)).toEqual([5, 4, 3]);
    const second = t.open({ historyLimit: 3 });
    await second.save(current);
    expect((await second.history(current.id)).map((h) => h.revision)).toEqual([6, 5, 4]);
  });

  it('recover(id, revision) brings back that content as a new revision', async () => {
    const store = t.open();
    const current = await saveMany(store, 25);
    const recovered = await store.recover(current.id, 10);
    expect(recovered.revision).toBe(27);
    expect(recovered.notes).toBe('version 9');
    expect(await store.get(current.id)).toEqual(recovered);
    // The version it replaced is itself kept.
    const history = await store.history(current.id);
    expect(history[0]?.revision).toBe(26);
    await expectCode(() => store.save(current), 'conflict');
    expect((await store.save(recovered)).revision).toBe(28);
  });

  it('recover(id) without a revision takes the newest version in history', async () => {
    const store = t.open();
    const current = await saveMany(store, 2);
    const recovered = await store.recover(current.id);
    expect(recovered.revision).toBe(4);
    expect(recovered.notes).toBe('version 1');
  });

  it('answers not_found for a revision that is not in history, or when there is no history', async () => {
    const store = t.open();
    const created = await store.create(sampleArg());
    await expectCode(() => store.recover(created.id), 'not_found');
    const current = await store.save(created);
    await expectCode(() => store.recover(current.id, 7), 'not_found');
    await expectCode(() => store.recover(current.id, 0), 'invalid_argument');
    await expectCode(() => store.recover(current.id, 1.5), 'invalid_argument');
  });
});
