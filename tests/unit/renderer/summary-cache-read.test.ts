// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { summarizeEngagement } from '@shared/domain/engagement-summary';
import { ForlobDb } from '@/db/forlob-db';
import { CACHE_DATABASE, readSummaryCache } from '@/db/summary-cache-read';
import { FakeApi, TODAY } from './fake-api';

let counter = 0;
const name = () => `forlob-cache-read-${++counter}`;

describe('the entry script reads the list cache without Dexie', () => {
  it('reads the database ForlobDb opens by default', () => {
    expect(new ForlobDb().name).toBe(CACHE_DATABASE);
  });

  it('sees the rows Dexie wrote, as Dexie returns them', async () => {
    const api = new FakeApi();
    const rows = [api.seed(), api.seed('ruc-dialog')].map((e) => summarizeEngagement(e, TODAY));
    const db = new ForlobDb(name());
    await db.summaries.bulkPut(rows);
    const viaDexie = await db.summaries.toArray();
    db.close();
    expect(await readSummaryCache(db.name)).toEqual(viaDexie);
  });

  it('finds nothing, and creates nothing, when there is no database yet; Dexie then opens it as new', async () => {
    const missing = name();
    expect(await readSummaryCache(missing)).toEqual([]);
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(missing);
    const db = new ForlobDb(missing);
    await db.summaries.put(summarizeEngagement(new FakeApi().seed(), TODAY));
    expect(await db.summaries.count()).toBe(1);
    db.close();
  });

  it('does not hold up a newer Forløb that upgrades the database while it reads', async () => {
    const db = new ForlobDb(name());
    await db.summaries.put(summarizeEngagement(new FakeApi().seed(), TODAY));
    db.close();
    const reading = readSummaryCache(db.name);
    const newer = new Dexie(db.name);
    // One version past today's ForlobDb (2), adding an index.
    newer.version(1).stores({ summaries: 'id, updatedAt', engagements: 'id', outbox: 'id, queuedAt' });
    newer.version(2).stores({});
    newer.version(3).stores({ summaries: 'id, updatedAt, title' });
    await newer.open();
    expect(newer.verno).toBe(3);
    expect((await reading).length).toBeLessThanOrEqual(1);
    newer.close();
  });
});
