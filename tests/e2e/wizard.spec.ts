import { appPath, test, expect } from './support/fixtures.js';
import { createThroughWizard, isoDaysFromToday, nextButton } from './support/wizard.js';

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
    expect(dates[0]).toBe(isoDaysFromToday(14));

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
