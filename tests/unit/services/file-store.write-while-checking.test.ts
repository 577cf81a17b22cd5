import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Engagement } from '../../../shared/domain/engagement.js';
import { traceWriterThread } from '../../../electron/services/file-store/writer-thread.js';
import { engagementPath, sampleArg, useTempStore } from '../../support/file-store-fixtures.js';

// The usual save writes the programme on the writer thread while it is
// validated (EngagementStore.writeWhileChecking). These tests pin down that
// the bytes kept are always the validated programme, and that every way the
// shortcut can be wrong sends the save the plain way.

const t = useTempStore();

async function folderFiles(id: string): Promise<string[]> {
  const dir = path.join(t.dataDir, 'engagements', id);
  const entries = await fs.readdir(dir, { recursive: true });
  return entries.map(String).sort();
}

async function saved(store: ReturnType<typeof t.open>): Promise<Engagement> {
  const created = await store.create(sampleArg());
  // The second save is the first the shortcut can take: the folder is swept and the file known.
  return store.save({ ...created, notes: 'første' });
}

describe('a save written while it is validated', () => {
  it('takes the shortcut for a plain edit: one write on the writer thread, the old version linked first', async () => {
    const store = t.open();
    const first = await saved(store);
    const ops: string[] = [];
    traceWriterThread((lines) => ops.push(...lines));
    try {
      const next = await store.save({ ...first, notes: 'anden' });
      expect(next.revision).toBe(first.revision + 1);
    } finally {
      traceWriterThread(undefined);
    }
    const file = engagementPath(t.dataDir, first.id, 'engagement.json');
    expect(ops[0]).toBe(`link ${file} ${path.join(path.dirname(file), 'history', `${first.revision}.json`)}`);
    expect(ops.some((op) => op.startsWith('rename ') && op.endsWith(` ${file}`))).toBe(true);
    const onDisk = JSON.parse(await fs.readFile(file, 'utf8')) as Engagement;
    expect(onDisk).toMatchObject({ notes: 'anden', revision: first.revision + 1 });
  });

  it('never keeps a key the schema strips: the programme is written again from the validated copy', async () => {
    const store = t.open();
    const first = await saved(store);
    const withExtra = { ...first, notes: 'med ekstra', sneaky: 'x'.repeat(100) } as Engagement;
    const next = await store.save(withExtra);
    expect(next).not.toHaveProperty('sneaky');
    const text = await fs.readFile(engagementPath(t.dataDir, first.id, 'engagement.json'), 'utf8');
    expect(text).not.toContain('sneaky');
    expect(JSON.parse(text)).toMatchObject({ notes: 'med ekstra', revision: first.revision + 1 });
    expect((await folderFiles(first.id)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('a refused programme leaves the folder exactly as it was: no temp file, no new history link', async () => {
    const store = t.open();
    const first = await saved(store);
    await store.flush();
    const before = await folderFiles(first.id);
    const text = await fs.readFile(engagementPath(t.dataDir, first.id, 'engagement.json'), 'utf8');
    await expect(store.save({ ...first, title: '' })).rejects.toMatchObject({ code: 'invalid_argument' });
    await store.flush();
    expect(await folderFiles(first.id)).toEqual(before);
    expect(await fs.readFile(engagementPath(t.dataDir, first.id, 'engagement.json'), 'utf8')).toBe(text);
  });

  it('a file changed behind the store keeps its own content under its history name', async () => {
    const store = t.open();
    const first = await saved(store);
    const file = engagementPath(t.dataDir, first.id, 'engagement.json');
    // Another program rewrites the file at the same revision (a new inode, as any atomic writer makes).
    const outside = { ...first, notes: 'skrevet udefra' };
    await fs.writeFile(`${file}.outside`, JSON.stringify(outside, null, 2));
    await fs.rename(`${file}.outside`, file);

    const next = await store.save({ ...first, notes: 'fra Forløb' });
    expect(next.revision).toBe(first.revision + 1);
    const kept = JSON.parse(
      await fs.readFile(path.join(path.dirname(file), 'history', `${first.revision}.json`), 'utf8'),
    ) as Engagement;
    expect(kept.notes).toBe('skrevet udefra');
  });

  it('a history link the disk refuses fails the save plainly and leaves no temp file', async () => {
    const store = t.open();
    const first = await saved(store);
    const history = path.join(t.dataDir, 'engagements', first.id, 'history');
    await fs.rm(history, { recursive: true, force: true });
    await fs.writeFile(history, 'not a folder');
    const text = await fs.readFile(engagementPath(t.dataDir, first.id, 'engagement.json'), 'utf8');

    await expect(store.save({ ...first, notes: 'kan ikke gemmes' })).rejects.toMatchObject({
      code: 'internal',
    });
    expect(await fs.readFile(engagementPath(t.dataDir, first.id, 'engagement.json'), 'utf8')).toBe(text);
    expect((await folderFiles(first.id)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});
