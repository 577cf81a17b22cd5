import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { traceWriterThread } from '../../../electron/services/file-store/writer-thread.js';
import { engagementPath, sampleArg, useTempStore } from '../../support/file-store-fixtures.js';

// The store's file operations, in the order they reach the filesystem, as
// strace shows them: `open <path>`, `fsync <path>`, `rename <from> <to>`,
// `link <from> <to>`, `mkdir <path>`. Paths are relative to the data folder.
// A power cut cannot be simulated here; this proves the order that makes one
// harmless (file fsync, rename, folder fsync before the call resolves).

const t = useTempStore();
let log: string[] = [];
let handleProto: { sync: () => Promise<void> };
const handlePaths = new WeakMap<object, string>();

beforeAll(async () => {
  const probe = await fs.open(os.tmpdir(), 'r');
  handleProto = Object.getPrototypeOf(probe) as typeof handleProto;
  await probe.close();
});

const rel = (p: unknown) => {
  const text = String(p);
  return text.startsWith(t.dataDir) ? path.relative(t.dataDir, text).split(path.sep).join('/') || '.' : text;
};
const anonymise = (line: string) =>
  line
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '<id>')
    .replace(/\.[0-9a-f]{12}\.tmp/g, '.<tmp>');

/** Starts a fresh log (undoing the spies of an earlier call, so they never wrap each other). */
function record(): void {
  vi.restoreAllMocks();
  log = [];
  // Durable writes run on the writer thread; its calls join the log as each request answers.
  traceWriterThread((ops) => {
    for (const op of ops)
      log.push(
        anonymise(
          op
            .split(' ')
            .map((word, i) => (i === 0 ? word : rel(word)))
            .join(' '),
        ),
      );
  });
  const open = fs.open.bind(fs);
  vi.spyOn(fs, 'open').mockImplementation(async (file, ...rest) => {
    const handle = await open(file, ...rest);
    handlePaths.set(handle, rel(file));
    log.push(anonymise(`open ${rel(file)}`));
    return handle;
  });
  const sync = handleProto.sync;
  vi.spyOn(handleProto, 'sync').mockImplementation(async function (this: object) {
    await sync.call(this);
    log.push(anonymise(`fsync ${handlePaths.get(this) ?? '?'}`));
  });
  for (const name of ['rename', 'link'] as const) {
    const original = fs[name].bind(fs);
    vi.spyOn(fs, name).mockImplementation(async (from, to) => {
      await original(from, to);
      log.push(anonymise(`${name} ${rel(from)} ${rel(to)}`));
    });
  }
}

afterEach(() => {
  vi.restoreAllMocks();
  traceWriterThread(undefined);
});

/** Asserts that `expected` lines occur in `log` in this order (other lines may come between). */
function expectInOrder(expected: string[]): void {
  let at = 0;
  for (const line of expected) {
    const found = log.indexOf(line, at);
    expect(found, `"${line}" after position ${at} in:\n${log.join('\n')}`).toBeGreaterThanOrEqual(0);
    at = found + 1;
  }
}

describe('durable writes', () => {
  it('save: history link, temp file fsynced, history folder fsynced, rename, programme folder fsynced', async () => {
    const store = t.open();
    const created = await store.create(sampleArg());
    const second = await store.save({ ...created, notes: 'to' });
    record();
    // The usual save (the programme known and swept): written while it is validated.
    const third = await store.save({ ...second, notes: 'tre' });
    const done = log.length;
    const dir = 'engagements/<id>';
    expectInOrder([
      `open ${dir}/engagement.json.<tmp>`,
      `fsync ${dir}/engagement.json.<tmp>`,
      `rename ${dir}/engagement.json.<tmp> ${dir}/engagement.json`,
      `fsync ${dir}`,
    ]);
    // The old version is linked into history, and that folder fsynced (alongside
    // the file), before the old name is replaced.
    expect(log.indexOf(`link ${dir}/engagement.json ${dir}/history/2.json`)).toBeLessThan(
      log.indexOf(`rename ${dir}/engagement.json.<tmp> ${dir}/engagement.json`),
    );
    const historySync = log.indexOf(`fsync ${dir}/history`);
    expect(historySync).toBeGreaterThan(log.indexOf(`link ${dir}/engagement.json ${dir}/history/2.json`));
    expect(historySync).toBeLessThan(
      log.indexOf(`rename ${dir}/engagement.json.<tmp> ${dir}/engagement.json`),
    );
    // All of it before save() resolved: nothing of it shows up in what runs after.
    await store.flush();
    expect(log.length).toBeGreaterThanOrEqual(done);
    const rename = log.indexOf(`rename ${dir}/engagement.json.<tmp> ${dir}/engagement.json`);
    const dirSync = log.indexOf(`fsync ${dir}`, rename);
    expect(dirSync).toBeGreaterThan(rename);
    expect(dirSync).toBeLessThan(done);
    expect(third.revision).toBe(3);
  });

  it('first save: the new history folder’s own name is fsynced before the rename too', async () => {
    const store = t.open();
    const created = await store.create(sampleArg());
    record();
    await store.save({ ...created, notes: 'to' });
    const dir = 'engagements/<id>';
    const rename = log.indexOf(`rename ${dir}/engagement.json.<tmp> ${dir}/engagement.json`);
    expect(log.indexOf(`fsync ${dir}/history`)).toBeLessThan(rename);
    expect(log.indexOf(`fsync ${dir}`)).toBeLessThan(rename);
    expect(log.lastIndexOf(`fsync ${dir}`)).toBeGreaterThan(rename);
  });

  it('create: built under a staging name, fsynced, renamed into place, engagements/ fsynced', async () => {
    const store = t.open();
    record();
    const created = await store.create(sampleArg());
    const staging = 'engagements/.creating-<id>';
    expectInOrder([
      `open ${staging}/engagement.json`,
      `rename ${staging} engagements/<id>`,
      'fsync engagements',
    ]);
    // The file and its folder are fsynced side by side (in either order), both before the rename.
    const rename = log.indexOf(`rename ${staging} engagements/<id>`);
    const opened = log.indexOf(`open ${staging}/engagement.json`);
    for (const line of [`fsync ${staging}/engagement.json`, `fsync ${staging}`]) {
      const at = log.indexOf(line, opened);
      expect(at, line).toBeGreaterThan(opened);
      expect(at, line).toBeLessThan(rename);
    }
    expect(await fs.readdir(path.join(t.dataDir, 'engagements'))).toEqual([created.id]);
  });

  it('delete and restore: both parent folders fsynced after each move', async () => {
    const store = t.open();
    const { id } = await store.create(sampleArg());
    record();
    await store.delete(id);
    expectInOrder([
      'fsync engagements/<id>/deleted.json.<tmp>',
      'rename engagements/<id>/deleted.json.<tmp> engagements/<id>/deleted.json',
      'fsync engagements/<id>',
      'rename engagements/<id> trash/<id>',
    ]);
    const moved = log.indexOf('rename engagements/<id> trash/<id>');
    expect(log.slice(moved)).toEqual(expect.arrayContaining(['fsync engagements', 'fsync trash']));

    record();
    await store.restore(id);
    const back = log.indexOf('rename trash/<id> engagements/<id>');
    expect(back).toBeGreaterThanOrEqual(0);
    expect(log.slice(back)).toEqual(expect.arrayContaining(['fsync engagements', 'fsync trash']));
    expect(await fs.readdir(engagementPath(t.dataDir, id))).toEqual(['engagement.json']);
  });
});
