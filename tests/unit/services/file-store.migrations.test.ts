import { promises as fs } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ENGAGEMENT_SCHEMA_VERSION, Engagement } from '../../../shared/domain/engagement.js';
import {
  ENGAGEMENT_MIGRATIONS,
  migrate,
  type Migration,
  type MigrationChain,
} from '../../../shared/domain/migrations.js';
import { toVersion1 } from '../../support/version-1.js';
import { engagementPath, expectCode, sampleArg, useTempStore } from '../../support/file-store-fixtures.js';

const t = useTempStore();

/** A made-up version 0 that had neither `status` nor `notes`. */
const fakeChain: MigrationChain = new Map<number, Migration>([
  [0, (doc) => ({ status: 'aktiv', notes: '', ...doc })],
  ...ENGAGEMENT_MIGRATIONS,
]);

async function writeV0(): Promise<{ id: string; v0: Record<string, unknown> }> {
  const store = t.open();
  const current = await store.create(sampleArg());
  const { status: _status, notes: _notes, ...rest } = current;
  const v0 = { ...toVersion1(rest), schemaVersion: 0 };
  await fs.writeFile(engagementPath(t.dataDir, current.id, 'engagement.json'), JSON.stringify(v0));
  return { id: current.id, v0 };
}

describe('schema migrations', () => {
  it('runs the chain one step at a time and stamps each step’s version', () => {
    const seen: number[] = [];
    const chain: MigrationChain = new Map<number, Migration>([
      [0, (doc) => (seen.push(Number(doc.schemaVersion)), { ...doc, a: 1 })],
      [1, (doc) => (seen.push(Number(doc.schemaVersion)), { ...doc, b: 2 })],
    ]);
    expect(migrate({ schemaVersion: 0 }, chain, 2)).toEqual({
      ok: true,
      from: 0,
      doc: { schemaVersion: 2, a: 1, b: 2 },
    });
    expect(seen).toEqual([0, 1]);
    expect(migrate({ schemaVersion: 2, x: 1 }, chain, 2)).toEqual({
      ok: true,
      from: 2,
      doc: { schemaVersion: 2, x: 1 },
    });
  });

  it('refuses newer versions, gaps in the chain and documents without a version', () => {
    expect(migrate({ schemaVersion: 99 }, fakeChain, 1)).toEqual({
      ok: false,
      problem: 'newer',
      version: 99,
    });
    expect(migrate({ schemaVersion: 0 }, new Map(), 1)).toEqual({
      ok: false,
      problem: 'no-step',
      version: 0,
    });
    expect(migrate({}, fakeChain, 1)).toEqual({ ok: false, problem: 'no-version' });
    expect(migrate({ schemaVersion: '1' }, fakeChain, 1)).toEqual({ ok: false, problem: 'no-version' });
    expect(migrate([1], fakeChain, 1)).toEqual({ ok: false, problem: 'not-an-object' });
    expect(migrate(null, fakeChain, 1)).toEqual({ ok: false, problem: 'not-an-object' });
  });

  it('has a real chain that reaches the current version from every version it claims to support', () => {
    for (const from of ENGAGEMENT_MIGRATIONS.keys()) {
      expect(from).toBeLessThan(ENGAGEMENT_SCHEMA_VERSION);
    }
    expect(migrate({ schemaVersion: ENGAGEMENT_SCHEMA_VERSION })).toMatchObject({ ok: true });
  });

  it('lets the store read, list and save a version 0 file as the current version', async () => {
    const { id } = await writeV0();
    const store = t.open({ migrations: fakeChain });
    const read = await store.get(id);
    expect(read.schemaVersion).toBe(ENGAGEMENT_SCHEMA_VERSION);
    expect(read.status).toBe('aktiv');
    expect(read.notes).toBe('');
    expect((await store.list())[0]).toMatchObject({ id, status: 'aktiv' });

    const saved = await store.save({ ...read, notes: 'efter migrering' });
    const onDisk = Engagement.parse(
      JSON.parse(await fs.readFile(engagementPath(t.dataDir, id, 'engagement.json'), 'utf8')),
    );
    expect(onDisk).toEqual(saved);
    // History keeps the file as it was, and is migrated again when recovered.
    const kept = JSON.parse(
      await fs.readFile(engagementPath(t.dataDir, id, 'history', '1.json'), 'utf8'),
    ) as {
      schemaVersion: number;
    };
    expect(kept.schemaVersion).toBe(0);
    const recovered = await store.recover(id, 1);
    expect(recovered).toMatchObject({ schemaVersion: ENGAGEMENT_SCHEMA_VERSION, notes: '', revision: 3 });
  });

  it('reports a version 0 file as damaged when the chain cannot upgrade it', async () => {
    const { id } = await writeV0();
    const error = await expectCode(() => t.open().get(id), 'damaged');
    expect(error.message).toContain('skemaversion 0');
  });
});
