import type { Page } from '@playwright/test';
import { appPath, test, expect, type ForlobServer } from './support/fixtures.js';
import { screenshotAtSizes } from './support/screenshots.js';
import { addFromLibrary, saveState } from './support/workspace.js';

/**
 * Results kept and compared, and turned into actions: a barometer run at the
 * seminar and again at the wrap-up, shown side by side on "Resultater", and
 * two notes of the IGLO action plan made into actions in one step.
 */

const item = (id: string, exerciseId: string, title: string) => ({
  id,
  type: 'oevelse' as const,
  title,
  minutes: 15,
  exerciseId,
  notes: '',
  materials: [],
});

async function programmeWithRuns(server: ForlobServer) {
  const created = await server.api('engagements.create', {
    templateId: 'nfa-grundmodel',
    client: { organisation: 'Horsens Kommune', unit: 'Rengøringen', sector: 'kommune' },
  });
  const seminar = created.phases.find((p) => p.kind === 'seminar')!.meetings[0]!;
  const wrapup = created.phases.find((p) => p.kind === 'wrapup')!.meetings[0]!;
  seminar.date = '2027-03-03';
  seminar.agenda = [
    item('s-barometer', 'wellbeing-barometer', 'Trivselsbarometeret'),
    item('s-plan', 'iglo-action-plan', 'IGLO-handleplanen'),
  ];
  wrapup.date = '2027-06-01';
  wrapup.agenda = [item('w-barometer', 'wellbeing-barometer', 'Trivselsbarometeret igen')];
  const saved = await server.api('engagements.save', { engagement: created });
  const engagementId = saved.id;

  // The seminar: five marks on the barometer, then notes on the action plan.
  await server.api('room.open', { engagementId, meetingId: seminar.id });
  for (const value of [3, 4, 4, 5, 6]) await server.api('room.answer', { engagementId, payload: { value } });
  await server.api('room.command', { engagementId, command: { type: 'goto', itemId: 's-plan' } });
  const notes = [
    ['foerste-tegn:ledelse', 'Lederen spørger ind ved morgenmødet'],
    ['forebyggelse:grupper', 'Fast makker på aftenvagten'],
    ['efter:organisation', 'MED gennemgår sygefraværet hvert kvartal'],
  ] as const;
  for (const [cellId, text] of notes) {
    await server.api('room.answer', { engagementId, payload: { cellId, text } });
  }
  await server.api('room.close', { engagementId });

  // The wrap-up: the barometer again, higher.
  await server.api('room.open', { engagementId, meetingId: wrapup.id });
  for (const value of [6, 7, 7, 8, 8, 9])
    await server.api('room.answer', { engagementId, payload: { value } });
  await server.api('room.close', { engagementId });
  return engagementId;
}

const resultsCard = (page: Page, title: string) => page.getByRole('region', { name: title, exact: true });

test('to kørsler af barometeret side om side, og to sedler fra IGLO-handleplanen bliver tiltag', async ({
  page,
  server,
}) => {
  const id = await programmeWithRuns(server);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(appPath(`/forloeb/${id}/resultater`));

  const barometer = resultsCard(page, 'Trivselsbarometeret');
  await expect(barometer).toContainText('Kørt 2 gange');
  // The newest run, compared with the first by default.
  await expect(barometer.getByLabel('Kørsel')).toHaveValue(/.+/);
  await expect(barometer.getByLabel('Kørsel').locator('option:checked')).toContainText('(6 svar)');
  await expect(barometer.getByLabel('Sammenlign med').locator('option:checked')).toContainText('(5 svar)');
  await screenshotAtSizes(page, 'results-compare', { fullPage: true });

  // Notes to actions: two of three, in one step.
  const plan = resultsCard(page, 'IGLO-handleplan: hvem gør hvad?');
  await plan.getByLabel('Lederen spørger ind ved morgenmødet').check();
  await plan.getByLabel('Fast makker på aftenvagten').check();
  await plan.getByRole('button', { name: 'Lav 2 tiltag' }).click();
  await expect(plan.getByText('Er et tiltag')).toHaveCount(2);
  await expect(plan.getByLabel('Lederen spørger ind ved morgenmødet')).toBeDisabled();
  await expect(saveState(page)).toHaveText('Gemt');

  const saved = await server.api('engagements.get', { id });
  expect(saved.actions.map((a) => [a.title, a.iglo, a.stage])).toEqual([
    ['Lederen spørger ind ved morgenmødet', 'ledelse', 'foerste-tegn'],
    ['Fast makker på aftenvagten', 'gruppe', 'forebyggelse'],
  ]);

  // The activity phase has them, and Ctrl+Z takes the step back.
  await page
    .getByRole('navigation', { name: 'Forløbets faser' })
    .getByRole('link', { name: /^Aktivitetsfase/ })
    .click();
  await expect(page.getByRole('article', { name: 'Lederen spørger ind ved morgenmødet' })).toBeVisible();
  await expect(page.getByRole('article', { name: 'Fast makker på aftenvagten' })).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Forløbets faser' })
    .getByRole('link', { name: 'Resultater' })
    .click();
  await page.keyboard.press('Control+z');
  await expect(plan.getByText('Er et tiltag')).toHaveCount(0);
  await expect.poll(async () => (await server.api('engagements.get', { id })).actions.length).toBe(0);
});

test('uden kørsler siger siden, hvor svarene kommer fra', async ({ page, server }) => {
  const created = await server.api('engagements.create', {
    templateId: 'nfa-grundmodel',
    client: { organisation: 'Vejle Kommune', unit: 'Hjemmeplejen', sector: 'kommune' },
  });
  await page.goto(appPath(`/forloeb/${created.id}/resultater`));
  await expect(page.getByText('Ingen øvelser er kørt endnu.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Seminar', exact: true }).last()).toBeVisible();
});

test('opsamlingsmødet får en dagsorden med brugerfladen, så barometeret kan køres igen', async ({
  page,
  server,
}) => {
  const created = await server.api('engagements.create', {
    templateId: 'nfa-grundmodel',
    client: { organisation: 'Vejle Kommune', unit: 'Hjemmeplejen', sector: 'kommune' },
  });
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(appPath(`/forloeb/${created.id}/opsamling`));
  await expect(page.getByRole('button', { name: 'Kør dagsordenen på projektoren' })).toHaveCount(0);
  await addFromLibrary(page, 'trivselsbarometer', 'Trivselsbarometeret');
  await expect(page.getByRole('button', { name: 'Kør dagsordenen på projektoren' })).toHaveCount(1);
  await expect(saveState(page)).toHaveText('Gemt');
  const wrapup = (await server.api('engagements.get', { id: created.id })).phases.find(
    (p) => p.kind === 'wrapup',
  )!;
  expect(wrapup.meetings[0]!.agenda.map((item) => item.exerciseId)).toEqual(['wellbeing-barometer']);
});
