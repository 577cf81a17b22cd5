import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { apiContract } from '../../../shared/api.js';
import type { EngagementSummary } from '../../../shared/domain/engagement.js';
import {
  createApiService,
  type CataloguePort,
  type EngagementStorePort,
} from '../../../electron/services/api-service.js';
import { tempStore, type TempStore } from '../../support/file-store-fixtures.js';

// engagements.list is validated once on the server: where the store reads the
// files, not again on the way out (see CHECKED_AT_SOURCE in api-service.ts).

let temp: TempStore;
beforeEach(async () => {
  temp = await tempStore();
});
afterEach(async () => {
  await temp.cleanup();
});

/** The catalogue plays no part in the list. */
const noCatalogue = {} as CataloguePort;

const CREATE = {
  templateId: 'nfa-grundmodel',
  client: { organisation: 'Testby Kommune', unit: 'Rengøring', sector: 'kommune' },
} as const;

describe('engagements.list on the server', () => {
  it('sends the rows as the store built them, without parsing them again', async () => {
    const rows: EngagementSummary[] = [];
    const store = { list: vi.fn(async () => rows) } as Partial<EngagementStorePort> as EngagementStorePort;
    const value = await createApiService(store, noCatalogue).invoke('engagements.list', {});
    // A second parse would hand back a copy.
    expect(value).toBe(rows);
  });

  it('still refuses a bad argument before the store is asked', async () => {
    const store = { list: vi.fn() } as Partial<EngagementStorePort> as EngagementStorePort;
    await expect(
      createApiService(store, noCatalogue).invoke('engagements.list', { all: true }),
    ).rejects.toMatchObject({
      code: 'invalid_argument',
    });
    expect(store.list).not.toHaveBeenCalled();
  });

  it('holds the contract without the second parse: fresh, reloaded, damaged and unreadable rows', async () => {
    const store = temp.open();
    const ok = await store.create(CREATE);
    const broken = await store.create({ ...CREATE, client: { ...CREATE.client, unit: 'Køkkenet' } });
    await store.flush();
    await fs.writeFile(path.join(temp.dataDir, 'engagements', broken.id, 'engagement.json'), '{ not json');
    // A folder nothing can be read from, with no history: listed as a placeholder if at all.
    await fs.mkdir(path.join(temp.dataDir, 'engagements', 'tom-mappe'), { recursive: true });

    const api = createApiService(store, noCatalogue);
    const first = await api.invoke('engagements.list', {});
    // A second store reads index.json back from disk instead of building it.
    const reloaded = await createApiService(temp.open(), noCatalogue).invoke('engagements.list', {});

    for (const value of [first, reloaded]) {
      const parsed = apiContract['engagements.list'].result.safeParse(value);
      expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
      expect(parsed.data).toEqual(value);
      const ids = (value as EngagementSummary[]).map((row) => row.id);
      expect(ids).toEqual(expect.arrayContaining([ok.id, broken.id]));
      expect((value as EngagementSummary[]).find((row) => row.id === broken.id)?.damaged).toBeDefined();
    }
  });
});
