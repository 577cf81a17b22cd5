import { appPath, test, expect } from './support/fixtures.js';
import { screenshot } from './support/screenshots.js';

// Øvelsesbiblioteket as a consultant uses it: find cards, filter, preview,
// copy one and adapt it, and find the own card again after a reload.

test('søgning finder stress- og sten-kortene, og filtre snævrer ind', async ({ page }) => {
  await page.goto(appPath('/'));
  await page
    .getByRole('navigation', { name: 'Hovedmenu' })
    .getByRole('link', { name: 'Øvelsesbibliotek' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Øvelsesbibliotek' })).toBeVisible();
  const tiles = page.getByRole('list', { name: 'Øvelser' }).getByRole('listitem');
  await expect(tiles).toHaveCount(40);
  await screenshot(page, 'library');

  const search = page.getByRole('searchbox', { name: 'Søg' });
  await search.fill('stress');
  await expect(tiles.getByRole('link', { name: 'Hvad er stress?' })).toBeVisible();
  await expect(tiles.getByRole('link', { name: 'Tre typiske stressforløb' })).toBeVisible();
  // Title hits come first.
  await expect(tiles.first().getByRole('link')).toContainText(/stress/i);

  await search.fill('sten');
  await expect(tiles.getByRole('link', { name: /Fjern stenene i skoen/ })).toBeVisible();

  // Danish letters can be typed without them: "paavirkninger" finds "påvirkninger".
  await search.fill('paavirkninger');
  await expect(
    tiles.getByRole('link', { name: 'Fem påvirkninger i det psykiske arbejdsmiljø' }),
  ).toBeVisible();

  await search.fill('');
  await page.getByLabel('Type').selectOption({ label: 'Tavle' });
  await page.getByLabel('IGLO-niveau').selectOption({ label: 'Organisation' });
  await expect(page.getByText(/Viser \d+ af 40/)).toBeVisible();
  const boardTitles = await tiles.getByRole('heading').allInnerTexts();
  expect(boardTitles).toContain('IGLO-handleplan: hvem gør hvad?');
  expect(boardTitles).not.toContain('Trivselsbarometeret');

  // The filters live in the URL: a preview and Back find the list as it was.
  await tiles.getByRole('link', { name: 'IGLO-handleplan: hvem gør hvad?' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'IGLO-handleplan: hvem gør hvad?' }),
  ).toBeVisible();
  await page.goBack();
  await expect(page.getByLabel('Type')).toHaveValue('board');
  await expect(page.getByLabel('IGLO-niveau')).toHaveValue('organisation');

  await page.getByRole('button', { name: 'Nulstil' }).first().click();
  await search.fill('findes ikke i nogen øvelse');
  await expect(page.getByText('Ingen øvelser matcher')).toBeVisible();
});

test('forhåndsvisning af tavle-, dialog- og videnskort viser alt, facilitatoren skal bruge', async ({
  page,
}) => {
  const cases = [
    { id: 'iglo-action-plan', name: 'board', expects: ['Forebyggelse', 'Organisation'] },
    { id: 'collaboration-four-questions', name: 'dialogue', expects: ['Sådan gør du'] },
    { id: 'five-risk-factors', name: 'slide', expects: ['Arbejdsrelateret vold'] },
  ];
  for (const { id, name, expects } of cases) {
    await page.goto(appPath(`/bibliotek/${id}`));
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    for (const heading of [
      'Det ser rummet',
      'Trin',
      'Sådan gør du',
      'Deltagerne bliver spurgt',
      'Materialer',
      'Kilde',
    ]) {
      await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
    }
    for (const text of expects) await expect(page.getByText(text, { exact: false }).first()).toBeVisible();
    await expect(page.locator('#source-heading + p')).toContainText('BFA');
    await screenshot(page, `library-preview-${name}`, { fullPage: true });
  }

  await page.goto(appPath('/bibliotek/findes-ikke'));
  await expect(page.getByRole('heading', { name: 'Øvelsen findes ikke' })).toBeVisible();
  await expect(page.getByRole('button', { name: /Prøv igen/ })).toHaveCount(0);
});

test('kopiér og tilpas: ændr et spørgsmål, gem, genindlæs og find den egne øvelse', async ({
  page,
  server,
}) => {
  await page.goto(appPath('/bibliotek/collaboration-four-questions'));
  await page.getByRole('link', { name: 'Kopiér og tilpas' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ny egen øvelse' })).toBeVisible();
  await screenshot(page, 'library-editor');

  const title = page.getByLabel('Titel', { exact: true });
  await title.fill('Vores fire spørgsmål om samarbejde');
  const firstQuestion = page.getByLabel('Spørgsmål 1', { exact: true }).first();
  await firstQuestion.fill('Hvordan taler vi sammen om arbejdsmiljøet i hverdagen?');

  // Validated as the user types: an empty title is marked at once, and saving is refused with a message.
  await title.fill('');
  await expect(page.locator('#felt-title-error')).toBeVisible();
  await page.getByRole('button', { name: 'Gem øvelse' }).click();
  await expect(page.getByRole('alert')).toContainText('Øvelsen er ikke gemt');
  await expect(title).toBeFocused();
  await title.fill('Vores fire spørgsmål om samarbejde');

  await page.getByRole('button', { name: 'Gem øvelse' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Vores fire spørgsmål om samarbejde' }),
  ).toBeVisible();
  await expect(page.getByText('Egen øvelse')).toBeVisible();

  await page.reload();
  await expect(page.getByText('Hvordan taler vi sammen om arbejdsmiljøet i hverdagen?')).toBeVisible();
  await page.goto(appPath('/bibliotek?egne=1'));
  const own = page.getByRole('list', { name: 'Øvelser' }).getByRole('listitem');
  await expect(own).toHaveCount(1);
  await expect(own.getByRole('link', { name: 'Vores fire spørgsmål om samarbejde' })).toBeVisible();

  const cards = await server.api('catalogue.list', {});
  const saved = cards.find((card) => card.title === 'Vores fire spørgsmål om samarbejde');
  expect(saved?.origin).toBe('custom');
  expect(saved?.basedOn).toBe('collaboration-four-questions');
  const original = cards.find((card) => card.id === 'collaboration-four-questions');
  expect(JSON.stringify(original)).not.toContain('Hvordan taler vi sammen om arbejdsmiljøet i hverdagen?');
});

test('en egen øvelse kan redigeres, og slettes med fortryd', async ({ page, server }) => {
  const [template] = await server.api('catalogue.list', {});
  const { origin: _origin, revision: _revision, updatedAt: _updatedAt, ...fields } = template!;
  await server.api('catalogue.saveCustom', {
    card: { ...fields, id: 'egen-test', title: 'Min øvelse', basedOn: template!.id },
  });

  await page.goto(appPath('/bibliotek/egen-test'));
  await page.getByRole('link', { name: 'Redigér' }).click();
  await page.getByLabel('Titel', { exact: true }).fill('Min øvelse, rettet');
  // Leaving with unsaved changes asks first.
  await page.getByRole('link', { name: 'Tilbage' }).click();
  await expect(page.getByRole('dialog', { name: 'Forlad uden at gemme?' })).toBeVisible();
  await page.getByRole('button', { name: 'Bliv her' }).click();
  await page.getByRole('button', { name: 'Gem øvelse' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Min øvelse, rettet' })).toBeVisible();

  await page.getByRole('button', { name: 'Slet' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Slet øvelsen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Øvelsesbibliotek' })).toBeVisible();
  await page.getByRole('region', { name: 'Beskeder' }).getByRole('button', { name: 'Fortryd' }).click();
  await expect(page.getByText('er tilbage i biblioteket')).toBeVisible();
  expect((await server.api('catalogue.get', { id: 'egen-test' })).title).toBe('Min øvelse, rettet');
});
