import { promises as fs } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { engagementPath, sampleArg, useTempStore } from '../../support/file-store-fixtures.js';

const t = useTempStore();

// One long-lived store, as in the running app: every list() checks the disk again.
describe('list() of a running store', () => {
  it('marks a file broken behind its back as damaged, and keeps listing the rest', async () => {
    const store = t.open();
    const a = await store.create(sampleArg({ title: 'A' }));
    const b = await store.create(sampleArg({ title: 'B' }));
    await store.save({ ...b, notes: 'version 2' });
    expect((await store.list()).every((s) => !s.damaged)).toBe(true);

    await fs.writeFile(engagementPath(t.dataDir, b.id, 'engagement.json'), '{ ikke json');
    const list = await store.list();
    expect(list.find((s) => s.id === a.id)?.damaged).toBeUndefined();
    expect(list.find((s) => s.id === b.id)?.damaged).toMatchObject({
      file: `engagements/${b.id}/engagement.json`,
    });
  });

  it('picks up folders added, edited and removed behind its back', async () => {
    const store = t.open();
    const other = t.open();
    const a = await store.create(sampleArg({ title: 'A' }));
    expect((await store.list()).map((s) => s.title)).toEqual(['A']);

    const b = await other.create(sampleArg({ title: 'B' }));
    await other.save({ ...a, title: 'A, rettet andetsteds' });
    expect((await store.list()).map((s) => s.title).sort()).toEqual(['A, rettet andetsteds', 'B']);

    await fs.rm(engagementPath(t.dataDir, b.id), { recursive: true });
    expect((await store.list()).map((s) => s.title)).toEqual(['A, rettet andetsteds']);
  });

  it('keeps its own changes made while a list is being checked', async () => {
    const store = t.open();
    const a = await store.create(sampleArg({ title: 'A' }));
    await store.list();
    const [, created, saved] = await Promise.all([
      store.list(),
      store.create(sampleArg({ title: 'Ny' })),
      store.save({ ...a, title: 'A2' }),
    ]);
    const titles = (await store.list()).map((s) => s.title).sort();
    expect(titles).toEqual(['A2', 'Ny']);
    expect(created.revision).toBe(1);
    expect(saved.revision).toBe(2);
  });
});
