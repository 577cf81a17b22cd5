import { appPath, test, expect } from './support/fixtures.js';
import { startSaveGate } from './support/save-gate.js';

// Runs in the page before the app (a string: this file is type-checked without
// the DOM library). Only on a URL with ?uden-idb.
const FAIL_OUTBOX_WRITES = `(() => {
  if (!location.search.includes('uden-idb')) return;
  const put = IDBObjectStore.prototype.put;
  IDBObjectStore.prototype.put = function (...args) {
    if (this.name === 'outbox') throw new DOMException('IndexedDB nåede det ikke', 'AbortError');
    return put.apply(this, args);
  };
})();`;

// DESIGN.md, Storage: an edit goes into Dexie in the same tick as the UI change,
// is flushed to the file store, and survives a reload or crash until then.

test('en ændring lige før genindlæsning overlever og når frem til filen', async ({ page, server }) => {
  const created = await server.api('engagements.create', {
    templateId: 'nfa-grundmodel',
    client: { organisation: 'Odense Kommune', unit: 'Børn og Unge', sector: 'kommune' },
  });
  await page.goto(appPath(`/forloeb/${created.id}`));
  const title = page.getByLabel('Forløbets titel');
  await expect(title).toHaveValue('Odense Kommune – Børn og Unge');

  // Reload at once: no time for the debounced save before the page goes away.
  await title.fill('Ændret lige før genindlæsning');
  await page.reload();
  await expect(page.getByLabel('Forløbets titel')).toHaveValue('Ændret lige før genindlæsning');
  await expect
    .poll(async () => (await server.api('engagements.get', { id: created.id })).title)
    .toBe('Ændret lige før genindlæsning');
  // The save may land from either page; both are fine, an error is not.
  await expect(page.getByTestId('save-state')).toHaveText(/^(Gemt)?$/);
});

test('en ændring, som IndexedDB aldrig nåede at gemme, reddes af journalen ved næste indlæsning', async ({
  page,
  server,
}) => {
  const created = await server.api('engagements.create', {
    templateId: 'nfa-grundmodel',
    client: { organisation: 'Vejle Kommune', unit: 'Hjemmeplejen', sector: 'kommune' },
  });
  // On a page opened with ?uden-idb, every write to the outbox table fails, as
  // when the page is gone before IndexedDB commits; and no save gets through.
  await page.addInitScript({ content: FAIL_OUTBOX_WRITES });
  await page.route('**/api/engagements.save', (route) => route.abort());
  await page.goto(`/?uden-idb${appPath(`/forloeb/${created.id}`)}`);
  const title = page.getByLabel('Forløbets titel');
  await expect(title).toBeEditable();
  await title.fill('Kun journalen har den');
  await expect(page.getByTestId('save-state')).toHaveText(/Ikke gemt|kunne ikke gemmes/);
  expect((await server.api('engagements.get', { id: created.id })).title).not.toBe('Kun journalen har den');

  await page.unroute('**/api/engagements.save');
  await page.goto(appPath(`/forloeb/${created.id}`));
  await expect(page.getByLabel('Forløbets titel')).toHaveValue('Kun journalen har den');
  await expect
    .poll(async () => (await server.api('engagements.get', { id: created.id })).title)
    .toBe('Kun journalen har den');
  await expect(page.getByTestId('save-state')).toHaveText('Gemt');
  expect(
    await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('forlob.outbox.'))),
  ).toEqual([]);
});

test('fem ændringer, hver fulgt af en genindlæsning med det samme, overlever alle', async ({
  page,
  server,
}) => {
  const created = await server.api('engagements.create', {
    templateId: 'ruc-dialog',
    client: { organisation: 'Region Sjælland', unit: 'Akutmodtagelsen', sector: 'region' },
  });
  await page.goto(appPath(`/forloeb/${created.id}`));
  for (let round = 1; round <= 5; round++) {
    const title = page.getByLabel('Forløbets titel');
    await expect(title).toBeEditable();
    await title.fill(`Runde ${round}`);
    await page.reload();
    await expect(page.getByLabel('Forløbets titel')).toHaveValue(`Runde ${round}`);
  }
  await expect
    .poll(async () => (await server.api('engagements.get', { id: created.id })).title)
    .toBe('Runde 5');
});

test('en ændring, der ikke kunne gemmes, venter i udbakken på tværs af genindlæsning', async ({
  page,
  server,
  browser,
}) => {
  const created = await server.api('engagements.create', {
    templateId: 'ruc-dialog',
    client: { organisation: 'Region Midtjylland', unit: 'Psykiatrien', sector: 'region' },
  });
  // The page talks to the server through a gate that can refuse every save,
  // including the one the outbox sends as the page unloads.
  const gate = await startSaveGate(server.url);
  try {
    await page.goto(gate.url + appPath(`/forloeb/${created.id}`));
    await expect(page.getByLabel('Forløbets titel')).toHaveValue('Region Midtjylland – Psykiatrien');

    gate.close();
    await page.getByLabel('Forløbets titel').fill('Skrevet mens Forløb var utilgængelig');
    await page.getByRole('region', { name: 'Forløb og kunde' }).getByLabel('Enhed').fill('Psykiatrien Vest');
    await expect(page.getByTestId('save-state')).toContainText('Ikke gemt endnu');

    await page.reload();
    await expect(page.getByLabel('Forløbets titel')).toHaveValue('Skrevet mens Forløb var utilgængelig');
    await expect(page.getByRole('region', { name: 'Forløb og kunde' }).getByLabel('Enhed')).toHaveValue(
      'Psykiatrien Vest',
    );
    expect((await server.api('engagements.get', { id: created.id })).title).toBe(
      'Region Midtjylland – Psykiatrien',
    );

    // The start screen already shows the unsaved title (the outbox is laid over the list).
    await page.goto(gate.url + appPath('/'));
    await expect(page.getByRole('link', { name: 'Skrevet mens Forløb var utilgængelig' })).toBeVisible();
    expect(gate.refused()).toBeGreaterThan(0);

    // Back online: the outbox is flushed by the retry, without any further action.
    gate.open();
    await expect(page.getByTestId('save-state')).toHaveText('Gemt', { timeout: 20_000 });
    const saved = await server.api('engagements.get', { id: created.id });
    expect([saved.title, saved.client.unit, saved.revision]).toEqual([
      'Skrevet mens Forløb var utilgængelig',
      'Psykiatrien Vest',
      2,
    ]);
  } finally {
    await gate.stop();
  }

  // A fresh browser profile (no Dexie cache) reads it from the file store.
  const context = await browser.newContext();
  const fresh = await context.newPage();
  await fresh.goto(server.url + appPath(`/forloeb/${created.id}`));
  await expect(fresh.getByLabel('Forløbets titel')).toHaveValue('Skrevet mens Forløb var utilgængelig');
  await context.close();
});

test('en konflikt vises tydeligt, og den nyeste version kan hentes', async ({ page, server }) => {
  const created = await server.api('engagements.create', {
    templateId: 'custom',
    client: { organisation: 'Vejle Kommune', unit: 'Jobcentret', sector: 'kommune' },
  });
  await page.goto(appPath(`/forloeb/${created.id}`));
  await expect(page.getByLabel('Forløbets titel')).toHaveValue('Vejle Kommune – Jobcentret');

  // Someone else saves first (another window, another machine on the share).
  await server.api('engagements.save', { engagement: { ...created, title: 'Ændret i et andet vindue' } });

  await page.getByLabel('Forløbets titel').fill('Min ændring');
  const banner = page.getByRole('alert').filter({ hasText: 'Forløbet er ændret et andet sted' });
  await expect(banner).toBeVisible();
  await expect(page.getByTestId('save-state')).toHaveText('Ikke gemt – forløbet er ændret et andet sted');
  expect((await server.api('engagements.get', { id: created.id })).title).toBe('Ændret i et andet vindue');

  await banner.getByRole('button', { name: 'Hent nyeste version' }).click();
  await expect(page.getByLabel('Forløbets titel')).toHaveValue('Ændret i et andet vindue');
  await expect(banner).toBeHidden();

  // Editing goes on from the newest revision.
  await page.getByLabel('Forløbets titel').fill('Videre fra den nyeste');
  await expect(page.getByTestId('save-state')).toHaveText('Gemt');
  await expect.poll(async () => (await server.api('engagements.get', { id: created.id })).revision).toBe(3);
});

test('en tilføjet og en fjernet række lige før genindlæsning overlever begge', async ({ page, server }) => {
  const created = await server.api('engagements.create', {
    templateId: 'nfa-grundmodel',
    client: { organisation: 'Aarhus Kommune', unit: 'Skolen ved Søerne', sector: 'kommune' },
    contacts: [
      { name: 'Mette Sørensen', role: 'leder' },
      { name: 'Jonas Æbelø', role: 'tillidsrepraesentant' },
    ],
  });
  await page.goto(appPath(`/forloeb/${created.id}`));
  const contacts = page.getByRole('region', { name: 'Kontakter' });
  await expect(contacts.getByRole('group')).toHaveCount(2);

  // Structural changes (a row removed, a row added and typed into), then a reload at once.
  await contacts.getByRole('button', { name: 'Fjern kontakt 1 (Mette Sørensen)' }).click();
  await contacts.getByRole('button', { name: 'Tilføj kontaktperson' }).click();
  await contacts.getByRole('group', { name: 'Kontakt 2' }).getByLabel('Navn').fill('Ida Østergaard');
  await page.reload();

  const names = page.getByRole('region', { name: 'Kontakter' }).getByLabel('Navn');
  await expect(names).toHaveCount(2);
  await expect(names.nth(0)).toHaveValue('Jonas Æbelø');
  await expect(names.nth(1)).toHaveValue('Ida Østergaard');
  await expect
    .poll(async () =>
      (await server.api('engagements.get', { id: created.id })).client.contacts.map((c) => c.name),
    )
    .toEqual(['Jonas Æbelø', 'Ida Østergaard']);
});
