import type { Locator, Page } from '@playwright/test';
import type { Action } from '../../shared/domain/engagement.js';
import { appPath, test, expect } from './support/fixtures.js';
import { SCREEN_SIZES, screenshot } from './support/screenshots.js';
import { addAction } from './support/workspace.js';

/** Local calendar day `offset` days from today, as ISO and as typed (dd.mm.åååå). */
function day(offset: number): { iso: string; typed: string } {
  const d = new Date();
  d.setDate(d.getDate() + offset);
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    iso: `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`,
    typed: `${pad(d.getDate())}.${pad(d.getMonth() + 1)}.${d.getFullYear()}`,
  };
}

const saveState = (page: Page) => page.getByTestId('save-state');
const dialog = (page: Page) => page.getByRole('dialog');
const column = (page: Page, label: string) =>
  page.getByRole('region', { name: label, exact: false }).filter({
    has: page.getByRole('heading', { name: new RegExp(`^${label}`) }),
  });
const card = (scope: Page | Locator, title: string) => scope.getByRole('article', { name: title });

/** A mouse drag in small steps, as a hand does it: Sortable needs the moves in between to find the column. */
async function dragCard(page: Page, from: Locator, to: Locator): Promise<void> {
  // Centred, so the sticky top bar does not cover the card.
  await from.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  const a = await from.boundingBox();
  const b = await to.boundingBox();
  if (!a || !b) throw new Error('card or column not on screen');
  // Grip the card on its details (the title button and the status select are not drag handles).
  const y = a.y + a.height * 0.5;
  await page.mouse.move(a.x + a.width / 2, y);
  await page.mouse.down();
  await page.mouse.move(a.x + a.width / 2 + 10, y + 5, { steps: 5 });
  // Across to the column, at the same height (the columns are as tall as the longest).
  await page.mouse.move(b.x + b.width / 2, y, { steps: 15 });
  await page.mouse.up();
}

/** The action plan at the top of the window, below the sticky top bar. */
async function showActions(page: Page): Promise<void> {
  await page.getByRole('region', { name: 'Tiltag', exact: true }).evaluate((el) => el.scrollIntoView());
  await page.evaluate('window.scrollBy(0, -72)');
}

async function screenshotsOfActions(page: Page, name: string): Promise<void> {
  for (const size of SCREEN_SIZES) {
    await page.setViewportSize(size);
    await showActions(page);
    await screenshot(page, name);
  }
}

test('aktivitetsfasen: tiltag på tavle og i tabel, med frister, opfølgning og status, gemt og genindlæst', async ({
  page,
  server,
}) => {
  // One long journey through the whole page; on a loaded 2-core machine it needs more than the default minute.
  test.setTimeout(180_000);
  const created = await server.api('engagements.create', {
    templateId: 'nfa-grundmodel',
    client: { organisation: 'Horsens Kommune', unit: 'Rengøringen', sector: 'kommune' },
    contacts: [{ name: 'Lise Holm', role: 'leder' }],
  });
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(appPath(`/forloeb/${created.id}/aktivitet`));
  await expect(page.getByRole('heading', { name: 'Tiltag', exact: true })).toBeVisible();
  await expect(page.getByText('Ingen tiltag endnu.')).toBeVisible();
  // The midway meeting of the NFA template is shown under its own heading.
  await expect(page.getByRole('heading', { name: 'Midtvejsmøde', exact: true })).toBeVisible();

  // Wrong input first: nothing is saved, each field says what to do.
  await page.getByRole('button', { name: 'Tilføj tiltag' }).click();
  const form = dialog(page);
  const title = form.getByLabel('Tiltag', { exact: true });
  await expect(title).toBeFocused();
  await form.getByRole('button', { name: 'Tilføj tiltag' }).click();
  await expect(title).toHaveAttribute('aria-invalid', 'true');
  await expect(title).toHaveAccessibleDescription(/^Skriv, hvad tiltaget går ud på/);
  await expect(title).toBeFocused();
  await title.fill('x'.repeat(201));
  await expect(title).toHaveAccessibleDescription(
    'Titlen er 201 tegn, men må højst være 200. Forkort det med 1 tegn.',
  );
  await title.fill('Prøve');
  await form.getByLabel('Frist').fill('32.13.2026');
  await form.getByRole('button', { name: 'Tilføj tiltag' }).click();
  await expect(form.getByLabel('Frist')).toHaveAccessibleDescription(
    'Skriv fristen som dd.mm.åååå, fx 12.03.2027, eller lad feltet stå tomt.',
  );
  await form.getByRole('button', { name: 'Annullér' }).click();
  await expect(form).toBeHidden();
  expect((await server.api('engagements.get', { id: created.id })).actions).toEqual([]);

  // The first action by keyboard alone: open, type, Tab between fields, Enter saves.
  const soon = day(30);
  await page.getByRole('button', { name: 'Tilføj tiltag' }).focus();
  await page.keyboard.press('Enter');
  await expect(title).toBeFocused();
  await page.keyboard.type('Fast punkt om trivsel på personalemødet');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Hvert møde starter med ti minutter om, hvordan vi har det.');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Lise Holm');
  await page.keyboard.press('Tab');
  await page.keyboard.type(soon.typed);
  await page.keyboard.press('Enter');
  await expect(form).toBeHidden();

  const past = day(-10);
  const later = day(60);
  const fortnight = day(14);
  await addAction(page, {
    title: 'Samtaler om arbejdsopgaver',
    owner: 'Karsten Bo',
    iglo: 'Ledelse',
    due: past.typed,
  });
  await addAction(page, {
    title: 'Ny vagtplan for weekender',
    owner: 'Lise Holm',
    iglo: 'Organisation',
    due: later.typed,
  });
  await addAction(page, {
    title: 'Makkerordning for nye',
    owner: 'Mia Jensen',
    iglo: 'Individ',
    due: fortnight.typed,
  });

  const notStarted = column(page, 'Ikke startet');
  await expect(notStarted.getByRole('article')).toHaveCount(4);
  // Overdue is said in words with an icon, not only by colour.
  await expect(card(page, 'Samtaler om arbejdsopgaver')).toContainText('Over fristen · 10 dage');
  await expect(card(page, 'Ny vagtplan for weekender')).not.toContainText('Over fristen');
  await expect(page.getByText('1 tiltag er over fristen', { exact: true })).toBeVisible();

  // A follow-up: an empty note is refused with a message, a written one goes into the log.
  await card(page, 'Ny vagtplan for weekender')
    .getByRole('button', { name: 'Ny vagtplan for weekender' })
    .click();
  await form.getByRole('button', { name: 'Tilføj opfølgning' }).click();
  await expect(form.getByLabel('Hvad viste opfølgningen?')).toHaveAccessibleDescription(
    'Skriv, hvad opfølgningen viste.',
  );
  await form
    .getByLabel('Hvad viste opfølgningen?')
    .fill('Udkast drøftet i MED-udvalget; tillidsrepræsentanten tager det med.');
  await form.getByRole('button', { name: 'Tilføj opfølgning' }).click();
  await expect(form.getByRole('list', { name: 'Opfølgninger' }).getByRole('listitem')).toHaveCount(1);
  await screenshot(page, 'workspace-activity-action-dialog');
  await form.getByRole('button', { name: 'Gem tiltag' }).click();
  await expect(form).toBeHidden();
  await expect(card(page, 'Ny vagtplan for weekender')).toContainText('Fulgt op');

  // Drag one card to "I gang".
  const inProgress = column(page, 'I gang');
  await dragCard(page, card(page, 'Fast punkt om trivsel på personalemødet'), inProgress);
  await expect(card(inProgress, 'Fast punkt om trivsel på personalemødet')).toBeVisible();

  // And one by keyboard: Alt+→ on the card, focus stays on it in its new column.
  const makker = page.locator('[data-action-id]').filter({ hasText: 'Makkerordning for nye' });
  await makker.getByRole('button', { name: 'Makkerordning for nye' }).focus();
  await page.keyboard.press('Alt+ArrowRight');
  await expect(card(inProgress, 'Makkerordning for nye')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Makkerordning for nye' })).toBeFocused();
  await expect(notStarted.getByRole('article')).toHaveCount(2);
  await expect(saveState(page)).toHaveText('Gemt');
  await screenshotsOfActions(page, 'workspace-activity-board');
  await page.setViewportSize({ width: 1366, height: 768 });

  // The table: sort and filter; the choice lives in the address.
  await page.getByRole('button', { name: 'Tabel', exact: true }).click();
  const rows = page.getByRole('table').getByRole('row');
  const titles = () => page.getByRole('table').locator('tbody tr td:first-child button');
  // Default sort: due date, earliest first.
  await expect(titles()).toHaveText([
    'Samtaler om arbejdsopgaver',
    'Makkerordning for nye',
    'Fast punkt om trivsel på personalemødet',
    'Ny vagtplan for weekender',
  ]);
  await page.getByRole('button', { name: 'Ansvarlig', exact: true }).click();
  await page.getByRole('button', { name: 'Ansvarlig', exact: true }).click();
  await expect(page.getByRole('columnheader', { name: 'Ansvarlig' })).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  await expect(titles()).toHaveText([
    'Makkerordning for nye',
    'Fast punkt om trivsel på personalemødet',
    'Ny vagtplan for weekender',
    'Samtaler om arbejdsopgaver',
  ]);
  await page.getByRole('button', { name: 'Tiltag', exact: true }).click();
  await expect(titles()).toHaveText([
    'Fast punkt om trivsel på personalemødet',
    'Makkerordning for nye',
    'Ny vagtplan for weekender',
    'Samtaler om arbejdsopgaver',
  ]);
  const filters = page.getByRole('group', { name: 'Filtrér tiltagene' });
  await filters.getByLabel('Ansvarlig').selectOption('Lise Holm');
  await filters.getByLabel('Status').selectOption({ label: 'I gang' });
  await expect(titles()).toHaveText(['Fast punkt om trivsel på personalemødet']);
  await expect(page.getByText('Viser 1 af 4 tiltag')).toBeVisible();
  await page.getByRole('button', { name: 'Nulstil filtre' }).click();
  await filters.getByLabel('Kun over fristen').check();
  await expect(titles()).toHaveText(['Samtaler om arbejdsopgaver']);
  await filters.getByLabel('IGLO-niveau').selectOption({ label: 'Individ' });
  await expect(rows.filter({ hasText: 'Ingen tiltag passer til filtrene.' })).toHaveCount(1);
  await filters.getByLabel('IGLO-niveau').selectOption({ label: 'Ledelse' });
  await expect(titles()).toHaveText(['Samtaler om arbejdsopgaver']);
  await expect(page).toHaveURL(/visning=tabel/);
  await expect(page).toHaveURL(/sorter=titel/);
  await expect(page).toHaveURL(/iglo=ledelse/);
  await expect(page).toHaveURL(/over=1/);
  await filters.getByLabel('Kun over fristen').uncheck();
  await filters.getByLabel('IGLO-niveau').selectOption({ label: 'Alle' });
  await page.getByRole('button', { name: 'Frist', exact: true }).click();
  await screenshotsOfActions(page, 'workspace-activity-table');
  await page.setViewportSize({ width: 1366, height: 768 });
  await filters.getByLabel('Ansvarlig').selectOption('Lise Holm');

  // Away and Back: the table comes back as it was left; Back once more is the board.
  await page
    .getByRole('navigation', { name: 'Forløbets faser' })
    .getByRole('link', { name: 'Overblik' })
    .click();
  await expect(page.getByRole('table')).toHaveCount(0);
  await page.goBack();
  await expect(titles()).toHaveText(['Fast punkt om trivsel på personalemødet', 'Ny vagtplan for weekender']);
  await expect(page.getByRole('columnheader', { name: 'Frist' })).toHaveAttribute('aria-sort', 'ascending');
  await page.goBack();
  await expect(page.getByRole('table')).toHaveCount(0);
  await expect(column(page, 'I gang').getByRole('article')).toHaveCount(2);

  // Delete, then "Fortryd" puts it back.
  await card(page, 'Samtaler om arbejdsopgaver')
    .getByRole('button', { name: 'Samtaler om arbejdsopgaver' })
    .click();
  await form.getByRole('button', { name: 'Slet tiltag' }).click();
  await expect(card(page, 'Samtaler om arbejdsopgaver')).toHaveCount(0);
  await page.getByRole('region', { name: 'Beskeder' }).getByRole('button', { name: 'Fortryd' }).click();
  await expect(card(page, 'Samtaler om arbejdsopgaver')).toBeVisible();
  await expect(saveState(page)).toHaveText('Gemt');

  // Reload: everything is back, and it is what the file store has.
  await page.reload();
  await expect(column(page, 'I gang').getByRole('article')).toHaveCount(2);
  await expect(card(page, 'Samtaler om arbejdsopgaver')).toContainText('Over fristen · 10 dage');
  const saved = await server.api('engagements.get', { id: created.id });
  const byTitle = Object.fromEntries(saved.actions.map((a) => [a.title, a]));
  expect(saved.actions).toHaveLength(4);
  expect(byTitle['Fast punkt om trivsel på personalemødet']).toMatchObject({
    owner: 'Lise Holm',
    iglo: 'gruppe',
    due: soon.iso,
    status: 'i-gang',
    description: 'Hvert møde starter med ti minutter om, hvordan vi har det.',
  });
  expect(byTitle['Samtaler om arbejdsopgaver']).toMatchObject({
    owner: 'Karsten Bo',
    iglo: 'ledelse',
    due: past.iso,
    status: 'ikke-startet',
  });
  expect(byTitle['Ny vagtplan for weekender']).toMatchObject({ iglo: 'organisation', due: later.iso });
  expect(byTitle['Ny vagtplan for weekender']?.followUps).toEqual([
    {
      id: expect.any(String),
      date: day(0).iso,
      note: 'Udkast drøftet i MED-udvalget; tillidsrepræsentanten tager det med.',
    },
  ]);
  expect(byTitle['Makkerordning for nye']).toMatchObject({
    iglo: 'individ',
    due: fortnight.iso,
    status: 'i-gang',
  });
});

test('aktivitetsfasen: tjeklisten fører til tiltagene over fristen, og "Vis dem i tabellen" viser kun dem', async ({
  page,
  server,
}) => {
  const created = await server.api('engagements.create', {
    templateId: 'nfa-grundmodel',
    client: { organisation: 'Aarhus Kommune', unit: 'Tandplejen', sector: 'kommune' },
  });
  const e = await server.api('engagements.get', { id: created.id });
  const base: Pick<Action, 'description' | 'stage' | 'followUps'> = {
    description: '',
    stage: 'forebyggelse',
    followUps: [],
  };
  await server.api('engagements.save', {
    engagement: {
      ...e,
      actions: [
        {
          ...base,
          id: 'a1',
          title: 'Gammel aftale',
          iglo: 'gruppe',
          owner: 'Bo',
          due: day(-3).iso,
          status: 'i-gang',
        },
        {
          ...base,
          id: 'a2',
          title: 'Lukket aftale',
          iglo: 'gruppe',
          owner: 'Bo',
          due: day(-30).iso,
          status: 'gennemfoert',
        },
        { ...base, id: 'a3', title: 'Uden ejer', iglo: 'ledelse', owner: '', status: 'ikke-startet' },
      ],
    },
  });
  await page.goto(appPath(`/forloeb/${created.id}/aktivitet`));
  const checklist = page.getByRole('region', { name: /Tjekliste/ });
  await expect(checklist).toContainText('1 tiltag mangler en ansvarlig eller en frist: »Uden ejer«.');
  await expect(checklist).toContainText('1 tiltag er over fristen: »Gammel aftale«.');
  // A done action is never overdue, however old its date.
  await expect(card(page, 'Lukket aftale')).not.toContainText('Over fristen');
  await expect(card(page, 'Gammel aftale')).toContainText('Over fristen · 3 dage');
  await page.getByRole('button', { name: 'Vis dem i tabellen' }).click();
  await expect(page.getByRole('table').locator('tbody tr')).toHaveCount(1);
  await expect(page.getByRole('table')).toContainText('Gammel aftale');
});

test('aktivitetsfasen (Joblife): læringsmødets referat udfyldes og gemmes', async ({ page, server }) => {
  const created = await server.api('engagements.create', {
    templateId: 'joblife-aktionslaering',
    client: { organisation: 'Region Syddanmark', unit: 'Sterilcentralen', sector: 'region' },
  });
  const learning = created.phases
    .find((p) => p.kind === 'activity')
    ?.meetings.find((m) => m.kind === 'laeringsmoede');
  if (!learning) throw new Error('the Joblife template has a learning meeting in its activity phase');
  await page.goto(appPath(`/forloeb/${created.id}/aktivitet`));
  const meetings = page.getByRole('region', { name: 'Læringsmøder' });
  await expect(meetings).toBeVisible();
  // The activity phase also has "Korte møder"; the record belongs to the learning meeting.
  const meeting = meetings.locator('details').filter({ hasText: learning.title });
  if ((await meeting.getAttribute('open')) === null) await meeting.locator('summary').click();
  await meeting.getByLabel('Deltagere').fill('Leder, AMR, TR og seks medarbejdere');
  await meeting.getByLabel('Noter').fill('Tavlemøderne virker; vagtbytter fylder stadig.');
  await meeting.getByLabel('Beslutninger').fill('Prøv fast byttedag i fire uger.');
  await expect(saveState(page)).toHaveText('Gemt');
  await page.reload();
  if ((await meeting.getAttribute('open')) === null) await meeting.locator('summary').click();
  await expect(meeting.getByLabel('Noter')).toHaveValue('Tavlemøderne virker; vagtbytter fylder stadig.');
  const saved = await server.api('engagements.get', { id: created.id });
  const record = saved.phases.flatMap((p) => p.meetings).find((m) => m.id === learning.id)?.record;
  expect(record).toEqual({
    participants: 'Leder, AMR, TR og seks medarbejdere',
    notes: 'Tavlemøderne virker; vagtbytter fylder stadig.',
    decisions: 'Prøv fast byttedag i fire uger.',
  });
});
