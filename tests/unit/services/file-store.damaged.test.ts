import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Engagement } from '../../../shared/domain/engagement.js';
import { engagementPath, expectCode, sampleArg, useTempStore } from '../../support/file-store-fixtures.js';

const t = useTempStore();

const corruptions: { name: string; bytes: (good: Engagement) => string | Buffer; newer?: boolean }[] = [
  { name: 'garbage bytes', bytes: () => Buffer.from([0x7b, 0x22, 0x69, 0x64, 0xff, 0x00, 0x13, 0x37]) },
  { name: 'valid JSON that fails the schema', bytes: (good) => JSON.stringify({ ...good, phases: 'ingen' }) },
  { name: 'schemaVersion 99', bytes: (good) => JSON.stringify({ ...good, schemaVersion: 99 }), newer: true },
];

/** Two programmes; the first is saved twice (revisions 1..3), then its engagement.json is overwritten. */
async function setup(bytes: (good: Engagement) => string | Buffer) {
  const store = t.open();
  const other = await store.create(
    sampleArg({ client: { organisation: 'Anden', unit: '', sector: 'stat' } }),
  );
  let victim = await store.create(sampleArg());
  victim = await store.save({ ...victim, notes: 'god version 2' });
  victim = await store.save({ ...victim, notes: 'god version 3' });
  await store.list();
  const file = engagementPath(t.dataDir, victim.id, 'engagement.json');
  const bad = bytes(victim);
  await fs.writeFile(file, bad);
  return { store, other, victim, file, bad, rel: `engagements/${victim.id}/engagement.json` };
}

describe.each(corruptions)('a hand-corrupted engagement.json ($name)', ({ bytes, newer }) => {
  it('makes get() answer damaged, naming the file and the last good revision', async () => {
    const { store, rel } = await setup(bytes);
    const id = rel.split('/')[1] ?? '';
    const error = await expectCode(() => store.get(id), 'damaged');
    expect(error.message).toContain(rel);
    expect(error.details).toEqual({ file: rel, lastGoodRevision: 2 });
    if (newer) expect(error.message).toContain('nyere version af Forløb');
  });

  it('keeps list() answering, marking just that one damaged', async () => {
    const { store, other, victim, rel } = await setup(bytes);
    // A warm store learns of the damage when it next reads the file; a new one on loading.
    await expectCode(() => store.get(victim.id), 'damaged');
    for (const s of [store, t.open()]) {
      const list = await s.list();
      expect(list.map((e) => e.id).sort()).toEqual([other.id, victim.id].sort());
      expect(list.find((e) => e.id === other.id)?.damaged).toBeUndefined();
      const marked = list.find((e) => e.id === victim.id);
      expect(marked?.damaged?.file).toBe(rel);
      expect(marked?.damaged?.message).toContain(rel);
      expect(marked?.title).toBe(victim.title);
    }
  });

  it('refuses to save over it', async () => {
    const { store, victim, file, bad } = await setup(bytes);
    await expectCode(() => store.save(victim), 'damaged');
    expect(await fs.readFile(file)).toEqual(Buffer.from(bad));
  });

  it('recover() restores the last good version and moves the bad file aside', async () => {
    const { store, victim, file, bad } = await setup(bytes);
    const recovered = await store.recover(victim.id);
    expect(recovered.notes).toBe('god version 2');
    expect(recovered.revision).toBeGreaterThan(victim.revision);
    expect(Engagement.parse(JSON.parse(await fs.readFile(file, 'utf8')))).toEqual(recovered);
    const dir = path.dirname(file);
    const aside = (await fs.readdir(dir)).filter((name) => /^engagement\.damaged-.+\.json$/.test(name));
    expect(aside).toHaveLength(1);
    expect(await fs.readFile(path.join(dir, aside[0] ?? ''))).toEqual(Buffer.from(bad));
    expect(await store.get(victim.id)).toEqual(recovered);
    expect((await store.list()).find((e) => e.id === victim.id)?.damaged).toBeUndefined();
    expect((await store.save(recovered)).revision).toBe(recovered.revision + 1);
  });
});

describe('damaged files without a good version', () => {
  it('still lists a programme whose only file is unreadable, and moves it aside only on recover', async () => {
    const store = t.open();
    const created = await store.create(sampleArg());
    const file = engagementPath(t.dataDir, created.id, 'engagement.json');
    await fs.writeFile(file, 'not json');
    const fresh = t.open();
    const [entry] = await fresh.list();
    expect(entry?.id).toBe(created.id);
    expect(entry?.damaged?.file).toBe(`engagements/${created.id}/engagement.json`);
    const error = await expectCode(() => fresh.get(created.id), 'damaged');
    expect(error.details).toEqual({ file: `engagements/${created.id}/engagement.json` });
    await expectCode(() => fresh.recover(created.id), 'not_found');
    expect(await fs.readFile(file, 'utf8')).toBe('not json');
  });

  it('reports a damaged history version by name when recovering it', async () => {
    const store = t.open();
    let current = await store.create(sampleArg());
    current = await store.save(current);
    current = await store.save(current);
    await fs.writeFile(engagementPath(t.dataDir, current.id, 'history', '2.json'), '{');
    const error = await expectCode(() => store.recover(current.id, 2), 'damaged');
    expect(error.details).toMatchObject({
      file: `engagements/${current.id}/history/2.json`,
      lastGoodRevision: 1,
    });
    expect((await store.recover(current.id)).revision).toBe(4);
  });
});
