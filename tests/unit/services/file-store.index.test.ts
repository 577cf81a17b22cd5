import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Engagement } from '../../../shared/domain/engagement.js';
import { engagementPath, sampleArg, useTempStore } from '../../support/file-store-fixtures.js';

const t = useTempStore();

const indexFile = () => path.join(t.dataDir, 'index.json');

/** Three programmes with distinct updatedAt values, index.json written. */
async function seeded() {
  let clock = Date.parse('2030-01-01T08:00:00Z');
  const store = t.open({ now: () => new Date((clock += 60_000)) });
  const a = await store.create(sampleArg({ title: 'A' }));
  const b = await store.create(sampleArg({ title: 'B', meetingDates: { seminar: '2030-06-01' } }));
  const c = await store.create(sampleArg({ title: 'C' }));
  const a2 = await store.save({ ...a, notes: 'nyest' });
  const list = await store.list();
  await store.flush();
  return { store, a: a2, b, c, list };
}

describe('index.json', () => {
  it('is written, and list() is sorted by updatedAt, newest first', async () => {
    const { a, b, c, list } = await seeded();
    expect(list.map((s) => s.title)).toEqual([a.title, c.title, b.title]);
    const raw = JSON.parse(await fs.readFile(indexFile(), 'utf8')) as { entries: unknown[] };
    expect(raw.entries).toHaveLength(3);
  });

  it('is rebuilt with the same entries when deleted', async () => {
    const { list } = await seeded();
    await fs.rm(indexFile());
    const fresh = t.open({ now: () => new Date('2030-01-01T09:00:00Z') });
    expect(await fresh.list()).toEqual(list);
    await fresh.flush();
    await expect(fs.stat(indexFile())).resolves.toBeTruthy();
  });

  it('is rebuilt when it holds garbage or the wrong shape', async () => {
    const { list } = await seeded();
    for (const garbage of ['\u0000\u0001garbage', '{"format":1,"entries":[{"id":"../x"}]}', '[]']) {
      await fs.writeFile(indexFile(), garbage);
      const fresh = t.open({ now: () => new Date('2030-01-01T09:00:00Z') });
      expect(await fresh.list()).toEqual(list);
      await fresh.flush();
      expect(JSON.parse(await fs.readFile(indexFile(), 'utf8'))).toMatchObject({ format: 1 });
    }
  });

  it('reflects folders added, removed and edited behind the store’s back', async () => {
    const { a, b, c } = await seeded();
    await fs.rm(engagementPath(t.dataDir, b.id), { recursive: true });
    const copyId = 'added-by-hand';
    await fs.mkdir(engagementPath(t.dataDir, copyId));
    const copy: Engagement = { ...c, id: copyId, title: 'Lagt ind udefra' };
    await fs.writeFile(engagementPath(t.dataDir, copyId, 'engagement.json'), JSON.stringify(copy));
    const edited: Engagement = { ...a, title: 'Omdøbt udefra' };
    await fs.writeFile(engagementPath(t.dataDir, a.id, 'engagement.json'), JSON.stringify(edited));
    // Stray entries that are not programmes.
    await fs.mkdir(path.join(t.dataDir, 'engagements', 'Not An Id'));
    await fs.writeFile(path.join(t.dataDir, 'engagements', 'readme.txt'), 'hej');
    await fs.mkdir(engagementPath(t.dataDir, 'empty-folder'));

    const fresh = t.open();
    const titles = (await fresh.list()).map((s) => s.title).sort();
    expect(titles).toEqual(['C', 'Lagt ind udefra', 'Omdøbt udefra']);
  });

  it('computes currentPhase and nextMeetingDate from today, not from when the index was written', async () => {
    await seeded();
    let today = '2030-05-01T12:00:00Z';
    const store = t.open({ now: () => new Date(today) });
    const find = async () => (await store.list()).find((s) => s.title === 'B');
    expect(await find()).toMatchObject({ currentPhase: 'seminar', nextMeetingDate: '2030-06-01' });
    today = '2030-07-01T12:00:00Z';
    const later = await find();
    expect(later?.currentPhase).toBe('activity');
    expect(later?.nextMeetingDate).toBeUndefined();
  });

  it('lists an empty data folder, and one that does not exist yet', async () => {
    expect(await t.open().list()).toEqual([]);
    await fs.rm(t.dataDir, { recursive: true });
    expect(await t.open().list()).toEqual([]);
  });

  it('keeps a warm list in step with the store’s own saves, deletes and restores', async () => {
    const { store, a, b } = await seeded();
    const saved = await store.save({ ...b, title: 'B omdøbt' });
    expect((await store.list())[0]).toMatchObject({ id: b.id, title: 'B omdøbt', revision: saved.revision });
    await store.delete(a.id);
    expect((await store.list()).map((s) => s.id)).not.toContain(a.id);
    await store.restore(a.id);
    expect((await store.list()).map((s) => s.id)).toContain(a.id);
    await store.flush();
    const cold = t.open({ now: () => new Date('2030-01-01T09:00:00Z') });
    expect((await cold.list()).map((s) => s.id).sort()).toEqual((await store.list()).map((s) => s.id).sort());
  });
});
