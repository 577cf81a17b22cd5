import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { appPath, test, expect } from './support/fixtures.js';

async function corrupt(dataDir: string, id: string): Promise<void> {
  // What a power cut in the middle of a non-atomic write would leave behind.
  await writeFile(join(dataDir, 'engagements', id, 'engagement.json'), '{"schemaVersion": 1, "title": "Halv');
}

test('en ulæselig fil nævnes ved navn, og seneste gode version kan gendannes', async ({ page, server }) => {
  const created = await server.api('engagements.create', {
    templateId: 'nfa-grundmodel',
    client: { organisation: 'Region Nordjylland', unit: 'Sygehus Vendsyssel', sector: 'region' },
  });
  await server.api('engagements.save', { engagement: { ...created, title: 'Trivsel i Vendsyssel' } });
  await corrupt(server.dataDir, created.id);

  await page.goto(appPath(`/forloeb/${created.id}`));
  const notice = page.getByRole('alert');
  await expect(notice.getByRole('heading', { name: 'Forløbets fil kan ikke læses' })).toBeVisible();
  await expect(notice).toContainText(`engagements/${created.id}/engagement.json`);

  await notice.getByRole('button', { name: 'Gendan seneste gode version' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Region Nordjylland – Sygehus Vendsyssel' }),
  ).toBeVisible();
  await expect(
    page.getByRole('status').filter({ hasText: 'Seneste gode version er gendannet.' }),
  ).toBeVisible();
  const recovered = await server.api('engagements.get', { id: created.id });
  expect(recovered.client.unit).toBe('Sygehus Vendsyssel');

  // Editing works again afterwards.
  await page.getByLabel('Forløbets titel').fill('Trivsel i Vendsyssel, igen');
  await expect(page.getByTestId('save-state')).toHaveText('Gemt');
  await expect
    .poll(async () => (await server.api('engagements.get', { id: created.id })).title)
    .toBe('Trivsel i Vendsyssel, igen');
});

test('startskærmen advarer om en ulæselig fil og kan gendanne den', async ({ page, server }) => {
  const created = await server.api('engagements.create', {
    templateId: 'joblife-aktionslaering',
    client: { organisation: 'Esbjerg Kommune', unit: 'Skoleområdet', sector: 'kommune' },
  });
  await server.api('engagements.save', { engagement: { ...created, title: 'Skolernes arbejdsmiljø' } });
  await corrupt(server.dataDir, created.id);
  // The store notices when it next reads the programme.
  await server.api('engagements.get', { id: created.id }).catch(() => undefined);

  await page.goto('/');
  // The row shows what the index still knows about the programme.
  const row = page.getByRole('row', { name: /Esbjerg Kommune/ });
  await expect(row).toContainText('Filen kan ikke læses');
  await expect(row).toContainText('engagement.json');
  await row.getByRole('button', { name: 'Gendan seneste gode version' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'er gendannet' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Esbjerg Kommune – Skoleområdet' })).toBeVisible();
  await expect(page.getByText('Filen kan ikke læses')).toHaveCount(0);
});
