import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures.js';
import { createThroughWizard, isoDaysFromToday } from './support/wizard.js';
import {
  addAction,
  addFromLibrary,
  agendaItems,
  agendaTitles,
  dragAgendaItem,
  expectClock,
  saveState,
} from './support/workspace.js';

/**
 * One NFA programme carried from the wizard through all four phases by the UI
 * alone, then read back after a reload, phase by phase, and from the server.
 */

const tab = (page: Page, name: string) =>
  page
    .getByRole('navigation', { name: 'Forløbets faser' })
    .getByRole('link', { name: new RegExp(`^${name}`) });

const STRESS = 'Hvad er stress?';
const BAROMETER = 'Trivselsbarometeret';
const CURVE = 'Belastningskurven';
const COURSES = 'Tre typiske stressforløb';
const SPIRAL = 'Frustrationsspiralen';

const ACTIONS = [
  { title: 'Fast punkt om trivsel på personalemødet', owner: 'Lise Holm', iglo: 'Gruppe', due: '15.04.2027' },
  { title: 'Samtaler om arbejdsopgaver', owner: 'Karsten Bo', iglo: 'Ledelse', due: '01.05.2027' },
  { title: 'Ny vagtplan for weekender', owner: 'Lise Holm', iglo: 'Organisation', due: '01.06.2027' },
  { title: 'Makkerordning for nye', owner: 'Mia Jensen', iglo: 'Individ', due: '20.05.2027' },
] as const;

test('ét NFA-forløb gennem alle fire faser med brugerfladen alene, og alt er der igen efter genindlæsning', async ({
  page,
  server,
}) => {
  // Four phases by hand on a shared 2-core machine.
  test.setTimeout(300_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  await createThroughWizard(page, {
    organisation: 'Horsens Kommune',
    unit: 'Rengøringen',
    sector: 'Kommune',
    contacts: [
      { name: 'Lise Holm', role: 'Leder' },
      { name: 'Per Bak', role: 'Arbejdsmiljørepræsentant' },
      { name: 'Aya Nour', role: 'Tillidsrepræsentant' },
    ],
    templateTitle: 'NFA grundmodel',
    themes: ['Samarbejde, kultur og mobning'],
    startDate: isoDaysFromToday(14),
  });
  await expect(page.getByRole('heading', { level: 1, name: 'Horsens Kommune – Rengøringen' })).toBeVisible();
  const id = page.url().split('/').pop()!;

  // ── Forberedelse: the brief with two success criteria and the TRIO.
  await tab(page, 'Forberedelse').click();
  const brief = page.getByRole('region', { name: 'Aftalegrundlag' });
  await brief.getByLabel('Formål', { exact: true }).fill('Et bedre samarbejde mellem dag- og aftenholdet.');
  await brief.getByLabel('Mål', { exact: true }).fill('Fælles aftaler om overlevering.');
  const criteria = page.getByRole('region', { name: 'Succeskriterier' });
  await criteria.getByRole('button', { name: 'Tilføj succeskriterium' }).click();
  await page.keyboard.type('Færre konflikter om vagtplanen.');
  await criteria.getByRole('button', { name: 'Tilføj succeskriterium' }).click();
  await page.keyboard.type('Alle kender aftalerne om overlevering.');
  const trio = page.getByRole('group', { name: 'TRIO’en' });
  await trio.getByLabel('Leder', { exact: true }).selectOption({ label: 'Lise Holm (Leder)' });
  await trio
    .getByLabel('Arbejdsmiljørepræsentant')
    .selectOption({ label: 'Per Bak (Arbejdsmiljørepræsentant)' });
  await trio.getByLabel('Tillidsrepræsentant').selectOption({ label: 'Aya Nour (Tillidsrepræsentant)' });
  await page
    .getByRole('group', { name: 'Betingelser for at deltage' })
    .getByLabel('Ledelse og medarbejdere er enige om at søge forløbet')
    .check();
  await expect(saveState(page)).toHaveText('Gemt');

  // ── Seminar: five cards from the library, dragged and moved by keyboard, with clock times.
  await tab(page, 'Seminar').click();
  await page.locator('#seminar-start-times').fill('08:30');
  await page.getByLabel('Tid til rådighed (minutter)').fill('180');
  await addFromLibrary(page, 'stress', STRESS);
  await addFromLibrary(page, 'trivselsbarometer', BAROMETER);
  await addFromLibrary(page, 'belastning', CURVE);
  await addFromLibrary(page, 'stressforløb', COURSES);
  await addFromLibrary(page, 'frustration', SPIRAL);
  await expectClock(page, [
    [STRESS, '08:30–08:40'],
    [BAROMETER, '08:40–08:55'],
    [CURVE, '08:55–09:20'],
    [COURSES, '09:20–10:05'],
    [SPIRAL, '10:05–11:05'],
  ]);
  // The barometer is dragged to the top …
  await page.setViewportSize({ width: 1366, height: 2400 });
  await agendaItems(page).nth(0).scrollIntoViewIfNeeded();
  await dragAgendaItem(
    page,
    agendaItems(page).nth(1).locator('.drag-handle'),
    agendaItems(page).nth(0),
    'top',
  );
  await expectClock(page, [
    [BAROMETER, '08:30–08:45'],
    [STRESS, '08:45–08:55'],
    [CURVE, '08:55–09:20'],
    [COURSES, '09:20–10:05'],
    [SPIRAL, '10:05–11:05'],
  ]);
  await page.setViewportSize({ width: 1366, height: 768 });
  // … and the spiral moved up one place with Alt+↑.
  await agendaTitles(page).nth(4).focus();
  await page.keyboard.press('Alt+ArrowUp');
  const plannedAgenda: [string, string][] = [
    [BAROMETER, '08:30–08:45'],
    [STRESS, '08:45–08:55'],
    [CURVE, '08:55–09:20'],
    [SPIRAL, '09:20–10:20'],
    [COURSES, '10:20–11:05'],
  ];
  await expectClock(page, plannedAgenda);
  await expect(saveState(page)).toHaveText('Gemt');

  // ── Aktivitetsfase: four actions with owners and due dates, and a follow-up.
  await tab(page, 'Aktivitetsfase').click();
  for (const action of ACTIONS) await addAction(page, action);
  await page
    .getByRole('article', { name: 'Ny vagtplan for weekender' })
    .getByRole('button', { name: 'Ny vagtplan for weekender' })
    .click();
  const form = page.getByRole('dialog');
  await form.getByLabel('Hvad viste opfølgningen?').fill('Udkast drøftet i MED-udvalget.');
  await form.getByRole('button', { name: 'Tilføj opfølgning' }).click();
  await form.getByRole('button', { name: 'Gem tiltag' }).click();
  await expect(form).toBeHidden();
  await expect(page.getByRole('article', { name: 'Ny vagtplan for weekender' })).toContainText('Fulgt op');
  await expect(saveState(page)).toHaveText('Gemt');

  // ── Opsamling: both criteria assessed, the learnings, an agreement and the evaluation.
  await tab(page, 'Opsamling').click();
  const assessments = page.getByRole('region', { name: 'Succeskriterier' });
  await assessments
    .getByRole('group', { name: /Færre konflikter/ })
    .getByRole('radio', { name: 'Opfyldt', exact: true })
    .check();
  await assessments
    .getByRole('group', { name: /Alle kender aftalerne/ })
    .getByRole('radio', { name: 'Delvist opfyldt' })
    .check();
  await page.getByLabel('Hvad har arbejdspladsen lært?').fill('Små faste rutiner virker.');
  await page.getByLabel('Hvad var svært?').fill('Bemandingen om aftenen.');
  const continuation = page.getByRole('region', { name: 'Sådan arbejder I videre' });
  await continuation.getByRole('button', { name: 'Tilføj aftale' }).click();
  const agreement = continuation.getByRole('group', { name: 'Aftale 1' });
  await agreement.getByLabel('Aftale', { exact: true }).fill('Tavlemødet fortsætter hver tirsdag.');
  await agreement.getByLabel('Ansvarlig').fill('Lise Holm');
  await page.getByLabel('Effekt', { exact: true }).fill('Bedre overlevering.');
  await page.getByLabel('Proces', { exact: true }).fill('Godt seminar.');
  await expect(saveState(page)).toHaveText('Gemt');

  // ── The server has every value …
  await expect
    .poll(async () => {
      const e = await server.api('engagements.get', { id });
      return {
        purpose: e.brief.purpose,
        criteria: e.brief.successCriteria.map((c) => c.text),
        trio: Object.values(e.brief.trio).filter(Boolean).length,
        agenda: e.phases[1]!.meetings[0]!.agenda.map((item) => item.exerciseId),
        start: e.phases[1]!.meetings[0]!.startTime,
        actions: e.actions.map((a) => [a.title, a.owner, a.due, a.followUps.length]),
        assessments: e.wrapup.criteria.map((c) => c.assessment),
        learnings: e.wrapup.learnings,
        continuation: e.wrapup.continuation.map((c) => [c.text, c.owner]),
      };
    })
    .toEqual({
      purpose: 'Et bedre samarbejde mellem dag- og aftenholdet.',
      criteria: ['Færre konflikter om vagtplanen.', 'Alle kender aftalerne om overlevering.'],
      trio: 3,
      agenda: [
        'wellbeing-barometer',
        'stress-definition',
        'load-curve',
        'frustration-spiral',
        'stress-courses',
      ],
      start: '08:30',
      actions: [
        ['Fast punkt om trivsel på personalemødet', 'Lise Holm', '2027-04-15', 0],
        ['Samtaler om arbejdsopgaver', 'Karsten Bo', '2027-05-01', 0],
        ['Ny vagtplan for weekender', 'Lise Holm', '2027-06-01', 1],
        ['Makkerordning for nye', 'Mia Jensen', '2027-05-20', 0],
      ],
      assessments: ['opfyldt', 'delvist'],
      learnings: 'Små faste rutiner virker.',
      continuation: [['Tavlemødet fortsætter hver tirsdag.', 'Lise Holm']],
    });

  // … and after a reload every phase shows it again.
  await page.reload();
  await expect(page.getByLabel('Effekt', { exact: true })).toHaveValue('Bedre overlevering.');
  await expect(page.getByLabel('Proces', { exact: true })).toHaveValue('Godt seminar.');
  await expect(
    assessments
      .getByRole('group', { name: /Færre konflikter/ })
      .getByRole('radio', { name: 'Opfyldt', exact: true }),
  ).toBeChecked();
  await expect(agreement.getByLabel('Ansvarlig')).toHaveValue('Lise Holm');

  await tab(page, 'Forberedelse').click();
  await expect(brief.getByLabel('Formål', { exact: true })).toHaveValue(
    'Et bedre samarbejde mellem dag- og aftenholdet.',
  );
  await expect(criteria.getByRole('textbox', { name: 'Succeskriterium 2', exact: true })).toHaveValue(
    'Alle kender aftalerne om overlevering.',
  );
  await expect(trio.getByLabel('Tillidsrepræsentant')).not.toHaveValue('');

  await tab(page, 'Seminar').click();
  await expect(page.locator('#seminar-start-times')).toHaveValue('08:30');
  await expectClock(page, plannedAgenda);

  await tab(page, 'Aktivitetsfase').click();
  for (const action of ACTIONS) {
    await expect(page.getByRole('article', { name: action.title })).toContainText(action.owner);
  }

  // The overview counts the four open actions and shows progress for each phase.
  await page
    .getByRole('navigation', { name: 'Forløbets faser' })
    .getByRole('link', { name: 'Overblik' })
    .click();
  await expect(page.getByRole('region', { name: 'Næste møde og tiltag' })).toContainText('4');
});
