import type { Page } from '@playwright/test';
import { appPath, test, expect } from './support/fixtures.js';
import { screenshot } from './support/screenshots.js';
import { danishDate, isoDaysFromToday, nextButton, wizardToDates } from './support/wizard.js';
import { addDays } from '../../shared/domain/calendar-day.js';
import { dayOffReason, easterSunday } from '../../shared/domain/danish-holidays.js';

const NFA_MEETINGS = ['Forberedende møde', 'Halv- eller heldagsseminar', 'Midtvejsmøde', 'Opsamlingsmøde'];
const meetingField = (page: Page, title: string) => page.getByLabel(title, { exact: true });

/** The first 2. påskedag at least six weeks ahead, so the test never runs into the past. */
function comingEasterMonday(): string {
  for (let year = Number(isoDaysFromToday(0).slice(0, 4)); ; year++) {
    const monday = addDays(easterSunday(year), 1);
    if (monday >= isoDaysFromToday(42)) return monday;
  }
}

test('Enter i startdatoen foreslår datoer, og ingen lander i en weekend eller på en helligdag', async ({
  page,
}) => {
  await page.goto(appPath('/nyt'));
  await wizardToDates(page, {
    organisation: 'Odense Kommune',
    unit: 'Rengøringen',
    sector: 'Kommune',
    templateTitle: 'NFA grundmodel',
  });

  // NFA's seminar is four weeks after the start: from this Monday it would fall on 2. påskedag.
  const easterMonday = comingEasterMonday();
  const start = addDays(easterMonday, -28);
  const startField = page.getByLabel('Startdato');
  await startField.fill(danishDate(start));
  await startField.press('Enter');

  // Still on the dates step, with every meeting dated.
  await expect(page.getByRole('heading', { name: 'Datoer for møderne' })).toBeVisible();
  await expect(page).toHaveURL(/trin=6$/);
  await expect(page.getByRole('status').filter({ hasText: '4 møder har fået en dato' })).toBeVisible();
  await expect(meetingField(page, 'Forberedende møde')).toHaveValue(danishDate(start));
  await expect(meetingField(page, 'Halv- eller heldagsseminar')).toHaveValue(
    danishDate(addDays(easterMonday, 1)),
  );
  await expect(page.getByText('Flyttet fra 2. påskedag')).toBeVisible();
  for (const title of NFA_MEETINGS) {
    const [day, month, year] = (await meetingField(page, title).inputValue()).split('.');
    const iso = `${year}-${month}-${day}`;
    expect(dayOffReason(iso), `${title}: ${iso}`).toBeUndefined();
  }
  await page.mouse.wheel(0, 300);
  await screenshot(page, 'wizard-datoer-forslag');

  // A day off typed in by hand is allowed, with a word about it.
  const sunday = addDays(easterMonday, 13);
  await meetingField(page, 'Midtvejsmøde').fill(danishDate(sunday));
  await expect(page.locator('#meeting-date-midtvejsmoede-note')).toContainText('Det er søndag');

  // Enter in a meeting's date field goes on, through validation: a date that does not exist stops it.
  await meetingField(page, 'Opsamlingsmøde').fill('31.02.2030');
  await meetingField(page, 'Opsamlingsmøde').press('Enter');
  await expect(page.getByRole('heading', { name: 'Datoer for møderne' })).toBeVisible();
  await expect(meetingField(page, 'Opsamlingsmøde')).toBeFocused();
  await expect(page.locator('#meeting-date-opsamlingsmoede-note')).toContainText(
    'Skriv datoen som dd.mm.åååå, fx 12.03.2027.',
  );
  await meetingField(page, 'Opsamlingsmøde').fill('');
  await meetingField(page, 'Opsamlingsmøde').press('Enter');
  await expect(page.getByRole('heading', { name: 'Overblik' })).toBeFocused();
});

test('datoer, der er overståede, siges ved feltet og i overblikket, før forløbet oprettes', async ({
  page,
  server,
}) => {
  await page.goto(appPath('/nyt'));
  await wizardToDates(page, {
    organisation: 'Aalborg Universitetshospital',
    unit: 'Ortopædkirurgi',
    sector: 'Region',
    templateTitle: 'NFA grundmodel',
  });

  // A start date typed without "Foreslå datoer": "Næste" suggests them first and stays to show them.
  const start = isoDaysFromToday(-60);
  await page.getByLabel('Startdato').fill(danishDate(start));
  await expect(page.getByText('Datoen er overstået – møder før i dag vil stå som afholdt')).toBeVisible();
  await nextButton(page).click();
  await expect(page.getByRole('heading', { name: 'Datoer for møderne' })).toBeVisible();
  await expect(page.locator('#wizard-dates-notice')).toBeFocused();
  await expect(meetingField(page, 'Midtvejsmøde')).not.toHaveValue('');

  // 0 and 4 weeks after a start 60 days ago are past; 10 and 16 weeks are ahead.
  const past = 'Datoen er overstået – mødet vil stå som afholdt';
  await expect(page.locator('#meeting-date-forberedende-moede-note')).toContainText(past);
  await expect(page.locator('#meeting-date-seminar-note')).toContainText(past);
  await expect(page.locator('#meeting-date-midtvejsmoede-note')).not.toContainText(past);
  await expect(page.locator('#meeting-date-opsamlingsmoede-note')).not.toContainText(past);
  await page.locator('#meeting-date-seminar').scrollIntoViewIfNeeded();
  await screenshot(page, 'wizard-datoer-fortid');

  await nextButton(page).click();
  await expect(page.getByRole('heading', { name: 'Overblik' })).toBeFocused();
  const warning = page.getByTestId('summary-past-dates');
  await expect(warning).toContainText('2 af 4 møder ligger før i dag');
  await expect(warning).toContainText(
    'De vil stå som afholdt, når forløbet er oprettet, og Forberedelse og Seminar vil stå som afsluttet. Forløbet står i fasen »Aktivitetsfase«.',
  );
  await screenshot(page, 'wizard-overblik-fortid');

  await page.getByRole('button', { name: 'Opret forløb' }).click();
  await expect(page).toHaveURL(/\/forloeb\/[a-z0-9-]+$/);
  const saved = await server.api('engagements.list', {});
  expect(saved[0]?.currentPhase).toBe('activity');
});
