import type { Locator, Page } from '@playwright/test';
import { appPath, test, expect, type ForlobServer } from './support/fixtures.js';
import { screenshotAtSizes } from './support/screenshots.js';
import {
  addFromLibrary,
  agendaItems,
  agendaTitles,
  dragAgendaItem,
  expectClock,
  saveState,
} from './support/workspace.js';

const titles = agendaTitles;
const drag = dragAgendaItem;

async function nfaProgramme(server: ForlobServer) {
  const created = await server.api('engagements.create', {
    templateId: 'nfa-grundmodel',
    client: { organisation: 'Vejle Kommune', unit: 'Hjemmeplejen Syd', sector: 'kommune' },
  });
  return { id: created.id, seminar: created.phases.find((p) => p.kind === 'seminar')!.meetings[0]! };
}

const STRESS = 'Hvad er stress?';
const BAROMETER = 'Trivselsbarometeret';
const CURVE = 'Belastningskurven';
const COURSES = 'Tre typiske stressforløb';
const SPIRAL = 'Frustrationsspiralen';
const SHARED_MATERIAL = 'Post-its og et ark med tre kolonner, hvis der ikke bruges projektor';

test('seminarplanen: fem øvelser fra biblioteket, flyttet med mus og tastatur, klokkeslæt, for lang dag, materialer og genindlæsning', async ({
  page,
  server,
}) => {
  test.slow();
  const { id, seminar } = await nfaProgramme(server);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(appPath(`/forloeb/${id}/seminar`));
  await expect(page.getByRole('heading', { name: `Dagsorden: ${seminar.title}` })).toBeVisible();

  await page.locator('#seminar-start-times').fill('9');
  await page.getByLabel('Tid til rådighed (minutter)').fill('120');
  await page.locator('#seminar-start-times').fill('09:00');

  await addFromLibrary(page, 'stress', STRESS, { label: 'Type', option: 'Viden' });
  await addFromLibrary(page, 'trivselsbarometer', BAROMETER);
  await addFromLibrary(page, 'belastning', CURVE, { label: 'Tid', option: '16–30 min' });
  await addFromLibrary(page, 'stressforløb', COURSES, { label: 'Type', option: 'Tavle' });
  await addFromLibrary(
    page,
    'frustration',
    SPIRAL,
    { label: 'Tema', option: 'Samarbejde, kultur og mobning' },
    'seminar-library-picker',
  );
  await page.setViewportSize({ width: 1366, height: 768 });

  // Each øvelse took its card's title, minutes and materials, and links the card.
  await expectClock(page, [
    [STRESS, '09:00–09:10'],
    [BAROMETER, '09:10–09:25'],
    [CURVE, '09:25–09:50'],
    [COURSES, '09:50–10:35'],
    [SPIRAL, '10:35–11:35'],
  ]);
  await expect(agendaItems(page).nth(4).getByLabel('Minutter')).toHaveValue('60');
  await expect(agendaItems(page).nth(4).getByTestId('agenda-card-link')).toHaveText(
    'Kort: Frustrationsspiralen',
  );
  await expect(agendaItems(page).nth(4).getByTestId('agenda-card-link')).toHaveAttribute(
    'href',
    /\/bibliotek\/frustration-spiral\?forloeb=/,
  );

  // Drag the spiral (last) to the top by its handle; a tall window keeps both ends on screen.
  await page.setViewportSize({ width: 1366, height: 2400 });
  await agendaItems(page).nth(0).scrollIntoViewIfNeeded();
  await drag(page, agendaItems(page).nth(4).locator('.drag-handle'), agendaItems(page).nth(0), 'top');
  await expectClock(page, [
    [SPIRAL, '09:00–10:00'],
    [STRESS, '10:00–10:10'],
    [BAROMETER, '10:10–10:25'],
    [CURVE, '10:25–10:50'],
    [COURSES, '10:50–11:35'],
  ]);

  // Alt+↑ in the curve's title moves it above the barometer; focus stays in the field, and it is announced.
  const curveTitle = titles(page).nth(3);
  await curveTitle.focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expectClock(page, [
    [SPIRAL, '09:00–10:00'],
    [STRESS, '10:00–10:10'],
    [CURVE, '10:10–10:35'],
    [BAROMETER, '10:35–10:50'],
    [COURSES, '10:50–11:35'],
  ]);
  await expect(titles(page).nth(2)).toBeFocused();
  await expect(page.getByTestId('agenda-announcement')).toHaveText(
    '»Belastningskurven« er flyttet til nr. 3 af 5, kl. 10:10.',
  );

  // 155 minutes planned in 120: the warning says by how much, in words and with an icon.
  await expect(page.getByTestId('agenda-overrun')).toContainText('Dagsordenen er 35 minutter for lang');
  await expect(page.getByTestId('agenda-fit')).toContainText('Planlagt: 2 timer og 35 minutter af 2 timer');

  // One material needed by two items is listed once, naming both.
  const materials = page.getByRole('list', { name: 'Materialer til dagen' }).getByRole('listitem');
  // Barometer, curve, and the one the spiral and the courses share.
  await expect(materials).toHaveCount(3);
  await expect(materials.filter({ hasText: SHARED_MATERIAL })).toHaveText(
    `${SHARED_MATERIAL} – til ${SPIRAL}, ${COURSES}`,
  );

  await expect(saveState(page)).toHaveText('Gemt');
  await page.getByTestId('agenda-overrun').scrollIntoViewIfNeeded();
  await screenshotAtSizes(page, 'seminar-planner');
  await page.getByRole('heading', { name: 'Materialer til dagen' }).scrollIntoViewIfNeeded();
  await screenshotAtSizes(page, 'seminar-planner-materials', { fullPage: true });
  await page.setViewportSize({ width: 1366, height: 768 });

  // Giving the day enough time takes the warning away.
  await page.getByLabel('Tid til rådighed (minutter)').fill('155');
  await expect(page.getByTestId('agenda-overrun')).toHaveCount(0);
  await expect(saveState(page)).toHaveText('Gemt');

  await page.reload();
  await expect(page.locator('#seminar-start-times')).toHaveValue('09:00');
  await expect(page.getByLabel('Tid til rådighed (minutter)')).toHaveValue('155');
  await expectClock(page, [
    [SPIRAL, '09:00–10:00'],
    [STRESS, '10:00–10:10'],
    [CURVE, '10:10–10:35'],
    [BAROMETER, '10:35–10:50'],
    [COURSES, '10:50–11:35'],
  ]);
  const onDisk = await server.api('engagements.get', { id });
  const meeting = onDisk.phases[1]!.meetings[0]!;
  expect(meeting.startTime).toBe('09:00');
  expect(meeting.minutes).toBe(155);
  expect(meeting.agenda.map((item) => [item.type, item.exerciseId, item.minutes])).toEqual([
    ['oevelse', 'frustration-spiral', 60],
    ['oevelse', 'stress-definition', 10],
    ['oevelse', 'load-curve', 25],
    ['oevelse', 'wellbeing-barometer', 15],
    ['oevelse', 'stress-courses', 45],
  ]);
  expect(meeting.agenda[0]!.materials).toEqual([SHARED_MATERIAL]);
});

/** Presses Tab until the focused element's accessible text matches. */
async function tabTo(page: Page, text: RegExp): Promise<void> {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    const label = `${(await focused.textContent()) ?? ''} ${(await focused.getAttribute('aria-label')) ?? ''}`;
    if (text.test(label)) return;
  }
  throw new Error(`Tab never reached ${text}`);
}

test('seminarplanen med tastaturet alene: tilføj fra biblioteket og flyt med Alt+↓', async ({
  page,
  server,
}) => {
  const { id } = await nfaProgramme(server);
  await page.goto(appPath(`/forloeb/${id}/seminar`));
  await page.locator('#seminar-start-times').focus();
  await page.keyboard.type('13.30');

  for (const [search, title] of [
    ['barometer', BAROMETER],
    ['kurven', CURVE],
  ] as const) {
    await tabTo(page, /Tilføj fra biblioteket/);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Tilføj fra biblioteket' });
    await expect(dialog.getByLabel('Søg')).toBeFocused();
    await page.keyboard.type(search);
    await tabTo(page, new RegExp(`Tilføj ${title}`));
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    // The new item's title has focus, so the user can carry on typing.
    await expect(page.locator('input:focus')).toHaveValue(title);
  }
  await expectClock(page, [
    [BAROMETER, '13:30–13:45'],
    [CURVE, '13:45–14:10'],
  ]);

  // Back to the first item's minutes by keyboard, then Alt+↓ moves it to the end.
  await titles(page).nth(1).focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expectClock(page, [
    [CURVE, '13:30–13:55'],
    [BAROMETER, '13:55–14:10'],
  ]);
  await expect(titles(page).nth(0)).toBeFocused();
  await page.keyboard.press('Alt+ArrowDown');
  await expectClock(page, [
    [BAROMETER, '13:30–13:45'],
    [CURVE, '13:45–14:10'],
  ]);
  await expect(titles(page).nth(1)).toBeFocused();
  await expect(saveState(page)).toHaveText('Gemt');
  await expect
    .poll(async () => {
      const m = (await server.api('engagements.get', { id })).phases[1]!.meetings[0]!;
      return [m.startTime, ...m.agenda.map((item) => item.exerciseId)];
    })
    .toEqual(['13:30', 'wellbeing-barometer', 'load-curve']);
});

test('seminarplanen gemmer ikke forkerte værdier, men siger på dansk, hvad der er galt', async ({
  page,
  server,
}) => {
  const { id } = await nfaProgramme(server);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(appPath(`/forloeb/${id}/seminar`));
  await page.locator('#seminar-start-times').fill('09:00');
  await page.getByRole('button', { name: 'Tilføj punkt' }).click();
  const item = agendaItems(page).first();
  await item.getByLabel('Titel').fill('Velkomst');
  await item.getByLabel('Minutter').fill('20');
  await expect(saveState(page)).toHaveText('Gemt');

  const cases: [Locator, string, string][] = [
    [item.getByLabel('Minutter'), '-5', 'Varigheden skal være mellem 0 og 1440 minutter (24 timer).'],
    [item.getByLabel('Minutter'), 'abc', 'Skriv et helt antal minutter, fx 90.'],
    [item.getByLabel('Minutter'), '', 'Skriv varigheden i minutter.'],
    [
      item.getByLabel('Titel'),
      'x'.repeat(201),
      'Titlen er 201 tegn, men må højst være 200. Forkort det med 1 tegn.',
    ],
    [item.getByLabel('Titel'), '   ', 'Skriv punktets titel.'],
    [page.locator('#seminar-start-times'), '25:00', 'Skriv starttidspunktet som tt:mm, fx 09:00.'],
    [page.getByLabel('Tid til rådighed (minutter)'), 'abc', 'Skriv et helt antal minutter, fx 90.'],
  ];
  for (const [field, typed, message] of cases) {
    await field.fill(typed);
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(field).toHaveAccessibleDescription(message);
    // Not clamped or cleared: the field keeps what was typed.
    await expect(field).toHaveValue(typed);
  }
  // The clock still runs on the last valid values, and the top bar does not claim "Gemt".
  await expect(item.getByTestId('agenda-clock')).toHaveText('09:00–09:20');
  await expect(saveState(page)).toHaveText('Ikke gemt – ret de markerede felter');
  await item.getByLabel('Titel').scrollIntoViewIfNeeded();
  await screenshotAtSizes(page, 'seminar-planner-invalid');

  await page.waitForTimeout(800);
  const meeting = (await server.api('engagements.get', { id })).phases[1]!.meetings[0]!;
  expect(meeting.startTime).toBe('09:00');
  expect(meeting.minutes).toBe(360);
  expect(meeting.agenda).toMatchObject([{ type: 'oplaeg', title: 'Velkomst', minutes: 20 }]);

  // Putting it right saves it.
  await item.getByLabel('Minutter').fill('25');
  await item.getByLabel('Titel').fill('Velkomst og formål');
  await expect(item.getByLabel('Minutter')).not.toHaveAttribute('aria-invalid');
  // Still two fields wrong at the top of the plan.
  await expect(saveState(page)).toHaveText('Ikke gemt – ret de markerede felter');
  await page.locator('#seminar-start-times').fill('09:00');
  await page.getByLabel('Tid til rådighed (minutter)').fill('360');
  await expect(saveState(page)).not.toHaveText('Ikke gemt – ret de markerede felter');
  await expect
    .poll(async () => (await server.api('engagements.get', { id })).phases[1]!.meetings[0]!.agenda[0])
    .toMatchObject({ title: 'Velkomst og formål', minutes: 25 });
});

test('seminarplanen: vælg møde med ?moede=, og Tilbage finder det forrige', async ({ page, server }) => {
  const created = await server.api('engagements.create', {
    templateId: 'nfa-grundmodel',
    client: { organisation: 'Vejle Kommune', unit: 'Hjemmeplejen Syd', sector: 'kommune' },
  });
  // A second seminar meeting, set up through the API: the planner is what is tested here.
  const engagement = await server.api('engagements.get', { id: created.id });
  const first = engagement.phases[1]!.meetings[0]!;
  engagement.phases[1]!.meetings.push({
    ...first,
    id: 'workshop-2',
    kind: 'workshop',
    title: 'Opfølgende workshop',
    startTime: '12:30',
    minutes: 90,
    agenda: [{ id: 'w1', type: 'droeftelse', title: 'Status', minutes: 100, notes: '', materials: [] }],
  });
  await server.api('engagements.save', { engagement });

  await page.goto(appPath(`/forloeb/${created.id}/seminar`));
  await expect(page.getByRole('heading', { name: `Dagsorden: ${first.title}` })).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Vælg møde' })
    .getByRole('link', { name: 'Opfølgende workshop' })
    .click();
  await expect(page).toHaveURL(/moede=workshop-2/);
  await expect(page.getByRole('heading', { name: 'Dagsorden: Opfølgende workshop' })).toBeVisible();
  await expect(agendaItems(page).first().getByTestId('agenda-clock')).toHaveText('12:30–14:10');
  await expect(page.getByTestId('agenda-overrun')).toContainText('Dagsordenen er 10 minutter for lang');
  await page.goBack();
  await expect(page.getByRole('heading', { name: `Dagsorden: ${first.title}` })).toBeVisible();
});
