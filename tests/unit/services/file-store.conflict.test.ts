import { promises as fs } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/errors.js';
import { engagementPath, expectCode, sampleArg, useTempStore } from '../../support/file-store-fixtures.js';

const t = useTempStore();

describe('EngagementStore revisions', () => {
  it('refuses a stale save with conflict and leaves the file on disk unchanged', async () => {
    const store = t.open();
    const created = await store.create(sampleArg());
    const saved = await store.save({ ...created, notes: 'nyeste' });
    const file = engagementPath(t.dataDir, created.id, 'engagement.json');
    const before = await fs.readFile(file);

    const error = await expectCode(() => store.save({ ...created, notes: 'forældet' }), 'conflict');
    expect(error.message).toBe(
      'Forløbet er ændret et andet sted siden du åbnede det. Genindlæs for at se den nyeste version.',
    );
    expect(error.details).toEqual({ currentRevision: saved.revision });
    expect(await fs.readFile(file)).toEqual(before);
    expect((await store.history(created.id)).map((h) => h.revision)).toEqual([1]);
  });

  it('lets exactly one of two concurrent saves of the same revision through', async () => {
    const store = t.open();
    const created = await store.create(sampleArg());
    const results = await Promise.allSettled([
      store.save({ ...created, notes: 'A' }),
      store.save({ ...created, notes: 'B' }),
    ]);
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0]?.reason).toBeInstanceOf(ApiError);
    expect((lost[0]?.reason as ApiError).code).toBe('conflict');
    const current = await store.get(created.id);
    expect(current.revision).toBe(2);
    expect(current.notes).toBe(won[0]?.status === 'fulfilled' ? won[0].value.notes : 'never');
  });

  it('serialises a burst of saves: each based on the previous result succeeds in order', async () => {
    const store = t.open();
    let current = await store.create(sampleArg());
    const stale = current;
    const burst = Array.from({ length: 8 }, () => store.save(stale));
    const settled = await Promise.allSettled(burst);
    expect(settled.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    current = await store.get(current.id);
    for (let i = 0; i < 5; i++) current = await store.save({ ...current, notes: `n${i}` });
    expect(current.revision).toBe(7);
  });

  it('also catches a stale save from a second store instance on the same folder', async () => {
    const a = t.open();
    const b = t.open();
    const created = await a.create(sampleArg());
    const viaB = await b.get(created.id);
    await a.save({ ...created, notes: 'fra A' });
    await expectCode(() => b.save({ ...viaB, notes: 'fra B' }), 'conflict');
  });
});
