import type { Page } from '@playwright/test';
import { appPath, test, expect } from './support/fixtures.js';
import { screenshot, screenshotAtSizes } from './support/screenshots.js';

const saveState = (page: Page) => page.getByTestId('save-state');
const checklist = (page: Page) => page.getByRole('region', { name: /Tjekliste for forberedelse/ });

test('forberedelsen: aftalegrundlag, succeskriterier, TRIO, betingelser og formødets referat udfyldes og kommer igen', async ({
  page,
  server,
}) => {
  // A long journey by the UI alone, on a machine shared with other test runs.
  test.setTimeout(150_000);
  const created = await server.api('engagements.create', {
    templateId: 'nfa-grundmodel',
    client: { organisation: 'Horsens Kommune', unit: 'Rengøringen', sector: 'kommune' },
    contacts: [
      { name: 'Lise Holm', role: 'leder' },
      { name: 'Per Bak', role: 'arbejdsmiljoerepraesentant' },
      { name: 'Aya Nour', role: 'tillidsrepraesentant' },
    ],
  });
  const [leader, safetyRep, unionRep] = created.client.contacts;
  const formoede = created.phases[0]!.meetings[0]!;
  const seminar = created.phases[1]!.meetings[0]!;
  await page.goto(appPath(`/forloeb/${created.id}/forberedelse`));
  await expect(checklist(page)).toContainText('0 af 5 klar');

  // The brief.
  const brief = page.getByRole('region', { name: 'Aftalegrundlag' });
  const purpose = brief.getByLabel('Formål', { exact: true });
  await purpose.fill('Et bedre samarbejde om opgaverne mellem dag- og aftenholdet.');
  await brief.getByLabel('Mål', { exact: true }).fill('Fælles aftaler om overlevering.');
  await brief.getByLabel('Rammer').fill('Hele afdelingen, tre møder i foråret.');
  await brief.getByLabel('Ressourcer').fill('To timer pr. medarbejder til seminaret.');
  await brief.getByLabel('Baggrund og udfordringer').fill('Mange konflikter om vagtplanen.');
  await expect(saveState(page)).toHaveText('Gemt');

  // A text over 20.000 characters is not saved, and says so in Danish.
  await purpose.fill('x'.repeat(20_001));
  await expect(purpose).toHaveAttribute('aria-invalid', 'true');
  await expect(purpose).toHaveAccessibleDescription(
    'Formålet er 20.001 tegn, men må højst være 20.000. Forkort det med 1 tegn. Hvad skal forløbet føre til for arbejdspladsen?',
  );
  await expect(saveState(page)).toHaveText('Ikke gemt – ret de markerede felter');
  await page.waitForTimeout(600);
  expect((await server.api('engagements.get', { id: created.id })).brief.purpose).toBe(
    'Et bedre samarbejde om opgaverne mellem dag- og aftenholdet.',
  );
  // Emptied, the purpose is missing again; "Gå til" brings the user to it.
  await purpose.fill('');
  await expect(purpose).not.toHaveAttribute('aria-invalid');
  await checklist(page)
    .getByRole('listitem')
    .filter({ hasText: 'Formålet er beskrevet' })
    .getByRole('button', { name: 'Gå til' })
    .click();
  await expect(purpose).toBeFocused();
  await page.keyboard.type('Et bedre samarbejde om opgaverne.');

  // Themes: one choice for the programme and its brief.
  await page.getByRole('checkbox', { name: /Samarbejde, kultur og mobning/ }).check();

  // Success criteria: added, written, one removed and brought back, then reordered by keyboard only.
  const criteria = page.getByRole('region', { name: 'Succeskriterier' });
  await criteria.getByRole('button', { name: 'Tilføj succeskriterium' }).click();
  await expect(criteria.getByRole('textbox', { name: 'Succeskriterium 1', exact: true })).toBeFocused();
  await page.keyboard.type('Færre konflikter om vagtplanen.');
  await criteria.getByRole('button', { name: 'Tilføj succeskriterium' }).click();
  await expect(criteria.getByRole('textbox', { name: 'Succeskriterium 2', exact: true })).toBeFocused();
  await page.keyboard.type('Alle kender aftalerne om overlevering.');
  await criteria.getByRole('button', { name: 'Fjern succeskriterium 1' }).click();
  await expect(criteria.getByRole('textbox', { name: 'Succeskriterium 1', exact: true })).toHaveValue(
    'Alle kender aftalerne om overlevering.',
  );
  await expect(criteria.getByRole('textbox', { name: 'Succeskriterium 2', exact: true })).toHaveCount(0);
  await page.getByRole('region', { name: 'Beskeder' }).getByRole('button', { name: 'Fortryd' }).click();
  await expect(criteria.getByRole('textbox', { name: 'Succeskriterium 1', exact: true })).toHaveValue(
    'Færre konflikter om vagtplanen.',
  );
  await expect(criteria.getByRole('textbox', { name: 'Succeskriterium 2', exact: true })).toHaveValue(
    'Alle kender aftalerne om overlevering.',
  );
  await criteria.getByRole('textbox', { name: 'Succeskriterium 2', exact: true }).focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(criteria.getByRole('textbox', { name: 'Succeskriterium 1', exact: true })).toHaveValue(
    'Alle kender aftalerne om overlevering.',
  );
  await expect(criteria.getByRole('textbox', { name: 'Succeskriterium 1', exact: true })).toBeFocused();
  await page.keyboard.press('Alt+ArrowDown');
  await page.keyboard.press('Alt+ArrowDown'); // already last: stays
  await expect(criteria.getByRole('textbox', { name: 'Succeskriterium 2', exact: true })).toHaveValue(
    'Alle kender aftalerne om overlevering.',
  );
  await page.keyboard.press('Alt+ArrowUp');
  await expect(criteria.getByRole('textbox', { name: 'Succeskriterium 1', exact: true })).toHaveValue(
    'Alle kender aftalerne om overlevering.',
  );
  await expect(criteria.getByRole('textbox', { name: 'Succeskriterium 2', exact: true })).toHaveValue(
    'Færre konflikter om vagtplanen.',
  );

  // The TRIO, picked from the contacts; each select lists the matching role first.
  const trio = page.getByRole('group', { name: 'TRIO’en' });
  await expect(trio.getByLabel('Arbejdsmiljørepræsentant').locator('option').nth(1)).toHaveText(
    'Per Bak (Arbejdsmiljørepræsentant)',
  );
  await trio.getByLabel('Leder', { exact: true }).selectOption({ label: 'Lise Holm (Leder)' });
  await trio
    .getByLabel('Arbejdsmiljørepræsentant')
    .selectOption({ label: 'Per Bak (Arbejdsmiljørepræsentant)' });
  await trio.getByLabel('Tillidsrepræsentant').selectOption({ label: 'Aya Nour (Tillidsrepræsentant)' });

  // The seminar date agreed at the preparatory meeting.
  await page.locator(`#seminar-date-${seminar.id}`).fill('03.03.2027');

  // The joining rules and the local follow-up.
  const rules = page.getByRole('group', { name: 'Betingelser for at deltage' });
  await rules.getByLabel('Ledelse og medarbejdere er enige om at søge forløbet').check();
  await rules.getByLabel('Forløbet er handlingsorienteret').check();
  await rules.getByLabel('Det er aftalt, hvordan der følges op lokalt').check();
  await rules.getByLabel('Forløbet er ikke opfølgning på et påbud fra Arbejdstilsynet').check();
  await rules.getByLabel(/Forløbet er ikke krisehjælp/).check();
  await page
    .getByLabel('Aftalt lokal opfølgning')
    .fill('MED følger op hver måned; opfølgningssamtale med NFA 1. juni.');

  // The preparatory meeting's record.
  const meetings = page.getByRole('region', { name: 'Møder og referater' });
  await meetings.locator(`#pm-${formoede.id}-date`).fill('20.01.2027');
  const start = meetings.locator(`#pm-${formoede.id}-start`);
  await start.fill('25:00');
  await start.press('Tab');
  await expect(start).toHaveAttribute('aria-invalid', 'true');
  await expect(start).toHaveAccessibleDescription('Skriv klokkeslættet som tt:mm, fx 09:30.');
  await start.fill('9.30');
  await start.press('Tab');
  await expect(start).toHaveValue('09:30');
  await expect(start).not.toHaveAttribute('aria-invalid');
  await meetings.locator(`#pm-${formoede.id}-mode`).selectOption({ label: 'Telefon/video' });
  await meetings.getByLabel('Deltagere').fill('Lise Holm, Per Bak, Aya Nour og konsulenten.');
  await meetings.getByLabel('Noter').fill('Gennemgik betingelserne og forløbets faser.');
  await meetings.getByLabel('Beslutninger').fill('Seminar 3. marts; Lise booker lokale.');
  await expect(meetings.getByText('Referat skrevet')).toBeVisible();

  await expect(checklist(page)).toContainText('5 af 5 klar');
  await expect(checklist(page).getByRole('button', { name: 'Gå til' })).toHaveCount(0);
  await expect(saveState(page)).toHaveText('Gemt');

  await page.getByRole('heading', { level: 1 }).scrollIntoViewIfNeeded();
  await screenshotAtSizes(page, 'workspace-preparation', { fullPage: true });
  await page.setViewportSize({ width: 1366, height: 768 });
  await screenshot(page, 'workspace-preparation-top');

  const expectSaved = async () => {
    const e = await server.api('engagements.get', { id: created.id });
    expect(e.brief).toMatchObject({
      purpose: 'Et bedre samarbejde om opgaverne.',
      goals: 'Fælles aftaler om overlevering.',
      frame: 'Hele afdelingen, tre møder i foråret.',
      resources: 'To timer pr. medarbejder til seminaret.',
      background: 'Mange konflikter om vagtplanen.',
      themes: ['samarbejde-kultur-mobning'],
      trio: {
        leaderContactId: leader!.id,
        safetyRepContactId: safetyRep!.id,
        unionRepContactId: unionRep!.id,
      },
      partiesAgree: true,
      joiningRules: {
        actionOriented: true,
        followUpAgreed: true,
        notAuthorityOrder: true,
        notCrisisOrPersonalSupport: true,
      },
      localFollowUp: 'MED følger op hver måned; opfølgningssamtale med NFA 1. juni.',
    });
    expect(e.themes).toEqual(['samarbejde-kultur-mobning']);
    expect(e.brief.successCriteria.map((c) => c.text)).toEqual([
      'Alle kender aftalerne om overlevering.',
      'Færre konflikter om vagtplanen.',
    ]);
    expect(e.phases[1]!.meetings[0]!.date).toBe('2027-03-03');
    expect(e.phases[0]!.meetings[0]).toMatchObject({
      date: '2027-01-20',
      startTime: '09:30',
      mode: 'phone-video',
      record: {
        participants: 'Lise Holm, Per Bak, Aya Nour og konsulenten.',
        notes: 'Gennemgik betingelserne og forløbets faser.',
        decisions: 'Seminar 3. marts; Lise booker lokale.',
      },
    });
  };
  await expect
    .poll(async () =>
      expectSaved().then(
        () => true,
        () => false,
      ),
    )
    .toBe(true);
  await expectSaved();

  await page.reload();
  await expect(checklist(page)).toContainText('5 af 5 klar');
  await expect(brief.getByLabel('Formål', { exact: true })).toHaveValue('Et bedre samarbejde om opgaverne.');
  await expect(brief.getByLabel('Baggrund og udfordringer')).toHaveValue('Mange konflikter om vagtplanen.');
  await expect(page.getByRole('checkbox', { name: /Samarbejde, kultur og mobning/ })).toBeChecked();
  await expect(criteria.getByRole('textbox', { name: 'Succeskriterium 1', exact: true })).toHaveValue(
    'Alle kender aftalerne om overlevering.',
  );
  await expect(criteria.getByRole('textbox', { name: 'Succeskriterium 2', exact: true })).toHaveValue(
    'Færre konflikter om vagtplanen.',
  );
  await expect(trio.getByLabel('Leder', { exact: true })).toHaveValue(leader!.id);
  await expect(trio.getByLabel('Arbejdsmiljørepræsentant')).toHaveValue(safetyRep!.id);
  await expect(trio.getByLabel('Tillidsrepræsentant')).toHaveValue(unionRep!.id);
  await expect(page.locator(`#seminar-date-${seminar.id}`)).toHaveValue('03.03.2027');
  for (const box of await rules.getByRole('checkbox').all()) await expect(box).toBeChecked();
  await expect(page.getByLabel('Aftalt lokal opfølgning')).toHaveValue(
    'MED følger op hver måned; opfølgningssamtale med NFA 1. juni.',
  );
  await expect(meetings.locator(`#pm-${formoede.id}-date`)).toHaveValue('20.01.2027');
  await expect(start).toHaveValue('09:30');
  await expect(meetings.locator(`#pm-${formoede.id}-mode`)).toHaveValue('phone-video');
  await expect(meetings.getByLabel('Deltagere')).toHaveValue('Lise Holm, Per Bak, Aya Nour og konsulenten.');
  await expect(meetings.getByLabel('Noter')).toHaveValue('Gennemgik betingelserne og forløbets faser.');
  await expect(meetings.getByLabel('Beslutninger')).toHaveValue('Seminar 3. marts; Lise booker lokale.');
});

test('forberedelsen uden kontaktpersoner peger på Overblik, og TRIO’en mangler i tjeklisten', async ({
  page,
  server,
}) => {
  const created = await server.api('engagements.create', {
    templateId: 'nfa-grundmodel',
    client: { organisation: 'Vejle Kommune', unit: 'Tandplejen', sector: 'kommune' },
  });
  await page.goto(appPath(`/forloeb/${created.id}/forberedelse`));
  await expect(checklist(page).getByRole('listitem').filter({ hasText: 'TRIO’en er udpeget' })).toContainText(
    'Tilføj kontaktpersoner på Overblik, og vælg så TRIO’en blandt dem.',
  );
  await page.getByRole('link', { name: 'Tilføj kontaktpersoner på Overblik' }).click();
  await expect(page.getByRole('heading', { name: 'Kontakter' })).toBeVisible();
});

test('RUC: forundersøgelsens log med to aktiviteter og analysenotatet kommer igen efter en genindlæsning', async ({
  page,
  server,
}) => {
  test.setTimeout(120_000);
  const created = await server.api('engagements.create', {
    templateId: 'ruc-dialog',
    client: { organisation: 'Region Sjælland', unit: 'Akutmodtagelsen', sector: 'region' },
  });
  await page.goto(appPath(`/forloeb/${created.id}/forberedelse`));
  const log = page.getByRole('region', { name: 'Forundersøgelse', exact: true });
  await expect(log).toContainText('Ingen aktiviteter i forundersøgelsen endnu.');

  await log.getByRole('button', { name: 'Tilføj aktivitet' }).click();
  const first = log.getByRole('group', { name: 'Aktivitet 1' });
  await expect(first.getByLabel('Dato')).toBeFocused();
  await page.keyboard.type('12.01.2027');
  await first.getByLabel('Metode').selectOption({ label: 'Fokusgruppe' });
  await first.getByLabel('Med hvem').fill('Seks sygeplejersker fra dagvagten');
  await first.getByLabel('Vigtigste indsigter').fill('Overleveringen ved vagtskifte skaber stress.');

  await log.getByRole('button', { name: 'Tilføj aktivitet' }).click();
  const second = log.getByRole('group', { name: 'Aktivitet 2' });
  await second.getByLabel('Dato').fill('19.01.2027');
  await second.getByLabel('Metode').selectOption({ label: 'Observation' });
  // "With whom" is a short text: over 200 characters gives the message and is not saved.
  await second.getByLabel('Med hvem').fill('y'.repeat(201));
  await expect(second.getByLabel('Med hvem')).toHaveAccessibleDescription(
    'Teksten er 201 tegn, men må højst være 200. Forkort det med 1 tegn.',
  );
  await expect(saveState(page)).toHaveText('Ikke gemt – ret de markerede felter');
  await second.getByLabel('Med hvem').fill('Nattevagten');
  await second.getByLabel('Vigtigste indsigter').fill('Lægerne er sjældent med ved overleveringen.');

  const analysisCard = page.getByRole('region', { name: 'Analyse', exact: true });
  const insights = analysisCard.getByRole('region', { name: 'Indsigter fra forundersøgelsen' });
  await expect(insights.getByRole('listitem')).toHaveText([
    /12\. jan\. 2027 · Fokusgruppe · med Seks sygeplejersker fra dagvagten\s*Overleveringen ved vagtskifte skaber stress\./,
    /19\. jan\. 2027 · Observation · med Nattevagten\s*Lægerne er sjældent med ved overleveringen\./,
  ]);
  await analysisCard.getByLabel('Analysenotat').fill('Vagtskiftet er temaet for workshoppen.');
  await expect(saveState(page)).toHaveText('Gemt');

  await page.getByRole('heading', { level: 1 }).scrollIntoViewIfNeeded();
  await screenshotAtSizes(page, 'workspace-preparation-prestudy', { fullPage: true });

  await expect
    .poll(async () => {
      const e = await server.api('engagements.get', { id: created.id });
      return [e.preStudy.map((p) => [p.date, p.method, p.with, p.insights]), e.analysis];
    })
    .toEqual([
      [
        [
          '2027-01-12',
          'fokusgruppe',
          'Seks sygeplejersker fra dagvagten',
          'Overleveringen ved vagtskifte skaber stress.',
        ],
        ['2027-01-19', 'observation', 'Nattevagten', 'Lægerne er sjældent med ved overleveringen.'],
      ],
      'Vagtskiftet er temaet for workshoppen.',
    ]);

  await page.reload();
  await expect(first.getByLabel('Dato')).toHaveValue('12.01.2027');
  await expect(first.getByLabel('Metode')).toHaveValue('fokusgruppe');
  await expect(first.getByLabel('Med hvem')).toHaveValue('Seks sygeplejersker fra dagvagten');
  await expect(first.getByLabel('Vigtigste indsigter')).toHaveValue(
    'Overleveringen ved vagtskifte skaber stress.',
  );
  await expect(second.getByLabel('Dato')).toHaveValue('19.01.2027');
  await expect(second.getByLabel('Metode')).toHaveValue('observation');
  await expect(second.getByLabel('Med hvem')).toHaveValue('Nattevagten');
  await expect(analysisCard.getByLabel('Analysenotat')).toHaveValue('Vagtskiftet er temaet for workshoppen.');
  await expect(insights.getByRole('listitem')).toHaveCount(2);

  // Keyboard: Alt+↑ in the second activity moves it first.
  await second.getByLabel('Vigtigste indsigter').focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(log.getByRole('group', { name: 'Aktivitet 1' }).getByLabel('Med hvem')).toHaveValue(
    'Nattevagten',
  );
});
