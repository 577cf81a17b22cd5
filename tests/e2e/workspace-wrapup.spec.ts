import type { Locator, Page } from '@playwright/test';
import { appPath, test, expect, type ForlobServer } from './support/fixtures.js';
import { screenshot, screenshotAtSizes } from './support/screenshots.js';

const saveState = (page: Page) => page.getByTestId('save-state');

/** An NFA programme whose brief has two success criteria, set up through the API. */
async function programmeWithCriteria(server: ForlobServer) {
  const created = await server.api('engagements.create', {
    templateId: 'nfa-grundmodel',
    client: { organisation: 'Horsens Kommune', unit: 'Hjemmeplejen Vest', sector: 'kommune' },
  });
  created.brief.successCriteria = [
    { id: 'k-handleplan', text: 'Alle medarbejdere kender handleplanen.' },
    { id: 'k-barometer', text: 'Trivselsbarometeret stiger mindst ét point.' },
  ];
  return server.api('engagements.save', { engagement: created });
}

async function expectInvalid(field: Locator, message: RegExp): Promise<void> {
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveAccessibleDescription(message);
}

test('opsamlingen udfyldes kun med brugerfladen og er der igen efter genindlæsning og på serveren', async ({
  page,
  server,
}) => {
  const programme = await programmeWithCriteria(server);
  await page.goto(appPath(`/forloeb/${programme.id}/opsamling`));
  const checklist = page.getByRole('region', { name: /Tjekliste for opsamling/ });
  await expect(checklist).toContainText('0 af 5 klar');

  // The first criterion by mouse, the second by keyboard only (arrow keys in the radio group).
  const criteria = page.getByRole('region', { name: 'Succeskriterier' });
  const first = criteria.getByRole('group', { name: /Alle medarbejdere kender handleplanen/ });
  const second = criteria.getByRole('group', { name: /Trivselsbarometeret stiger/ });
  await expect(first.getByRole('radio', { name: 'Ikke vurderet' })).toBeChecked();
  await first.getByRole('radio', { name: 'Opfyldt', exact: true }).check();
  await page.locator('#wrapup-criterion-k-handleplan-evidence').fill('Handleplanen hænger i personalestuen.');
  await page.keyboard.press('Tab');
  await expect(second.getByRole('radio', { name: 'Ikke vurderet' })).toBeFocused();
  await page.keyboard.press('ArrowRight'); // wraps to Opfyldt
  await page.keyboard.press('ArrowRight'); // Delvist opfyldt
  await expect(second.getByRole('radio', { name: 'Delvist opfyldt' })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(page.locator('#wrapup-criterion-k-barometer-evidence')).toBeFocused();
  await page.keyboard.type('Fra 5,4 til 6,1.');

  await page.getByLabel('Hvad har arbejdspladsen lært?').fill('Små faste rutiner virker.');
  await page.getByLabel('Hvad var svært?').fill('Bemandingen om aftenen.');

  // Two agreements: the first by keyboard only, the second with the mouse.
  const continuation = page.getByRole('region', { name: 'Sådan arbejder I videre' });
  await expect(continuation).toContainText('Ingen aftaler endnu.');
  await continuation.getByRole('button', { name: 'Tilføj aftale' }).focus();
  await page.keyboard.press('Enter');
  const agreement1 = continuation.getByRole('group', { name: 'Aftale 1' });
  await expect(agreement1.getByLabel('Aftale', { exact: true })).toBeFocused();
  await page.keyboard.type('Tavlemødet fortsætter hver tirsdag.');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Mette Lund');
  await page.keyboard.press('Tab');
  await page.keyboard.type('01.09.2027');
  await page.keyboard.press('Enter');
  await expect(agreement1).toContainText('onsdag den 1. september 2027');
  await continuation.getByRole('button', { name: 'Tilføj aftale' }).click();
  const agreement2 = continuation.getByRole('group', { name: 'Aftale 2' });
  await agreement2.getByLabel('Aftale', { exact: true }).fill('Buddyordningen bliver fast.');
  await agreement2.getByLabel('Ansvarlig').fill('Aisha Karimi');
  await agreement2.getByLabel('Senest').fill('15.10.2027');
  await agreement2.getByLabel('Senest').blur();

  await page.getByLabel('Hvad anbefaler I arbejdspladsen fremover?').fill('Start småt.');

  const trio = page.getByRole('region', { name: 'TRIO’ens fire opsamlingspunkter' });
  await expect(trio).toContainText('Kilde: NFA, BALANCE – Opsamlingspointer');
  const answers = trio.getByRole('textbox');
  await expect(answers).toHaveCount(4);
  await expect(trio.getByLabel(/^1\. Opsøger og afklarer vi systematisk/)).toBeVisible();
  for (let i = 0; i < 4; i++) await answers.nth(i).fill(`TRIO-svar ${i + 1}`);

  await page.getByLabel('Effekt', { exact: true }).fill('Bedre overlevering.');
  await page.getByLabel('Proces', { exact: true }).fill('Godt seminar, kort aktivitetsfase.');

  await expect(checklist).toContainText('5 af 5 klar');
  await expect(saveState(page)).toHaveText('Gemt');

  const expected = {
    criteria: [
      {
        criterionId: 'k-handleplan',
        assessment: 'opfyldt',
        evidence: 'Handleplanen hænger i personalestuen.',
      },
      { criterionId: 'k-barometer', assessment: 'delvist', evidence: 'Fra 5,4 til 6,1.' },
    ],
    learnings: 'Små faste rutiner virker.',
    challenges: 'Bemandingen om aftenen.',
    continuation: [
      { text: 'Tavlemødet fortsætter hver tirsdag.', owner: 'Mette Lund', due: '2027-09-01' },
      { text: 'Buddyordningen bliver fast.', owner: 'Aisha Karimi', due: '2027-10-15' },
    ],
    recommendations: 'Start småt.',
    trioPoints: [1, 2, 3, 4].map((n) => expect.objectContaining({ answer: `TRIO-svar ${n}` })),
    evaluation: { effect: 'Bedre overlevering.', process: 'Godt seminar, kort aktivitetsfase.' },
  };
  await expect
    .poll(async () => (await server.api('engagements.get', { id: programme.id })).wrapup)
    .toMatchObject(expected);

  await page.setViewportSize({ width: 1366, height: 768 });
  await page.evaluate('window.scrollTo(0, 0)');
  await screenshotAtSizes(page, 'workspace-wrapup');
  await page.setViewportSize({ width: 1366, height: 768 });
  await screenshot(page, 'workspace-wrapup-full', { fullPage: true });

  await page.reload();
  await expect(first.getByRole('radio', { name: 'Opfyldt', exact: true })).toBeChecked();
  await expect(second.getByRole('radio', { name: 'Delvist opfyldt' })).toBeChecked();
  await expect(page.locator('#wrapup-criterion-k-handleplan-evidence')).toHaveValue(
    'Handleplanen hænger i personalestuen.',
  );
  await expect(page.locator('#wrapup-criterion-k-barometer-evidence')).toHaveValue('Fra 5,4 til 6,1.');
  await expect(page.getByLabel('Hvad har arbejdspladsen lært?')).toHaveValue('Små faste rutiner virker.');
  await expect(page.getByLabel('Hvad var svært?')).toHaveValue('Bemandingen om aftenen.');
  await expect(agreement1.getByLabel('Aftale', { exact: true })).toHaveValue(
    'Tavlemødet fortsætter hver tirsdag.',
  );
  await expect(agreement1.getByLabel('Ansvarlig')).toHaveValue('Mette Lund');
  await expect(agreement1.getByLabel('Senest')).toHaveValue('01.09.2027');
  await expect(agreement2.getByLabel('Ansvarlig')).toHaveValue('Aisha Karimi');
  await expect(agreement2.getByLabel('Senest')).toHaveValue('15.10.2027');
  await expect(page.getByLabel('Hvad anbefaler I arbejdspladsen fremover?')).toHaveValue('Start småt.');
  for (let i = 0; i < 4; i++) await expect(answers.nth(i)).toHaveValue(`TRIO-svar ${i + 1}`);
  await expect(page.getByLabel('Effekt', { exact: true })).toHaveValue('Bedre overlevering.');
  await expect(page.getByLabel('Proces', { exact: true })).toHaveValue('Godt seminar, kort aktivitetsfase.');
  await expect(checklist).toContainText('5 af 5 klar');
});

test('opsamlingen gemmer ikke for lang tekst, men siger hvorfor; tomme felter og fjernede aftaler går også', async ({
  page,
  server,
}) => {
  const programme = await programmeWithCriteria(server);
  await page.goto(appPath(`/forloeb/${programme.id}/opsamling`));
  const learnings = page.getByLabel('Hvad har arbejdspladsen lært?');
  await learnings.fill('Vi har lært meget.');
  await expect(saveState(page)).toHaveText('Gemt');

  await learnings.fill('x'.repeat(20_001));
  await expectInvalid(
    learnings,
    /Teksten om læring er 20\.?001 tegn, men må højst være 20\.?000\. Forkort det med 1 tegn\./,
  );
  const continuation = page.getByRole('region', { name: 'Sådan arbejder I videre' });
  await continuation.getByRole('button', { name: 'Tilføj aftale' }).click();
  const owner = continuation.getByRole('group', { name: 'Aftale 1' }).getByLabel('Ansvarlig');
  await owner.fill('M'.repeat(201));
  await expectInvalid(owner, /Navnet på den ansvarlige er 201 tegn, men må højst være 200/);
  const due = continuation.getByRole('group', { name: 'Aftale 1' }).getByLabel('Senest');
  await due.fill('31.02.2027');
  await due.press('Enter');
  await expect(continuation).toContainText('Skriv datoen som dd.mm.åååå, fx 12.03.2027.');
  await expect(saveState(page)).toHaveText('Ikke gemt – ret de markerede felter');

  await page.waitForTimeout(800);
  let onDisk = await server.api('engagements.get', { id: programme.id });
  expect(onDisk.wrapup.learnings).toBe('Vi har lært meget.');
  expect(onDisk.wrapup.continuation).toEqual([{ id: expect.any(String), text: '', owner: '' }]);

  // Putting it right saves it; an emptied text is saved as empty, and the checklist says it is missing.
  await learnings.fill('');
  await owner.fill('Mette Lund');
  await due.fill('');
  await expect(learnings).not.toHaveAttribute('aria-invalid');
  await expect(owner).not.toHaveAttribute('aria-invalid');
  await expect(saveState(page)).toHaveText('Gemt');
  const checklist = page.getByRole('region', { name: /Tjekliste for opsamling/ });
  await expect(
    checklist.getByRole('listitem').filter({ hasText: 'Hvad arbejdspladsen har lært' }),
  ).toContainText('Mangler:');
  await expect
    .poll(async () => {
      const e = await server.api('engagements.get', { id: programme.id });
      return [e.wrapup.learnings, e.wrapup.continuation[0]?.owner];
    })
    .toEqual(['', 'Mette Lund']);

  // "Gå til" lands in the section the item names.
  await checklist
    .getByRole('listitem')
    .filter({ hasText: 'Evaluering af effekt og proces' })
    .getByRole('button', { name: 'Gå til' })
    .click();
  await expect(page.getByLabel('Effekt', { exact: true })).toBeFocused();

  // A removed agreement comes back with "Fortryd".
  await continuation.getByRole('button', { name: 'Fjern aftale 1' }).click();
  await expect(continuation).toContainText('Ingen aftaler endnu.');
  await page.getByRole('region', { name: 'Beskeder' }).getByRole('button', { name: 'Fortryd' }).click();
  await expect(continuation.getByRole('group', { name: 'Aftale 1' }).getByLabel('Ansvarlig')).toHaveValue(
    'Mette Lund',
  );
  await expect(saveState(page)).toHaveText('Gemt');
  onDisk = await server.api('engagements.get', { id: programme.id });
  expect(onDisk.wrapup.continuation).toHaveLength(1);
});

test('opsamlingen uden succeskriterier siger det og viser vej til forberedelsen', async ({
  page,
  server,
}) => {
  const created = await server.api('engagements.create', {
    templateId: 'nfa-grundmodel',
    client: { organisation: 'Horsens Kommune', unit: '', sector: 'kommune' },
  });
  await page.goto(appPath(`/forloeb/${created.id}/opsamling`));
  const criteria = page.getByRole('region', { name: 'Succeskriterier' });
  await expect(criteria).toContainText('Forløbet har ingen succeskriterier endnu');
  await expect(page.getByRole('region', { name: /Tjekliste for opsamling/ })).toContainText(
    'Forløbet har ingen succeskriterier. Skriv dem under Forberedelse.',
  );
  await criteria.getByRole('link', { name: 'Gå til forberedelsen' }).click();
  await expect(page).toHaveURL(new RegExp(`/forloeb/${created.id}/forberedelse$`));
});

test('»Prøv med et eksempel« på en tom startskærm åbner et udfyldt eksempelforløb', async ({
  page,
  server,
}) => {
  await page.goto(appPath('/'));
  await expect(page.getByRole('heading', { name: 'Ingen forløb endnu' })).toBeVisible();
  const offer = page.getByRole('button', { name: 'Prøv med et eksempel' });
  await expect(offer).toBeVisible();
  await screenshotAtSizes(page, 'start-example-offer');
  await page.setViewportSize({ width: 1366, height: 768 });

  await offer.click();
  await expect(page).toHaveURL(/\/forloeb\/[a-z0-9-]+$/);
  const id = /\/forloeb\/([a-z0-9-]+)$/.exec(page.url())![1]!;
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Eksempel: ');
  await expect(page.getByRole('region', { name: 'Forløb og kunde' }).getByLabel('Organisation')).toHaveValue(
    'Solbakken Plejecenter',
  );
  await expect(page.getByRole('group', { name: 'Kontakt 1' }).getByLabel('Navn')).toHaveValue('Mette Lund');

  // The file store has the whole example, not just the programme as created.
  const saved = await server.api('engagements.get', { id });
  expect(saved.title).toMatch(/^Eksempel: /);
  expect(saved.brief.successCriteria).toHaveLength(3);
  expect(saved.phases.find((p) => p.kind === 'seminar')?.meetings[0]?.agenda.length).toBeGreaterThanOrEqual(
    5,
  );
  expect(saved.actions.length).toBeGreaterThanOrEqual(5);

  // Every phase tab shows progress from the example's content.
  const nav = page.getByRole('navigation', { name: 'Forløbets faser' });
  await expect(nav.getByRole('link', { name: /Forberedelse/ })).toContainText('5');
  await nav.getByRole('link', { name: /Opsamling/ }).click();
  await expect(page).toHaveURL(new RegExp(`/forloeb/${id}/opsamling$`));
  await expect(page.getByRole('region', { name: /Tjekliste for opsamling/ })).toContainText('5 af 5 klar');
  const criteria = page.getByRole('region', { name: 'Succeskriterier' });
  await expect(
    criteria.getByRole('group', { name: /Overleveringen mellem dag- og aftenvagt/ }).getByRole('radio', {
      name: 'Opfyldt',
      exact: true,
    }),
  ).toBeChecked();
  await expect(
    criteria.getByRole('group', { name: /Sygefraværet/ }).getByRole('radio', { name: 'Ikke opfyldt' }),
  ).toBeChecked();
  await expect(page.getByRole('region', { name: 'Sådan arbejder I videre' }).getByRole('group')).toHaveCount(
    3,
  );
  await expect(page.getByLabel('Effekt', { exact: true })).not.toHaveValue('');
  await screenshot(page, 'workspace-wrapup-example');

  // Back on the start screen the example is listed, and the offer is there, modestly.
  await page.goto(appPath('/'));
  await expect(page.getByRole('link', { name: /Eksempel: Trivsel/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Prøv med et eksempel' })).toBeVisible();
  await screenshotAtSizes(page, 'start-with-example');
});
