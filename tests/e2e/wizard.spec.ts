import { appPath, test, expect } from './support/fixtures.js';
import { createThroughWizard, isoDaysFromToday, nextButton, wizardToDates } from './support/wizard.js';
import { screenshot } from './support/screenshots.js';
import { dayOffReason, nextWorkingDay } from '../../shared/domain/danish-holidays.js';

const TEMPLATES = [
  {
    id: 'nfa-grundmodel',
    title: 'NFA grundmodel',
    organisation: 'Region Sjælland',
    unit: 'Akutmodtagelsen, Køge',
    sector: 'Region',
    firstMeeting: 'Forberedende møde',
  },
  {
    id: 'ruc-dialog',
    title: 'RUC dialogforløb',
    organisation: 'Roskilde Kommune',
    unit: 'Hjemmeplejen Øst',
    sector: 'Kommune',
    firstMeeting: 'Design af aktiviteten',
  },
  {
    id: 'joblife-aktionslaering',
    title: 'Joblife aktionslæring',
    organisation: 'Styrelsen for Arbejdsmarked',
    unit: 'Sekretariatet',
    sector: 'Stat',
    firstMeeting: 'Formøde',
  },
  {
    id: 'custom',
    title: 'Tomt forløb',
    organisation: 'Ærø Plejecenter ApS',
    unit: 'Nattevagten',
    sector: 'Privat',
    firstMeeting: 'Formøde',
  },
] as const;

for (const template of TEMPLATES) {
  test(`opret, find, ret, slet og fortryd – skabelon ${template.id}`, async ({ page, server }) => {
    await createThroughWizard(page, {
      organisation: template.organisation,
      unit: template.unit,
      sector: template.sector,
      contacts: [
        { name: 'Mette Sørensen', role: 'Leder', email: 'mette@example.dk', phone: '12 34 56 78' },
        { name: 'Jørgen Åberg', role: 'Arbejdsmiljørepræsentant' },
      ],
      templateTitle: template.title,
      themes: ['Vold og trusler', 'Samarbejde, kultur og mobning'],
      facilitators: [{ name: 'Anne Konsulent', organisation: 'Arbejdsmiljøhuset' }],
      startDate: isoDaysFromToday(14),
    });

    const expectedTitle = `${template.organisation} – ${template.unit}`;
    await expect(page.getByRole('heading', { level: 1, name: expectedTitle })).toBeVisible();
    const id = page.url().split('/').pop() ?? '';

    // The programme page shows the template's phases and meetings on the timeline.
    const timeline = page.getByRole('region', { name: 'Tidslinje' });
    for (const phase of ['Forberedelse', 'Seminar', 'Aktivitetsfase', 'Opsamling']) {
      await expect(timeline.getByRole('heading', { level: 3, name: phase })).toBeVisible();
    }
    await expect(timeline.getByRole('article', { name: template.firstMeeting })).toBeVisible();

    // What the wizard asked is what the file store has.
    const saved = await server.api('engagements.get', { id });
    expect(saved.templateId).toBe(template.id);
    expect(saved.client.contacts.map((c) => c.name)).toEqual(['Mette Sørensen', 'Jørgen Åberg']);
    expect(saved.themes).toEqual(['vold-og-trusler', 'samarbejde-kultur-mobning']);
    expect(saved.facilitators).toEqual([expect.objectContaining({ name: 'Anne Konsulent' })]);
    const dates = saved.phases.flatMap((p) => p.meetings.map((m) => m.date));
    expect(dates.every((d) => typeof d === 'string')).toBe(true);
    // The start date itself is moved off a weekend or holiday, like every suggested date.
    expect(dates[0]).toBe(nextWorkingDay(isoDaysFromToday(14)));
    expect(dates.filter((d) => d && dayOffReason(d))).toEqual([]);

    // Found after a reload through the search box (without the Danish letters, too).
    await page.goto('/');
    await page.reload();
    const search = page.getByLabel('Søg');
    await search.fill(template.unit.replace('Ø', 'O').replace('ø', 'o'));
    const row = page.getByRole('row', { name: new RegExp(expectedTitle) });
    await expect(row).toBeVisible();
    await expect(row).toContainText(template.title);
    await search.fill('findes-ikke-xyz');
    await expect(page.getByText('Ingen forløb matcher')).toBeVisible();
    await search.fill(template.organisation);
    await row.getByRole('link', { name: expectedTitle }).click();

    // Edit the basics: autosaved, no save button.
    await expect(page.getByRole('heading', { level: 1, name: expectedTitle })).toBeVisible();
    const basics = page.getByRole('region', { name: 'Forløb og kunde' });
    await basics.getByLabel('Forløbets titel').fill('Trivsel og samarbejde 2027');
    await basics.getByLabel('Enhed').fill(`${template.unit} (ny)`);
    await page.getByLabel('Status').selectOption({ label: 'På pause' });
    await page.getByRole('group', { name: 'Kontakt 2' }).getByLabel('Telefon').fill('87 65 43 21');
    await expect(page.getByRole('heading', { level: 1, name: 'Trivsel og samarbejde 2027' })).toBeVisible();
    await expect(page.getByTestId('save-state')).toHaveText('Gemt');
    await expect
      .poll(async () => {
        const e = await server.api('engagements.get', { id });
        return [e.title, e.client.unit, e.status, e.client.contacts[1]?.phone];
      })
      .toEqual(['Trivsel og samarbejde 2027', `${template.unit} (ny)`, 'pause', '87 65 43 21']);

    // Delete asks first; Esc and "Annullér" leave it alone.
    await page.getByRole('button', { name: 'Slet forløb' }).click();
    const dialog = page.getByRole('dialog', { name: 'Slet forløbet?' });
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await page.getByRole('button', { name: 'Slet forløb' }).click();
    await dialog.getByRole('button', { name: 'Slet forløb' }).click();

    await expect(page).toHaveURL(/\/$/);
    const toast = page.getByRole('status').filter({ hasText: 'Forløbet er slettet' });
    await expect(toast).toBeVisible();
    await expect(page.getByRole('link', { name: 'Trivsel og samarbejde 2027' })).toHaveCount(0);
    expect((await server.api('engagements.list', {})).map((s) => s.id)).not.toContain(id);

    await toast.getByRole('button', { name: 'Fortryd' }).click();
    await expect(page.getByRole('link', { name: 'Trivsel og samarbejde 2027' })).toBeVisible();
    expect((await server.api('engagements.list', {})).map((s) => s.id)).toContain(id);
  });
}

test('guiden viser danske fejlbeskeder og lader ingen springe trin over', async ({ page }) => {
  await page.goto(appPath('/nyt'));
  await nextButton(page).click();
  await expect(page.getByText('Skriv organisationens navn.')).toBeVisible();
  await expect(page.getByText('Vælg sektor.')).toBeVisible();
  await expect(page.getByLabel('Organisation')).toBeFocused();

  await page.getByLabel('Organisation').fill('Aarhus Kommune');
  await page.getByRole('radio', { name: 'Kommune' }).check();
  await nextButton(page).click();

  await page.getByRole('button', { name: 'Tilføj kontaktperson' }).click();
  await page.getByRole('group', { name: 'Kontakt 1' }).getByLabel('E-mail').fill('ikke-en-adresse');
  await nextButton(page).click();
  await expect(page.getByText('Skriv kontaktpersonens navn.')).toBeVisible();
  await expect(page.getByText('Skriv en gyldig e-mailadresse, fx navn@eksempel.dk.')).toBeVisible();
  await page.getByRole('button', { name: /Fjern kontakt 1/ }).click();
  await nextButton(page).click();

  await nextButton(page).click();
  await expect(page.getByText('Vælg en skabelon.')).toBeVisible();
});

const LONG_ORGANISATION =
  'Region Hovedstadens Center for Arbejdsmiljø, Sundhedsfremme og Forebyggelse på Hospitalerne i Hovedstadsområdet';
const LONG_UNIT =
  'Afdelingen for Akutmedicin, Traumemodtagelse og Præhospital Indsats, Nordsjællands Hospital, Hillerød og Frederikssund';

test('en lang organisation og enhed giver en forkortet titel; for lange felter afvises ved feltet', async ({
  page,
  server,
}) => {
  expect(`${LONG_ORGANISATION} – ${LONG_UNIT}`.length).toBeGreaterThan(200);
  await page.goto(appPath('/nyt'));
  const organisation = page.getByLabel('Organisation');

  // Over the field's own limit (a paste is not cut silently): said next to the field as it is typed,
  // and "Næste" stays on the step with the field focused.
  const tooLong = `${LONG_ORGANISATION}, ${LONG_ORGANISATION}`;
  await organisation.fill(tooLong);
  await expect(organisation).toHaveValue(tooLong);
  const lengthMessage = page.getByText(
    `Navnet er ${tooLong.length} tegn, men må højst være 200. Forkort det med ${tooLong.length - 200} tegn.`,
  );
  await expect(lengthMessage).toBeVisible();
  await page.getByRole('radio', { name: 'Region' }).check();
  await nextButton(page).click();
  await expect(organisation).toBeFocused();
  await expect(page.getByRole('heading', { name: 'Hvem er kunden?' })).toBeVisible();
  await screenshot(page, 'wizard-kunde-for-langt-navn');

  // Each within its limit, together too long for a title: the automatic title is shortened, and it says so.
  await organisation.fill(LONG_ORGANISATION);
  await expect(lengthMessage).toBeHidden();
  await page.getByLabel('Enhed').fill(LONG_UNIT);
  await expect(
    page.getByText('Titlen er derfor forkortet. Skriv selv en kortere titel, hvis du vil.'),
  ).toBeVisible();
  const hint = page.locator('#wizard-title-hint');
  await expect(hint).toContainText(`»${LONG_ORGANISATION} – Afdelingen for Akutmedicin`);
  await expect(hint).toContainText('…«');
  await page.getByLabel('Titel på forløbet').scrollIntoViewIfNeeded();
  await page.mouse.wheel(0, 400);
  await screenshot(page, 'wizard-kunde-lang-titel');

  await nextButton(page).click();
  await expect(page.getByRole('heading', { name: 'Kontaktpersoner' })).toBeFocused();
  await nextButton(page).click();
  await page.getByRole('radio', { name: 'Tomt forløb' }).check();
  for (let i = 0; i < 4; i++) await nextButton(page).click();
  await expect(page.getByRole('heading', { name: 'Overblik' })).toBeFocused();
  await page.getByRole('button', { name: 'Opret forløb' }).click();

  await expect(page).toHaveURL(/\/forloeb\/[a-z0-9-]+$/);
  const saved = await server.api('engagements.get', { id: page.url().split('/').pop() ?? '' });
  expect(saved.title.length).toBeLessThanOrEqual(200);
  expect(saved.title).toMatch(new RegExp(`^${LONG_ORGANISATION} – Afdelingen for Akutmedicin.*\\S…$`));
  expect(saved.client).toMatchObject({ organisation: LONG_ORGANISATION, unit: LONG_UNIT });
  await expect(page.getByRole('heading', { level: 1, name: saved.title })).toBeVisible();
});

test('fejl ved oprettelse siges på dansk øverst på trinnet, får fokus og viser vej til feltet', async ({
  page,
}) => {
  await page.goto(appPath('/nyt'));
  await wizardToDates(page, {
    organisation: 'Vejle Kommune',
    unit: 'Tandplejen',
    sector: 'Kommune',
    templateTitle: 'NFA grundmodel',
  });
  await nextButton(page).click();
  await expect(page.getByRole('heading', { name: 'Overblik' })).toBeFocused();

  // The file store refuses a value (as when the schema and the steps disagree).
  let failure: { status: number; error: object } | null = {
    status: 400,
    error: {
      code: 'invalid_argument',
      message: 'Ugyldige data for det nye forløb (title): For stor: forventede string til at have <=200 tegn',
      details: { issues: [{ path: 'title', message: 'For stor' }] },
    },
  };
  await page.route('**/api/engagements.create', async (route) => {
    if (!failure) return route.continue();
    await route.fulfill({
      status: failure.status,
      contentType: 'application/json',
      body: JSON.stringify({ ok: false, error: failure.error }),
    });
  });
  await page.getByRole('button', { name: 'Opret forløb' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'Forløbet er ikke oprettet' });
  await expect(alert).toBeFocused();
  await expect(alert).toBeInViewport();
  await expect(alert).toContainText(
    'Noget på trinnet »Kunde« kan ikke gemmes, som det står. Gå til trinnet, ret det, og tryk »Opret forløb« igen.',
  );
  await alert.getByRole('button', { name: 'Gå til trinnet »Kunde«' }).click();
  await expect(page.getByLabel('Titel på forløbet')).toBeFocused();
  await expect(page).toHaveURL(/trin=1$/);
  await expect(alert).toBeHidden();

  // The data folder cannot be reached: nothing typed is lost, and trying again works.
  failure = {
    status: 500,
    error: { code: 'internal', message: 'Der opstod en uventet fejl i Forløb.' },
  };
  await page
    .getByRole('navigation', { name: 'Trin i guiden' })
    .getByRole('button', { name: /Overblik/ })
    .click();
  await page.getByRole('button', { name: 'Opret forløb' }).click();
  await expect(alert).toBeFocused();
  await expect(alert).toContainText('Det, du har skrevet, er ikke tabt');
  await expect(alert.getByRole('button')).toHaveCount(0);
  failure = null;
  await page.getByRole('button', { name: 'Opret forløb' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Vejle Kommune – Tandplejen' })).toBeVisible();
});
