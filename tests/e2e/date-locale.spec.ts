import { appPath, test, expect } from './support/fixtures.js';
import { danishDate, isoDaysFromToday, nextButton, wizardToDates } from './support/wizard.js';
import { CHROMIUM_ARGS, chromiumExecutablePath } from '../support/chromium.js';
import { addDays } from '../../shared/domain/calendar-day.js';
import { nextWorkingDay } from '../../shared/domain/danish-holidays.js';

// An English browser, as a consultant's own browser in web mode may be: no --lang=da, locale en-US.
// A native date field here reads mm/dd/yyyy, so 03.12 typed the Danish way would become 12 March.
test.use({
  locale: 'en-US',
  launchOptions: {
    executablePath: chromiumExecutablePath(),
    args: CHROMIUM_ARGS.filter((arg) => !arg.startsWith('--lang')),
  },
});

/** A working day at least a month ahead whose day and month can be swapped (day ≤ 12, day ≠ month). */
function ambiguousWorkingDay(from: number): string {
  for (let day = isoDaysFromToday(from); ; day = addDays(day, 1)) {
    const [d, m] = [Number(day.slice(8)), Number(day.slice(5, 7))];
    if (d <= 12 && d !== m && nextWorkingDay(day) === day) return day;
  }
}

test('i en engelsk browser er datoen, der skrives dd.mm.åååå, den dato, der gemmes', async ({
  page,
  server,
}) => {
  await page.goto(appPath('/nyt'));
  expect(await page.evaluate(() => navigator.language)).toBe('en-US');
  await wizardToDates(page, {
    organisation: 'Holbæk Kommune',
    unit: 'Skoletandplejen',
    sector: 'Kommune',
    templateTitle: 'NFA grundmodel',
  });

  const start = ambiguousWorkingDay(30);
  await page.getByLabel('Startdato').fill(danishDate(start));
  // Spelled out in Danish below the field, so a swapped day and month would show at once.
  const spelled = new Intl.DateTimeFormat('da-DK', { day: 'numeric', month: 'long', year: 'numeric' }).format(
    new Date(`${start}T12:00:00`),
  );
  await expect(page.locator('#wizard-start-date-note')).toContainText(spelled);
  await page.getByRole('button', { name: 'Foreslå datoer' }).click();

  // A meeting date typed by hand, with a two-digit year, and left with Tab.
  const midway = ambiguousWorkingDay(100);
  const field = page.getByLabel('Midtvejsmøde', { exact: true });
  await field.fill(danishDate(midway).replace(/\d\d(\d\d)$/, '$1'));
  await field.press('Tab');
  await expect(field).toHaveValue(danishDate(midway));

  await nextButton(page).click();
  await page.getByRole('button', { name: 'Opret forløb' }).click();
  await expect(page).toHaveURL(/\/forloeb\/[a-z0-9-]+$/);
  const saved = await server.api('engagements.get', { id: page.url().split('/').pop() ?? '' });
  const dates = saved.phases.flatMap((p) => p.meetings.map((m) => m.date));
  expect(dates[0]).toBe(start);
  expect(dates[2]).toBe(midway);

  // The programme page's date field reads the same way.
  const meetingId = saved.phases[0]?.meetings[0]?.id ?? '';
  const pageField = page.locator(`#meeting-${meetingId}-date`);
  await expect(pageField).toHaveValue(danishDate(start));
  const moved = ambiguousWorkingDay(40);
  await pageField.fill(danishDate(moved));
  await expect
    .poll(async () => (await server.api('engagements.get', { id: saved.id })).phases[0]?.meetings[0]?.date)
    .toBe(moved);
});
