import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Engagement } from '../../../shared/domain/engagement.js';
import { PROGRAMME_TEMPLATES } from '../../../shared/templates/programme-templates.js';
import { resolveDataDir } from '../../../electron/services/file-store/index.js';
import {
  engagementPath,
  expectCode,
  sampleArg,
  snapshot,
  useTempStore,
} from '../../support/file-store-fixtures.js';

const t = useTempStore();

describe('EngagementStore round trip', () => {
  it('creates, lists, gets, saves, deletes, restores and lists the trash', async () => {
    const store = t.open();
    const created = await store.create(sampleArg());
    expect(created.revision).toBe(1);
    expect(created.title).toBe('Aarhus Kommune – Hjemmeplejen Syd');
    expect(created.id).toMatch(/^[0-9a-f-]{36}$/);
    const onDisk = Engagement.parse(
      JSON.parse(await fs.readFile(engagementPath(t.dataDir, created.id, 'engagement.json'), 'utf8')),
    );
    expect(onDisk).toEqual(created);

    const list = await store.list();
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({
      id: created.id,
      organisation: 'Aarhus Kommune',
      revision: 1,
      currentPhase: 'preparation',
    });

    expect(await store.get(created.id)).toEqual(created);

    const saved = await store.save({ ...created, notes: 'Første note' });
    expect(saved.revision).toBe(2);
    expect(saved.notes).toBe('Første note');
    expect(Date.parse(saved.updatedAt)).toBeGreaterThanOrEqual(Date.parse(created.updatedAt));
    expect(await store.get(created.id)).toEqual(saved);
    expect((await store.list())[0]?.revision).toBe(2);

    const deleted = await store.delete(created.id);
    expect(deleted.id).toBe(created.id);
    expect(await store.list()).toEqual([]);
    await expectCode(() => store.get(created.id), 'not_found');
    const trash = await store.trash();
    expect(trash).toEqual([
      { id: created.id, title: saved.title, organisation: 'Aarhus Kommune', deletedAt: deleted.deletedAt },
    ]);

    const restored = await store.restore(created.id);
    expect(restored).toEqual(saved);
    expect(await store.trash()).toEqual([]);
    expect((await store.list()).map((s) => s.id)).toEqual([created.id]);
    await expect(fs.stat(engagementPath(t.dataDir, created.id, 'deleted.json'))).rejects.toThrow();
    expect((await store.save(restored)).revision).toBe(3);
  });

  it('creates each template with its phases and meetings', async () => {
    const store = t.open();
    for (const template of PROGRAMME_TEMPLATES) {
      const engagement = await store.create(sampleArg({ templateId: template.id }));
      expect(engagement.templateId).toBe(template.id);
      expect(engagement.phases.map((p) => p.kind)).toEqual(template.phases.map((p) => p.kind));
      expect(engagement.phases.map((p) => p.meetings.map((m) => [m.kind, m.title, m.minutes]))).toEqual(
        template.phases.map((p) => p.meetings.map((m) => [m.kind, m.title, m.minutes])),
      );
      expect(await store.get(engagement.id)).toEqual(engagement);
    }
    expect(await store.list()).toHaveLength(PROGRAMME_TEMPLATES.length);
  });

  it('puts meetingDates keyed by template meeting keys on the meetings', async () => {
    const store = t.open({ now: () => new Date('2030-01-10T09:00:00Z') });
    const engagement = await store.create(
      sampleArg({ meetingDates: { 'forberedende-moede': '2030-01-05', seminar: '2030-02-01' } }),
    );
    const dates = Object.fromEntries(
      engagement.phases.flatMap((p) => p.meetings.map((m) => [m.kind, m.date])),
    );
    expect(dates).toEqual({
      formoede: '2030-01-05',
      seminar: '2030-02-01',
      midtvejsmoede: undefined,
      opsamlingsmoede: undefined,
    });
    expect((await store.list())[0]).toMatchObject({ currentPhase: 'seminar', nextMeetingDate: '2030-02-01' });
  });

  it('refuses an unknown template and an invalid argument with invalid_argument', async () => {
    const store = t.open();
    const error = await expectCode(
      () => store.create(sampleArg({ templateId: 'findes-ikke' })),
      'invalid_argument',
    );
    expect(error.message).toContain('findes-ikke');
    await expectCode(
      () => store.create(sampleArg({ client: { organisation: '', unit: '', sector: 'kommune' } })),
      'invalid_argument',
    );
    expect(await snapshot(t.dataDir)).toEqual({});
  });

  it('refuses a save that fails the schema, leaving the file as it was', async () => {
    const store = t.open();
    const created = await store.create(sampleArg());
    const before = await snapshot(t.dataDir);
    const error = await expectCode(
      () => store.save({ ...created, status: 'ukendt' } as unknown as Engagement),
      'invalid_argument',
    );
    expect(error.message).toMatch(/status/);
    expect(await snapshot(t.dataDir)).toEqual(before);
  });

  it('answers not_found for unknown ids', async () => {
    const store = t.open();
    const id = 'abc-123';
    await expectCode(() => store.get(id), 'not_found');
    await expectCode(() => store.delete(id), 'not_found');
    await expectCode(() => store.restore(id), 'not_found');
    await expectCode(() => store.history(id), 'not_found');
    await expectCode(() => store.recover(id), 'not_found');
    const created = await store.create(sampleArg());
    await expectCode(() => store.save({ ...created, id }), 'not_found');
  });

  it('refuses to restore over an engagement with the same id', async () => {
    const store = t.open();
    const created = await store.create(sampleArg());
    await store.delete(created.id);
    const live = engagementPath(t.dataDir, created.id);
    await fs.mkdir(live, { recursive: true });
    await fs.copyFile(
      path.join(t.dataDir, 'trash', created.id, 'engagement.json'),
      path.join(live, 'engagement.json'),
    );
    await expectCode(() => store.restore(created.id), 'conflict');
    expect((await store.trash()).map((e) => e.id)).toEqual([created.id]);
  });

  it('removes temp files a killed writer left behind when it next saves', async () => {
    const store = t.open();
    const created = await store.create(sampleArg());
    const stale = engagementPath(t.dataDir, created.id, 'engagement.json.2718281828');
    await fs.writeFile(stale, '{"half": ');
    await store.save(created);
    await expect(fs.stat(stale)).rejects.toThrow();
  });

  it('resolves the data folder from FORLOB_DATA_DIR, made absolute, else the fallback', () => {
    expect(resolveDataDir({ FORLOB_DATA_DIR: 'rel/data' }, '/fallback')).toBe(path.resolve('rel/data'));
    expect(resolveDataDir({ FORLOB_DATA_DIR: '/abs/data' }, '/fallback')).toBe(path.resolve('/abs/data'));
    expect(resolveDataDir({}, '/fallback')).toBe(path.resolve('/fallback'));
    expect(resolveDataDir({ FORLOB_DATA_DIR: '' }, '/fallback')).toBe(path.resolve('/fallback'));
  });
});
