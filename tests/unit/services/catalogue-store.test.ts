import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createApiService,
  invokeToEnvelope,
  type ApiService,
} from '../../../electron/services/api-service.js';
import { CatalogueStore } from '../../../electron/services/catalogue/index.js';
import { EngagementStore } from '../../../electron/services/file-store/index.js';
import type { ApiResult } from '../../../shared/api.js';
import { builtInCards } from '../../../shared/library/builtin-cards.js';
import type { CatalogueCard, CustomCardDraft } from '../../../shared/library/catalogue.js';

let root: string;
let dataDir: string;
let api: ApiService;

beforeEach(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'forlob-catalogue-'));
  dataDir = path.join(root, 'data');
  await fs.mkdir(dataDir);
  api = createApiService(new EngagementStore({ dataDir }), new CatalogueStore({ dataDir }));
});
afterEach(async () => {
  await fs.rm(root, { recursive: true, force: true });
});

async function call<T>(method: string, arg: unknown): Promise<T> {
  const envelope = await invokeToEnvelope(api, method, arg);
  if (!envelope.ok) throw Object.assign(new Error(envelope.error.message), envelope.error);
  return envelope.value as T;
}
async function failure(method: string, arg: unknown): Promise<{ code: string; message: string }> {
  const envelope = await invokeToEnvelope(api, method, arg);
  if (envelope.ok) throw new Error(`${method} should have failed`);
  return envelope.error;
}

/** An own card copied from the first built-in card, as "Kopiér og tilpas" makes it. */
function ownCopy(id = 'egen-barometer'): CustomCardDraft {
  const { origin: _origin, revision: _revision, updatedAt: _updatedAt, ...fields } = builtInCards()[0]!;
  return { ...fields, id, title: 'Vores barometer', basedOn: fields.id };
}

async function snapshot(): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else files[path.relative(dataDir, full)] = await fs.readFile(full, 'utf8');
    }
  };
  await walk(dataDir);
  return files;
}

describe('catalogue (built-in cards)', () => {
  it('lists every built-in card, and gets one by id', async () => {
    const cards = await call<ApiResult<'catalogue.list'>>('catalogue.list', {});
    expect(cards.map((card) => card.id)).toEqual(builtInCards().map((card) => card.id));
    expect(cards.every((card) => card.origin === 'builtin')).toBe(true);
    const first = builtInCards()[0]!;
    expect(await call('catalogue.get', { id: first.id })).toEqual(first);
  });

  it('answers not_found for an unknown id, and invalid_argument for an id that could become a path', async () => {
    expect((await failure('catalogue.get', { id: 'findes-ikke' })).code).toBe('not_found');
    for (const id of ['../engagements', 'a/b', '', 'A']) {
      expect((await failure('catalogue.get', { id })).code).toBe('invalid_argument');
    }
  });
});

describe('catalogue (own cards)', () => {
  it('saves, lists, gets, updates and deletes an own card, durably in library/<id>.json', async () => {
    const saved = await call<CatalogueCard>('catalogue.saveCustom', { card: ownCopy() });
    expect(saved).toMatchObject({
      id: 'egen-barometer',
      origin: 'custom',
      revision: 1,
      title: 'Vores barometer',
    });
    const onDisk = JSON.parse(
      await fs.readFile(path.join(dataDir, 'library', 'egen-barometer.json'), 'utf8'),
    );
    expect(onDisk).toMatchObject({ schemaVersion: 1, id: 'egen-barometer', revision: 1 });

    const listed = await call<CatalogueCard[]>('catalogue.list', {});
    expect(listed.at(-1)).toEqual(saved);
    expect(await call('catalogue.get', { id: 'egen-barometer' })).toEqual(saved);

    const updated = await call<CatalogueCard>('catalogue.saveCustom', {
      card: { ...ownCopy(), title: 'Barometer, ny udgave', revision: 1 },
    });
    expect(updated).toMatchObject({ revision: 2, title: 'Barometer, ny udgave' });

    expect(await call('catalogue.deleteCustom', { id: 'egen-barometer' })).toEqual({ id: 'egen-barometer' });
    expect((await failure('catalogue.get', { id: 'egen-barometer' })).code).toBe('not_found');
    expect((await failure('catalogue.deleteCustom', { id: 'egen-barometer' })).code).toBe('not_found');
  });

  it('refuses to overwrite or delete a built-in card, in Danish, and writes nothing', async () => {
    const builtIn = builtInCards()[0]!;
    const before = await snapshot();
    const overwrite = await failure('catalogue.saveCustom', { card: { ...ownCopy(), id: builtIn.id } });
    expect(overwrite.code).toBe('invalid_argument');
    expect(overwrite.message).toMatch(/indbygget øvelse/);
    const remove = await failure('catalogue.deleteCustom', { id: builtIn.id });
    expect(remove.code).toBe('invalid_argument');
    expect(await snapshot()).toEqual(before);
  });

  it('refuses an invalid card with invalid_argument and a Danish message, and writes nothing', async () => {
    const before = await snapshot();
    const cases: unknown[] = [
      { ...ownCopy(), title: '' },
      { ...ownCopy(), steps: [] },
      { ...ownCopy(), kind: 'map' },
      { ...ownCopy(), minutes: 0 },
      { ...ownCopy(), id: '../../x' },
      'ikke et kort',
    ];
    for (const card of cases) {
      const error = await failure('catalogue.saveCustom', { card });
      expect(error.code).toBe('invalid_argument');
      expect(error.message).toMatch(/Ugyldige data/);
    }
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a stale save with conflict and keeps the newer card', async () => {
    await call('catalogue.saveCustom', { card: ownCopy() });
    await call('catalogue.saveCustom', { card: { ...ownCopy(), title: 'Ny titel', revision: 1 } });
    const stale = await failure('catalogue.saveCustom', {
      card: { ...ownCopy(), title: 'Gammel', revision: 1 },
    });
    expect(stale.code).toBe('conflict');
    const again = await failure('catalogue.saveCustom', { card: ownCopy() });
    expect(again.code).toBe('conflict');
    expect(await call('catalogue.get', { id: 'egen-barometer' })).toMatchObject({
      title: 'Ny titel',
      revision: 2,
    });
  });

  it('names a damaged library file while the rest of the library still lists, and never overwrites it', async () => {
    await call('catalogue.saveCustom', { card: ownCopy('egen-god') });
    const broken = path.join(dataDir, 'library', 'egen-oedelagt.json');
    await fs.writeFile(broken, '{"schemaVersion": 1, "id": "egen-oedelagt", "tit');
    const wrongShape = path.join(dataDir, 'library', 'egen-forkert.json');
    await fs.writeFile(wrongShape, JSON.stringify({ schemaVersion: 1, id: 'egen-forkert' }));

    const cards = await call<CatalogueCard[]>('catalogue.list', {});
    expect(cards.filter((card) => card.origin === 'custom').map((card) => card.id)).toEqual(['egen-god']);
    expect(cards.length).toBe(builtInCards().length + 1);

    const problems = await call<{ file: string; message: string }[]>('catalogue.problems', {});
    expect(problems.map((problem) => problem.file).sort()).toEqual([
      'library/egen-forkert.json',
      'library/egen-oedelagt.json',
    ]);
    expect(problems.every((problem) => /kunne ikke læses/.test(problem.message))).toBe(true);

    const get = await failure('catalogue.get', { id: 'egen-oedelagt' });
    expect(get.code).toBe('damaged');
    expect(get.message).toContain('library/egen-oedelagt.json');
    const save = await failure('catalogue.saveCustom', { card: ownCopy('egen-oedelagt') });
    expect(save.code).toBe('damaged');
    expect(await fs.readFile(broken, 'utf8')).toBe('{"schemaVersion": 1, "id": "egen-oedelagt", "tit');
  });

  it('does not let a file in library/ pose as a built-in card', async () => {
    const builtIn = builtInCards()[0]!;
    await fs.mkdir(path.join(dataDir, 'library'));
    const { origin: _o, ...fields } = builtIn;
    await fs.writeFile(
      path.join(dataDir, 'library', `${builtIn.id}.json`),
      JSON.stringify({
        ...fields,
        schemaVersion: 1,
        revision: 1,
        updatedAt: '2026-11-22T10:00:00.000Z',
        title: 'Fup',
      }),
    );
    const cards = await call<CatalogueCard[]>('catalogue.list', {});
    expect(cards.filter((card) => card.id === builtIn.id)).toEqual([builtIn]);
    expect((await call<unknown[]>('catalogue.problems', {})).length).toBe(1);
  });
});
