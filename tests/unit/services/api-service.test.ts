import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiParsedArg } from '../../../shared/api.js';
import { ApiEnvelope } from '../../../shared/bridge.js';
import { createEngagement } from '../../../shared/domain/create-engagement.js';
import type { Engagement } from '../../../shared/domain/engagement.js';
import { ApiError } from '../../../shared/errors.js';
import { findTemplate, PROGRAMME_TEMPLATES } from '../../../shared/templates/programme-templates.js';
import {
  createApiService,
  INTERNAL_ERROR_MESSAGE,
  invokeToEnvelope,
  type CataloguePort,
  type EngagementStorePort,
} from '../../../electron/services/api-service.js';
import { EngagementStore } from '../../../electron/services/file-store/index.js';
import { programmeForRules, RULE_BREAKERS } from '../../support/rule-breakers.js';

const CREATE_ARG = {
  templateId: 'nfa-grundmodel',
  client: { organisation: 'Testby Kommune', unit: 'Rengøring', sector: 'kommune' },
} satisfies ApiParsedArg<'engagements.create'>;

function sampleEngagement(id = 'sample-1'): Engagement {
  const template = findTemplate('nfa-grundmodel');
  if (!template) throw new Error('template missing');
  let n = 0;
  return createEngagement(template, CREATE_ARG, {
    id,
    now: '2026-11-21T10:00:00.000Z',
    newId: () => `nested-${++n}`,
  });
}

/** A store whose every method fails the test unless a case overrides it. */
function untouchableStore(overrides: Partial<EngagementStorePort> = {}): EngagementStorePort {
  const refuse = () => {
    throw new Error('the store must not be called');
  };
  return {
    list: vi.fn(refuse),
    create: vi.fn(refuse),
    get: vi.fn(refuse),
    saveCheckedBy: vi.fn(refuse),
    delete: vi.fn(refuse),
    restore: vi.fn(refuse),
    trash: vi.fn(refuse),
    history: vi.fn(refuse),
    recover: vi.fn(refuse),
    ...overrides,
  };
}

/** The catalogue is not under test here; any call to it fails the test. */
function untouchableCatalogue(): CataloguePort {
  const refuse = () => {
    throw new Error('the catalogue must not be called');
  };
  return {
    list: vi.fn(refuse),
    get: vi.fn(refuse),
    saveCustom: vi.fn(refuse),
    deleteCustom: vi.fn(refuse),
    problems: vi.fn(refuse),
  };
}

async function rejection(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe('createApiService (against a fake store)', () => {
  it('answers templates.list with the programme templates', async () => {
    const api = createApiService(untouchableStore(), untouchableCatalogue());
    await expect(api.invoke('templates.list', {})).resolves.toEqual(PROGRAMME_TEMPLATES);
  });

  it('refuses an unknown method in Danish without calling the store', async () => {
    const store = untouchableStore();
    const error = await rejection(
      createApiService(store, untouchableCatalogue()).invoke('engagements.drop', {}),
    );
    expect(error.code).toBe('invalid_argument');
    expect(error.message).toBe('Ukendt funktion: engagements.drop');
    // Object.prototype names are not methods either.
    expect(
      (await rejection(createApiService(store, untouchableCatalogue()).invoke('toString', {}))).code,
    ).toBe('invalid_argument');
  });

  it.each([
    ['engagements.get', { id: 42 }],
    ['engagements.get', {}],
    ['engagements.get', { id: '../../etc' }],
    ['engagements.delete', { id: 'abc', also: 'this' }],
    ['engagements.list', { x: 1 }],
    ['engagements.list', undefined],
    ['engagements.create', { ...CREATE_ARG, client: { ...CREATE_ARG.client, sector: 'kosmos' } }],
    ['engagements.save', { engagement: 'x' }],
    ['engagements.recover', { id: 'abc', revision: 0 }],
  ])('rejects %s(%j) as invalid_argument with a Danish message, before the store', async (method, arg) => {
    const store = untouchableStore();
    const error = await rejection(createApiService(store, untouchableCatalogue()).invoke(method, arg));
    expect(error.code).toBe('invalid_argument');
    expect(error.message).toMatch(
      new RegExp(`^Ugyldige data for argumentet til ${method.replace('.', '\\.')}`),
    );
    expect(error.message).toMatch(/Ugyldig|forventede|Ukendt nøgle/);
    for (const fn of Object.values(store)) expect(fn).not.toHaveBeenCalled();
  });

  it('passes the parsed argument to the store', async () => {
    const get = vi.fn(async (id: string) => sampleEngagement(id));
    const api = createApiService(untouchableStore({ get }), untouchableCatalogue());
    await expect(api.invoke('engagements.get', { id: 'sample-9' })).resolves.toMatchObject({
      id: 'sample-9',
    });
    expect(get).toHaveBeenCalledWith('sample-9');
  });

  it('lets the store’s ApiErrors through unchanged', async () => {
    const conflict = new ApiError('conflict', 'Forløbet er ændret andetsteds.', { currentRevision: 3 });
    const api = createApiService(
      untouchableStore({ saveCheckedBy: vi.fn(() => Promise.reject(conflict)) }),
      untouchableCatalogue(),
    );
    const error = await rejection(api.invoke('engagements.save', { engagement: sampleEngagement() }));
    expect(error).toBe(conflict);
  });

  it('turns any other failure into internal, logs the original and does not leak it', async () => {
    const logError = vi.fn();
    const original = new Error('EACCES: /home/someone/secret');
    const api = createApiService(
      untouchableStore({ list: vi.fn(() => Promise.reject(original)) }),
      untouchableCatalogue(),
      {
        logError,
      },
    );
    const error = await rejection(api.invoke('engagements.list', {}));
    expect(error.code).toBe('internal');
    expect(error.message).toBe(INTERNAL_ERROR_MESSAGE);
    expect(JSON.stringify(error.toPayload())).not.toContain('secret');
    expect(logError).toHaveBeenCalledWith(expect.stringContaining('engagements.list'), original);
  });

  it('refuses a result that breaks the contract as internal', async () => {
    const logError = vi.fn();
    const broken = { ...sampleEngagement(), revision: 0 };
    const api = createApiService(
      untouchableStore({ get: vi.fn(async () => broken) }),
      untouchableCatalogue(),
      { logError },
    );
    const error = await rejection(api.invoke('engagements.get', { id: 'sample-1' }));
    expect(error.code).toBe('internal');
    expect(logError).toHaveBeenCalledOnce();
  });

  it('returns the parsed result, without keys the contract does not know', async () => {
    const extra = { ...sampleEngagement(), internalNote: 'x' };
    const api = createApiService(untouchableStore({ get: vi.fn(async () => extra) }), untouchableCatalogue());
    const value = await api.invoke('engagements.get', { id: 'sample-1' });
    expect(value).not.toHaveProperty('internalNote');
  });
});

describe('invokeToEnvelope', () => {
  it('wraps success and failure in the shared envelope', async () => {
    const api = createApiService(untouchableStore(), untouchableCatalogue());
    const ok = await invokeToEnvelope(api, 'templates.list', {});
    expect(ApiEnvelope.parse(ok)).toMatchObject({ ok: true });
    const failed = await invokeToEnvelope(api, 'nope', {});
    expect(ApiEnvelope.parse(failed)).toEqual({
      ok: false,
      error: { code: 'invalid_argument', message: 'Ukendt funktion: nope' },
    });
  });

  it('never lets a non-ApiError out even from a broken service', async () => {
    const envelope = await invokeToEnvelope({ invoke: () => Promise.reject(new TypeError('boom')) }, 'x', {});
    expect(envelope).toEqual({ ok: false, error: { code: 'internal', message: INTERNAL_ERROR_MESSAGE } });
  });
});

describe('createApiService (against the real file store)', () => {
  let dataDir: string;
  let store: EngagementStore;

  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'forlob-api-'));
    store = new EngagementStore({ dataDir });
  });

  afterEach(async () => {
    await store.flush();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('runs a programme through create, save, conflict, delete, restore and recover', async () => {
    const api = createApiService(store, untouchableCatalogue());
    const created = (await api.invoke('engagements.create', CREATE_ARG)) as Engagement;
    expect(created.revision).toBe(1);
    expect(created.title).toBe('Testby Kommune – Rengøring');

    const list = (await api.invoke('engagements.list', {})) as { id: string }[];
    expect(list.map((s) => s.id)).toEqual([created.id]);

    const saved = (await api.invoke('engagements.save', {
      engagement: { ...created, notes: 'Husk flip-over' },
    })) as Engagement;
    expect(saved.revision).toBe(2);

    const stale = await rejection(api.invoke('engagements.save', { engagement: created }));
    expect(stale.code).toBe('conflict');

    const history = (await api.invoke('engagements.history', { id: created.id })) as { revision: number }[];
    expect(history.map((h) => h.revision)).toContain(1);

    await api.invoke('engagements.delete', { id: created.id });
    expect((await rejection(api.invoke('engagements.get', { id: created.id }))).code).toBe('not_found');
    expect(await api.invoke('engagements.trash', {})).toMatchObject([{ id: created.id }]);

    const restored = (await api.invoke('engagements.restore', { id: created.id })) as Engagement;
    expect(restored).toMatchObject({ id: created.id, revision: 2, notes: 'Husk flip-over' });

    const recovered = (await api.invoke('engagements.recover', {
      id: created.id,
      revision: 1,
    })) as Engagement;
    expect(recovered).toMatchObject({ revision: 3, notes: '' });
  });

  /** Every file in the data folder and its bytes, to prove a refused save wrote nothing. */
  async function dataFolderContents(): Promise<Record<string, string>> {
    const root = dataDir;
    const entries = await readdir(root, { recursive: true, withFileTypes: true });
    const files: Record<string, string> = {};
    for (const entry of entries.filter((e) => e.isFile())) {
      const file = join(entry.parentPath, entry.name);
      files[file.slice(root.length)] = await readFile(file, 'utf8');
    }
    return files;
  }

  /** A saved programme (revision 2) in the shape the rule breakers expect. */
  async function savedForRules(api: ReturnType<typeof createApiService>): Promise<Engagement> {
    const created = (await api.invoke('engagements.create', {
      ...CREATE_ARG,
      templateId: 'joblife-aktionslaering',
    })) as Engagement;
    const valid = { ...programmeForRules('joblife-aktionslaering', created.id), revision: created.revision };
    return (await api.invoke('engagements.save', { engagement: valid })) as Engagement;
  }

  it.each(RULE_BREAKERS)(
    'save refuses %s as invalid_argument in Danish, and nothing changes on disk',
    async (_what, breakIt, path, message) => {
      const api = createApiService(store, untouchableCatalogue());
      const saved = await savedForRules(api);
      await store.flush();
      const before = await dataFolderContents();
      expect(Object.keys(before)).toContain(join('/engagements', saved.id, 'engagement.json'));

      const broken = structuredClone(saved);
      breakIt(broken);
      const error = await rejection(api.invoke('engagements.save', { engagement: broken }));
      expect(error.code).toBe('invalid_argument');
      expect(error.message).toMatch(/^Ugyldige data for argumentet til engagements\.save/);
      expect(error.message).toContain(`(engagement.${path})`);
      expect(error.message).toMatch(message);

      await store.flush();
      expect(await dataFolderContents()).toEqual(before);
      expect(await api.invoke('engagements.get', { id: saved.id })).toEqual(saved);
    },
  );

  it('the store refuses a rule breaker too, when called without the API in front', async () => {
    const saved = await savedForRules(createApiService(store, untouchableCatalogue()));
    const broken = { ...structuredClone(saved), title: '' };
    const error = await rejection(store.save(broken));
    expect(error.code).toBe('invalid_argument');
    expect(error.message).toContain('Skriv forløbets titel.');
  });

  it('still opens a file saved before the rules, and saves it once it is put right', async () => {
    const api = createApiService(store, untouchableCatalogue());
    const saved = await savedForRules(api);
    // What an older Forløb could write: an empty title, a nameless contact with an e-mail, two phases sharing an id.
    const legacy = structuredClone(saved);
    legacy.title = '';
    legacy.client.contacts[1]!.email = 'bo@roskilde.dk';
    legacy.phases[1]!.id = legacy.phases[0]!.id;
    const file = join(dataDir, 'engagements', saved.id, 'engagement.json');
    await writeFile(file, JSON.stringify(legacy, null, 2));

    const opened = (await api.invoke('engagements.get', { id: saved.id })) as Engagement;
    expect(opened).toEqual(legacy);
    const [summary] = (await api.invoke('engagements.list', {})) as { id: string; damaged?: unknown }[];
    expect(summary?.id).toBe(saved.id);
    expect(summary?.damaged).toBeUndefined();
    expect((await rejection(api.invoke('engagements.save', { engagement: opened }))).code).toBe(
      'invalid_argument',
    );

    const fixed = structuredClone(opened);
    fixed.title = 'Hjemmeplejens trivsel';
    fixed.client.contacts[1]!.name = 'Bo Lund';
    fixed.phases[1]!.id = 'seminar-fase';
    const next = (await api.invoke('engagements.save', { engagement: fixed })) as Engagement;
    expect(next).toMatchObject({ revision: saved.revision + 1, title: 'Hjemmeplejens trivsel' });
  });

  it('reports a missing programme as not_found', async () => {
    const error = await rejection(
      createApiService(store, untouchableCatalogue()).invoke('engagements.get', { id: 'findes-ikke' }),
    );
    expect(error.code).toBe('not_found');
  });
});
