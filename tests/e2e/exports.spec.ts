import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { pdfText } from '../support/pdf-tools.js';
import { appPath, test, expect, type ForlobServer } from './support/fixtures.js';
import { screenshot } from './support/screenshots.js';

/**
 * Every export from the place in the UI where the user needs it, in web mode:
 * the example programme (»Prøv med et eksempel«) with a barometer run, then
 * each button gives a download that is a real PDF (pdfjs-dist reads it) or
 * the CSV of the answers.
 */

async function exampleWithRun(page: Page, server: ForlobServer): Promise<string> {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(appPath('/'));
  await page.getByRole('button', { name: 'Prøv med et eksempel' }).click();
  await expect(page).toHaveURL(/\/forloeb\/[a-z0-9-]+$/);
  const id = /\/forloeb\/([a-z0-9-]+)$/.exec(page.url())![1]!;
  const programme = await server.api('engagements.get', { id });
  const seminar = programme.phases.find((p) => p.kind === 'seminar')!.meetings[0]!;
  await server.api('room.open', { engagementId: id, meetingId: seminar.id });
  await server.api('room.command', {
    engagementId: id,
    command: { type: 'goto', itemId: 'eks-punkt-barometer' },
  });
  for (const value of [3, 6, 7, 7, 8])
    await server.api('room.answer', { engagementId: id, payload: { value } });
  await server.api('room.close', { engagementId: id });
  return id;
}

/** Clicks the export button, waits for the browser's download and returns its name and bytes. */
async function exportFrom(page: Page, button: string) {
  const downloading = page.waitForEvent('download', { timeout: 30_000 });
  const trigger = page.getByRole('button', { name: button });
  await trigger.click();
  const download = await downloading;
  const bytes = await readFile((await download.path())!);
  await expect(page.getByRole('link', { name: `Hent ${download.suggestedFilename()}` })).toBeVisible();
  return { name: download.suggestedFilename(), bytes };
}

async function expectPdf(file: { name: string; bytes: Buffer }, ...texts: string[]) {
  expect(file.name).toMatch(/\.pdf$/);
  expect(file.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const text = (await pdfText(file.bytes)).all.replace(/\s+/g, ' ');
  for (const expected of texts) expect(text).toContain(expected);
}

test('handleplan, aftale og svarene som CSV hentes fra deres sider', async ({ page, server }) => {
  const id = await exampleWithRun(page, server);

  await page.goto(appPath(`/forloeb/${id}/aktivitet`));
  const plan = await exportFrom(page, 'Handleplan (PDF)');
  expect(plan.name).toMatch(/^Handleplan – Solbakken Plejecenter – \d{4}-\d{2}-\d{2}\.pdf$/);
  await expectPdf(plan, 'Solbakken Plejecenter', 'Fast skabelon til vagtoverlevering', 'Over fristen');
  await screenshot(page, 'export-actionplan-done');

  await page.goto(appPath(`/forloeb/${id}/forberedelse`));
  const agreement = await exportFrom(page, 'Aftale efter formødet (PDF)');
  await expectPdf(agreement, 'Aftale efter formødet', 'Succeskriterier', 'Dato og underskrift');

  await page.goto(appPath(`/forloeb/${id}/resultater`));
  const all = await exportFrom(page, 'Alle svar (CSV)');
  expect(all.name).toMatch(/^Svar – Solbakken Plejecenter – .*\.csv$/);
  const csv = all.bytes.toString('utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  // (String.trim would take the BOM too.)
  const lines = csv.slice(1).trimEnd().split('\r\n');
  expect(lines[0]).toBe('Kørsel;Møde;Øvelse;Trin;Tidspunkt;Svaret af;Punkt;Svar;Værdi');
  expect(lines).toHaveLength(1 + 5);
  const one = await exportFrom(page, 'Svarene fra kørslen (CSV)');
  expect(one.name).toMatch(/^Svar – Trivselsbarometeret – Solbakken Plejecenter/);
});

test('mens eksporten bygges, er knappen låst og siger det; en fejl står på dansk', async ({
  page,
  server,
}) => {
  const id = await exampleWithRun(page, server);
  await page.goto(appPath(`/forloeb/${id}/aktivitet`));
  // Hold the answer back so the building state can be seen.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/reports.exportPdf', async (route) => {
    await held;
    await route.fulfill({
      status: 404,
      contentType: 'application/json',
      body: JSON.stringify({ ok: false, error: { code: 'not_found', message: 'Forløbet findes ikke.' } }),
    });
  });
  await page.getByRole('button', { name: 'Handleplan (PDF)' }).click();
  const building = page.getByRole('button', { name: 'Bygger PDF …' });
  await expect(building).toBeDisabled();
  await expect(building).toHaveAttribute('aria-busy', 'true');
  await screenshot(page, 'export-building');
  release();
  await expect(page.getByRole('alert')).toContainText(
    'Handleplan (PDF) kunne ikke laves: Forløbet findes ikke.',
  );
  await expect(page.getByRole('button', { name: 'Handleplan (PDF)' })).toBeEnabled();
});

test('afrapportering, drejebog og arbejdsark hentes fra deres sider', async ({ page, server }) => {
  const id = await exampleWithRun(page, server);

  await page.goto(appPath(`/forloeb/${id}/opsamling`));
  await expectPdf(await exportFrom(page, 'Afrapportering (PDF)'), 'Solbakken Plejecenter');

  await page.goto(appPath(`/forloeb/${id}/seminar`));
  await expectPdf(await exportFrom(page, 'Drejebog (PDF)'), 'Solbakken Plejecenter');

  // The worksheet of a card, from the card the agenda links to.
  await page.getByRole('link', { name: 'Trivselsbarometeret' }).first().click();
  await expect(page).toHaveURL(/\/bibliotek\/wellbeing-barometer\?forloeb=/);
  await expectPdf(await exportFrom(page, 'Arbejdsark (PDF)'), 'Trivselsbarometer');
});

test('forkerte eksporter afvises med en dansk besked og en kode', async ({ server }) => {
  const created = await server.api('engagements.create', {
    templateId: 'nfa-grundmodel',
    client: { organisation: 'Testby Kommune', unit: 'Rengøring', sector: 'kommune' },
  });
  const refuse = (method: string, body: unknown) =>
    fetch(`${server.url}/api/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    }).then(async (response) => ({
      status: response.status,
      body: (await response.json()) as { error: { code: string; message: string } },
    }));

  const kind = await refuse('reports.exportPdf', { engagementId: created.id, kind: 'rapport' });
  expect(kind.status).toBe(400);
  expect(kind.body.error.code).toBe('invalid_argument');

  const missing = await refuse('reports.exportPdf', { engagementId: 'findes-ikke', kind: 'actionplan' });
  expect(missing.body.error).toMatchObject({
    code: 'not_found',
    message: expect.stringContaining('Forløbet findes ikke'),
  });

  const exercise = await refuse('reports.exportPdf', {
    engagementId: created.id,
    kind: 'worksheet',
    exerciseId: 'ingen-oevelse',
  });
  expect(exercise.body.error).toMatchObject({
    code: 'not_found',
    message: expect.stringContaining('Øvelsen findes ikke'),
  });

  const run = await refuse('reports.exportCsv', { engagementId: created.id, runId: 'ingen-koersel' });
  expect(run.body.error).toMatchObject({
    code: 'not_found',
    message: expect.stringContaining('Kørslen findes ikke'),
  });
});
