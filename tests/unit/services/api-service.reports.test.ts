import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApiService, type ApiService } from '../../../electron/services/api-service.js';
import { CatalogueStore } from '../../../electron/services/catalogue/index.js';
import { MESSAGES } from '../../../electron/services/reports/report-service.js';
import { isApiError } from '../../../shared/errors.js';
import { tempStore, type TempStore } from '../../support/file-store-fixtures.js';

// reports.exportPdf and reports.exportCsv through the one API entry point, on a real data folder.

let temp: TempStore;
let api: ApiService;
let engagementId: string;

beforeEach(async () => {
  temp = await tempStore();
  const store = temp.open();
  api = createApiService(store, new CatalogueStore({ dataDir: temp.dataDir }));
  const created = (await api.invoke('engagements.create', {
    templateId: 'nfa-grundmodel',
    client: { organisation: 'Testby Kommune', unit: 'Rengøring', sector: 'kommune' },
  })) as { id: string };
  engagementId = created.id;
});
afterEach(async () => {
  await temp.cleanup();
});

async function refusal(method: string, arg: unknown) {
  try {
    await api.invoke(method, arg);
  } catch (error) {
    if (isApiError(error)) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error(`${method} did not refuse`);
}

describe('reports.exportPdf', () => {
  it('builds a PDF with a Danish file name', async () => {
    const file = (await api.invoke('reports.exportPdf', { engagementId, kind: 'agreement' })) as {
      fileName: string;
      bytes: string;
    };
    expect(Buffer.from(file.bytes, 'base64').subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(file.fileName).toMatch(/^Aftale efter formødet – Testby Kommune – \d{4}-\d{2}-\d{2}\.pdf$/);
  });

  it('refuses an unknown kind as invalid_argument, in Danish', async () => {
    const error = await refusal('reports.exportPdf', { engagementId, kind: 'rapport' });
    expect(error.code).toBe('invalid_argument');
    expect(error.message).toMatch(/argumentet til reports\.exportPdf/);
  });

  it('refuses a programme that does not exist as not_found', async () => {
    const error = await refusal('reports.exportPdf', { engagementId: 'findes-ikke', kind: 'actionplan' });
    expect(error).toEqual({ code: 'not_found', message: expect.stringContaining('Forløbet findes ikke') });
  });

  it('refuses an exercise the library does not have, and a meeting the programme does not have', async () => {
    expect(
      await refusal('reports.exportPdf', { engagementId, kind: 'worksheet', exerciseId: 'ingen-oevelse' }),
    ).toEqual({
      code: 'not_found',
      message: MESSAGES.unknownExercise,
    });
    expect(
      await refusal('reports.exportPdf', { engagementId, kind: 'script', meetingId: 'intet-moede' }),
    ).toEqual({
      code: 'not_found',
      message: MESSAGES.unknownMeeting,
    });
  });

  it('refuses an id that cannot be an id as invalid_argument', async () => {
    const error = await refusal('reports.exportPdf', { engagementId, kind: 'worksheet', exerciseId: '../x' });
    expect(error.code).toBe('invalid_argument');
  });
});

describe('reports.exportCsv', () => {
  it('gives the header alone for a programme without runs', async () => {
    const csv = (await api.invoke('reports.exportCsv', { engagementId })) as {
      fileName: string;
      text: string;
    };
    expect(csv.text.startsWith('\uFEFFKørsel;Møde;Øvelse;Trin')).toBe(true);
    expect(csv.fileName).toMatch(/^Svar – Testby Kommune – \d{4}-\d{2}-\d{2}\.csv$/);
  });

  it('refuses a run that is not in the programme, and a missing programme', async () => {
    expect(await refusal('reports.exportCsv', { engagementId, runId: 'ingen-koersel' })).toEqual({
      code: 'not_found',
      message: MESSAGES.unknownRun,
    });
    expect((await refusal('reports.exportCsv', { engagementId: 'findes-ikke' })).code).toBe('not_found');
  });
});
