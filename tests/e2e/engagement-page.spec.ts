import type { Locator, Page } from '@playwright/test';
import { appPath, test, expect } from './support/fixtures.js';
import { screenshot } from './support/screenshots.js';

const saveState = (page: Page) => page.getByTestId('save-state');

/** The field has the message beside it, marked invalid and linked to it for screen readers. */
async function expectInvalid(field: Locator, message: string): Promise<void> {
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveAccessibleDescription(message);
}

test('forløbssiden gemmer ikke et ugyldigt felt, men viser hvorfor, og gemmer det, når det er rettet', async ({
  page,
  server,
}) => {
  const created = await server.api('engagements.create', {
    templateId: 'nfa-grundmodel',
    client: { organisation: 'Horsens Kommune', unit: 'Rengøringen', sector: 'kommune' },
    contacts: [{ name: 'Lise Holm', role: 'leder', email: 'lise@horsens.dk' }],
  });
  const seminar = created.phases[1]!.meetings[0]!;
  await page.goto(appPath(`/forloeb/${created.id}`));
  const basics = page.getByRole('region', { name: 'Forløb og kunde' });
  const title = basics.getByLabel('Forløbets titel');
  const organisation = basics.getByLabel('Organisation');
  await expect(title).toHaveValue('Horsens Kommune – Rengøringen');
  await expect(title).not.toHaveAttribute('aria-invalid');

  // A valid edit first, so the last valid value is not simply the one from the template.
  await title.fill('Trivsel i rengøringen');
  await expect(saveState(page)).toHaveText('Gemt');

  await title.fill('   ');
  await expectInvalid(title, 'Skriv forløbets titel.');
  await organisation.fill('');
  await expectInvalid(organisation, 'Skriv organisationens navn.');
  const contact = page.getByRole('group', { name: 'Kontakt 1' });
  await contact.getByLabel('E-mail').fill('lise.horsens.dk');
  await expectInvalid(contact.getByLabel('E-mail'), 'Skriv en gyldig e-mailadresse, fx navn@eksempel.dk.');
  const meetings = page.getByRole('region', { name: 'Møder' });
  const seminarTitle = meetings.locator(`#meeting-${seminar.id}-title`);
  await seminarTitle.fill('');
  await expectInvalid(seminarTitle, 'Skriv mødets titel.');
  const minutes = meetings.locator(`#meeting-${seminar.id}-minutes`);
  await minutes.fill('2000');
  await expectInvalid(minutes, 'Varigheden skal være mellem 0 og 1440 minutter (24 timer).');
  // Not clamped: the field keeps what was typed.
  await expect(minutes).toHaveValue('2000');

  await expect(saveState(page)).toHaveText('Ikke gemt – ret de markerede felter');
  await page.setViewportSize({ width: 1366, height: 768 });
  await title.scrollIntoViewIfNeeded();
  await screenshot(page, 'engagement-invalid-fields');
  await minutes.scrollIntoViewIfNeeded();
  await screenshot(page, 'engagement-invalid-meeting');

  // The last valid values are what the file store has; nothing invalid reached it.
  await page.waitForTimeout(800);
  const onDisk = await server.api('engagements.get', { id: created.id });
  expect(onDisk.title).toBe('Trivsel i rengøringen');
  expect(onDisk.client.organisation).toBe('Horsens Kommune');
  expect(onDisk.client.contacts[0]?.email).toBe('lise@horsens.dk');
  expect(onDisk.phases[1]?.meetings[0]).toMatchObject({ title: seminar.title, minutes: seminar.minutes });

  // Putting each field right saves it, and the indicator says so once all are right.
  await title.fill('Trivsel og rengøring');
  await organisation.fill('Horsens Kommune, Teknik og Miljø');
  await contact.getByLabel('E-mail').fill('lise.holm@horsens.dk');
  await seminarTitle.fill('Seminar for hele afdelingen');
  await minutes.fill('240');
  for (const field of [title, organisation, contact.getByLabel('E-mail'), seminarTitle, minutes]) {
    await expect(field).not.toHaveAttribute('aria-invalid');
  }
  await expect(saveState(page)).toHaveText('Gemt');
  await expect
    .poll(async () => {
      const e = await server.api('engagements.get', { id: created.id });
      const m = e.phases[1]?.meetings[0];
      return [e.title, e.client.organisation, e.client.contacts[0]?.email, m?.title, m?.minutes];
    })
    .toEqual([
      'Trivsel og rengøring',
      'Horsens Kommune, Teknik og Miljø',
      'lise.holm@horsens.dk',
      'Seminar for hele afdelingen',
      240,
    ]);
});

test('et ugyldigt felt er ikke gemt efter en genindlæsning: den sidste gyldige værdi står der', async ({
  page,
  server,
}) => {
  const created = await server.api('engagements.create', {
    templateId: 'custom',
    client: { organisation: 'Aalborg Kommune', unit: '', sector: 'kommune' },
  });
  await page.goto(appPath(`/forloeb/${created.id}`));
  const title = page.getByLabel('Forløbets titel');
  await expect(title).toHaveValue('Aalborg Kommune');
  await title.fill('');
  await expect(saveState(page)).toHaveText('Ikke gemt – ret de markerede felter');
  await page.reload();
  await expect(page.getByLabel('Forløbets titel')).toHaveValue('Aalborg Kommune');
  await expect(page.getByLabel('Forløbets titel')).not.toHaveAttribute('aria-invalid');
  expect((await server.api('engagements.get', { id: created.id })).title).toBe('Aalborg Kommune');
});

test('møder kan tilføjes i RUC’s tomme aktivitetsfase og flyttes, og det holder efter genindlæsning', async ({
  page,
  server,
}) => {
  // A long journey (three meetings, two moves, a reload): allow for a loaded CI machine.
  test.slow();
  const created = await server.api('engagements.create', {
    templateId: 'ruc-dialog',
    client: { organisation: 'Roskilde Kommune', unit: 'Hjemmeplejen Øst', sector: 'kommune' },
  });
  await page.goto(appPath(`/forloeb/${created.id}`));
  const meetings = page.getByRole('region', { name: 'Møder' });
  const activity = meetings.getByRole('group', { name: 'Aktivitetsfase' });
  await expect(activity.getByText('Ingen møder i denne fase.')).toBeVisible();

  // Add a meeting: it gets the default title, selected, so typing replaces it.
  await activity.getByRole('button', { name: 'Tilføj møde' }).click();
  const first = activity.getByLabel('Mødets titel');
  await expect(first).toHaveValue('Nyt møde');
  await expect(first).toBeFocused();
  await page.keyboard.type('Opfølgning');
  await expect(first).toHaveValue('Opfølgning');
  await first.fill('Opfølgning på handleplanen');
  const titles = activity.getByLabel('Mødets titel');
  for (const [n, title] of ['Status med MED-udvalget', 'Erfaringsmøde'].entries()) {
    await activity.getByRole('button', { name: 'Tilføj møde' }).click();
    await expect(titles.nth(n + 1)).toBeFocused();
    await titles.nth(n + 1).fill(title);
  }
  await expect(titles).toHaveCount(3);

  // The first meeting cannot move up, the last not down.
  await expect(activity.getByRole('button', { name: 'Flyt »Opfølgning på handleplanen« op' })).toBeDisabled();
  await expect(activity.getByRole('button', { name: 'Flyt »Erfaringsmøde« ned' })).toBeDisabled();

  // Reorder with the button and with Alt+↑ from the title field.
  await activity.getByRole('button', { name: 'Flyt »Opfølgning på handleplanen« ned' }).click();
  await expect(titles.nth(0)).toHaveValue('Status med MED-udvalget');
  await expect(titles.nth(1)).toHaveValue('Opfølgning på handleplanen');
  await titles.nth(2).focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(titles.nth(1)).toHaveValue('Erfaringsmøde');
  await expect(titles.nth(1)).toBeFocused();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(titles.nth(0)).toHaveValue('Erfaringsmøde');
  await expect(meetings.getByRole('status')).toContainText('»Erfaringsmøde« er flyttet op: nr. 1 af 3');

  // The timeline follows.
  const timeline = page.getByRole('region', { name: 'Tidslinje' });
  await expect(timeline.getByRole('article', { name: 'Status med MED-udvalget' })).toBeVisible();
  await page.setViewportSize({ width: 1366, height: 768 });
  await activity.scrollIntoViewIfNeeded();
  await screenshot(page, 'engagement-meetings-editor');

  const expected = ['Erfaringsmøde', 'Status med MED-udvalget', 'Opfølgning på handleplanen'];
  await expect(saveState(page)).toHaveText('Gemt');
  await expect
    .poll(async () => {
      const e = await server.api('engagements.get', { id: created.id });
      return e.phases[2]?.meetings.map((m) => m.title);
    })
    .toEqual(expected);
  const saved = await server.api('engagements.get', { id: created.id });
  for (const meeting of saved.phases[2]?.meetings ?? []) {
    expect(meeting).toMatchObject({ mode: 'on-site', minutes: 60, kind: 'andet' });
    expect(meeting.date).toBeUndefined();
  }
  // The other phases are untouched.
  expect(saved.phases.map((p) => p.meetings.length)).toEqual([3, 1, 3, 1]);

  await page.reload();
  const reloaded = page.getByRole('region', { name: 'Møder' }).getByRole('group', { name: 'Aktivitetsfase' });
  await expect(reloaded.getByLabel('Mødets titel')).toHaveCount(3);
  for (const [n, title] of expected.entries()) {
    await expect(reloaded.getByLabel('Mødets titel').nth(n)).toHaveValue(title);
  }
});

test('et møde fjernes først, når det er bekræftet, »Fortryd« lægger det tilbage, og det holder efter genindlæsning', async ({
  page,
  server,
}) => {
  const created = await server.api('engagements.create', {
    templateId: 'ruc-dialog',
    client: { organisation: 'Roskilde Kommune', unit: 'Hjemmeplejen Vest', sector: 'kommune' },
  });
  const activity = created.phases[2]!;
  activity.meetings = ['Erfaringsmøde', 'Status med MED-udvalget', 'Opfølgning på handleplanen'].map(
    (title, i) => ({
      id: `aktivitet-${i}`,
      kind: 'andet',
      title,
      description: '',
      mode: 'on-site',
      minutes: 60,
      agenda: [],
      record: { participants: '', notes: '', decisions: '' },
    }),
  );
  await server.api('engagements.save', { engagement: created });

  await page.goto(appPath(`/forloeb/${created.id}`));
  const group = page.getByRole('region', { name: 'Møder' }).getByRole('group', { name: 'Aktivitetsfase' });
  const titles = group.getByLabel('Mødets titel');
  await expect(titles).toHaveCount(3);

  // Removing asks first; Annullér keeps the meeting.
  const remove = group.getByRole('button', { name: 'Fjern mødet »Status med MED-udvalget«' });
  await remove.click();
  const dialog = page.getByRole('dialog', { name: 'Fjern mødet?' });
  await expect(dialog).toContainText('»Status med MED-udvalget«');
  await dialog.getByRole('button', { name: 'Annullér' }).click();
  await expect(titles).toHaveCount(3);

  // Removed, then "Fortryd" puts it back in its place; removed again for good.
  await remove.click();
  await dialog.getByRole('button', { name: 'Fjern mødet' }).click();
  await expect(titles).toHaveCount(2);
  await expect(group.getByRole('button', { name: 'Tilføj møde' })).toBeFocused();
  const undo = page.getByRole('status').filter({ hasText: 'Mødet »Status med MED-udvalget« er fjernet.' });
  await undo.getByRole('button', { name: 'Fortryd' }).click();
  await expect(titles).toHaveCount(3);
  await expect(titles.nth(1)).toHaveValue('Status med MED-udvalget');
  await remove.click();
  await dialog.getByRole('button', { name: 'Fjern mødet' }).click();
  await expect(titles).toHaveCount(2);

  const expected = ['Erfaringsmøde', 'Opfølgning på handleplanen'];
  await expect(saveState(page)).toHaveText('Gemt');
  await expect
    .poll(async () => {
      const e = await server.api('engagements.get', { id: created.id });
      return e.phases[2]?.meetings.map((m) => m.title);
    })
    .toEqual(expected);
  await page.reload();
  await expect(titles).toHaveCount(2);
  await expect(titles.nth(0)).toHaveValue(expected[0]!);
  await expect(titles.nth(1)).toHaveValue(expected[1]!);
});

test('gendannes et slettet forløb fra papirkurven, forsvinder sletningens »Fortryd«', async ({
  page,
  server,
}) => {
  const created = await server.api('engagements.create', {
    templateId: 'nfa-grundmodel',
    client: { organisation: 'Køge Kommune', unit: 'Skolerne', sector: 'kommune' },
  });
  await page.goto(appPath(`/forloeb/${created.id}`));
  await page.getByRole('button', { name: 'Slet forløb' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Slet forløb' }).click();
  const undo = page.getByRole('status').filter({ hasText: 'Forløbet er slettet' });
  await expect(undo.getByRole('button', { name: 'Fortryd' })).toBeVisible();

  await page.getByRole('navigation').getByRole('link', { name: 'Papirkurv' }).click();
  const restore = page.getByRole('button', { name: 'Gendan Køge Kommune – Skolerne' });
  await expect(restore).toBeVisible();
  // The offer lasts 12 s; it must still stand when the trash restores the programme, or this proves nothing.
  await expect(undo.getByRole('button', { name: 'Fortryd' })).toBeVisible({ timeout: 1 });
  await restore.click();
  await expect(page.getByRole('status').filter({ hasText: 'er gendannet' })).toBeVisible();
  await expect(undo).toHaveCount(0);
  await expect(
    page.getByRole('region', { name: 'Beskeder' }).getByRole('button', { name: 'Fortryd' }),
  ).toHaveCount(0);
  expect((await server.api('engagements.list', {})).map((s) => s.id)).toEqual([created.id]);
});

for (const [what, id] of [
  ['et ugyldigt id', 'IKKE%20ET%20ID'],
  ['et ukendt id', 'findes-ikke-1234'],
] as const) {
  test(`${what} i adressen giver siden »Forløbet findes ikke« uden »Prøv igen«`, async ({ page }) => {
    await page.goto(appPath(`/forloeb/${id}`));
    await expect(page.getByRole('heading', { level: 1, name: 'Forløbet findes ikke' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Prøv igen' })).toHaveCount(0);
    await expect(page.getByText(/Ugyldig|argumentet|engagements\./)).toHaveCount(0);
    if (id.startsWith('IKKE')) await screenshot(page, 'engagement-not-found');
    await page.getByRole('main').getByRole('link', { name: 'Alle forløb' }).last().click();
    await expect(page.getByRole('heading', { level: 1, name: 'Forløb' })).toBeVisible();
  });
}
