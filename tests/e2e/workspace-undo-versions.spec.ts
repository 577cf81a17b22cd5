import { appPath, test, expect } from './support/fixtures.js';
import { screenshotAtSizes } from './support/screenshots.js';

test('Ctrl+Z fortryder en ændring og Ctrl+Shift+Z gentager den; begge gemmes', async ({ page, server }) => {
  const created = await server.api('engagements.create', {
    templateId: 'nfa-grundmodel',
    client: { organisation: 'Horsens Kommune', unit: 'Ældreplejen', sector: 'kommune' },
  });
  await page.goto(appPath(`/forloeb/${created.id}`));
  const title = page.getByLabel('Forløbets titel');
  await expect(title).toHaveValue('Horsens Kommune – Ældreplejen');
  const undoButton = page.getByRole('button', { name: 'Fortryd', exact: true });
  await expect(undoButton).toBeDisabled();

  // Typing in one field is one step to undo.
  await title.fill('');
  await title.pressSequentially('Trivsel i ældreplejen');
  await expect(page.getByTestId('save-state')).toHaveText('Gemt');
  await page.getByLabel('Enhed').first().fill('Ældreplejen Nord');
  await expect(page.getByTestId('save-state')).toHaveText('Gemt');

  await title.press('Control+z');
  await expect(page.getByLabel('Enhed').first()).toHaveValue('Ældreplejen');
  await expect(title).toHaveValue('Trivsel i ældreplejen');
  await page.keyboard.press('Control+z');
  await expect(title).toHaveValue('Horsens Kommune – Ældreplejen');
  await expect(page.getByRole('status').filter({ hasText: 'Ændringen er fortrudt.' })).toBeAttached();
  await expect
    .poll(async () => (await server.api('engagements.get', { id: created.id })).title)
    .toBe('Horsens Kommune – Ældreplejen');

  await page.keyboard.press('Control+Shift+z');
  await expect(title).toHaveValue('Trivsel i ældreplejen');
  await page.getByRole('button', { name: 'Gentag' }).click();
  await expect(page.getByLabel('Enhed').first()).toHaveValue('Ældreplejen Nord');
  await expect(page.getByRole('button', { name: 'Gentag' })).toBeDisabled();
  await expect(page.getByTestId('save-state')).toHaveText('Gemt');

  await page.reload();
  await expect(page.getByLabel('Forløbets titel')).toHaveValue('Trivsel i ældreplejen');
  const saved = await server.api('engagements.get', { id: created.id });
  expect([saved.title, saved.client.unit]).toEqual(['Trivsel i ældreplejen', 'Ældreplejen Nord']);
  // A new session starts with nothing to undo.
  await expect(page.getByRole('button', { name: 'Fortryd', exact: true })).toBeDisabled();
});

test('»Versioner« viser de gemte versioner og henter en ældre tilbage som en ny version', async ({
  page,
  server,
}) => {
  const created = await server.api('engagements.create', {
    templateId: 'ruc-dialog',
    client: { organisation: 'Region Nordjylland', unit: 'Sterilcentralen', sector: 'region' },
  });
  const first = await server.api('engagements.save', {
    engagement: { ...created, title: 'Anden udgave' },
  });
  await server.api('engagements.save', { engagement: { ...first, title: 'Tredje udgave' } });

  await page.goto(appPath(`/forloeb/${created.id}`));
  await page.getByRole('link', { name: 'Versioner' }).click();
  await expect(page).toHaveURL(/versioner/);
  const rows = page.getByRole('table').getByRole('row');
  // Header, the current version 3, then 2 and 1.
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(1)).toContainText('Den aktuelle');

  await page.getByRole('button', { name: 'Hent version 1 tilbage' }).click();
  const dialog = page.getByRole('dialog', { name: 'Hent version 1 tilbage?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Hent version 1 tilbage' }).click();
  await expect(page.getByText('Version 1 er hentet tilbage og gemt som version 4.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Region Nordjylland – Sterilcentralen');
  // The version it replaced is kept.
  await expect(rows).toHaveCount(5);
  await screenshotAtSizes(page, 'engagement-versions');

  const saved = await server.api('engagements.get', { id: created.id });
  expect([saved.title, saved.revision]).toEqual(['Region Nordjylland – Sterilcentralen', 4]);

  // Back goes to the overview, as a user expects of a tab.
  await page.goBack();
  await expect(page.getByLabel('Forløbets titel')).toHaveValue('Region Nordjylland – Sterilcentralen');
});
