import type { Locator, Page } from '@playwright/test';
import type { AgendaItem } from '../../shared/domain/engagement.js';
import { appPath, expect, test, type ForlobServer } from './support/fixtures.js';
import { screenshot } from './support/screenshots.js';

/** Presses Tab until `target` has focus: the room is driven by the keyboard alone. */
async function tabTo(page: Page, target: Locator, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === el.ownerDocument.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

const item = (id: string, title: string, exerciseId?: string): AgendaItem => ({
  id,
  type: exerciseId ? 'oevelse' : 'oplaeg',
  title,
  minutes: 15,
  ...(exerciseId ? { exerciseId } : {}),
  notes: `Noter til ${title}`,
  materials: [],
});

/** A seminar whose agenda has the five exercises the issue names, set up through the API. */
async function seminar(server: ForlobServer, agenda: AgendaItem[]) {
  const created = await server.api('engagements.create', {
    templateId: 'nfa-grundmodel',
    client: { organisation: 'Vejle Kommune', unit: 'Hjemmeplejen Syd', sector: 'kommune' },
  });
  const engagement = await server.api('engagements.get', { id: created.id });
  const meeting = engagement.phases.find((p) => p.kind === 'seminar')!.meetings[0]!;
  meeting.agenda = agenda;
  await server.api('engagements.save', { engagement });
  return { id: engagement.id, meetingId: meeting.id };
}

const SEMINAR: AgendaItem[] = [
  item('barometer', 'Trivselsbarometeret', 'wellbeing-barometer'),
  item('kurve', 'Belastningskurven', 'load-curve'),
  item('balance', 'Krav og ressourcer', 'demands-resources-balance'),
  item('tjek', 'IGLO-tjeklisten', 'iglo-checklist'),
  item('trio', 'TRIO-samtalen', 'trio-wrap-up'),
];

test('seminaret i rummet: konsol og projektor følges med tastaturet, sort skærm, tidtager, sikker visning, skjult note og et nedbrud midt i', async ({
  page,
  server,
}) => {
  test.slow();
  const { id } = await seminar(server, SEMINAR);
  const answer = (payload: unknown) => server.api('room.answer', { engagementId: id, payload });

  await page.goto(appPath(`/forloeb/${id}/seminar`));
  const start = page.getByRole('button', { name: 'Start seminaret' });
  await tabTo(page, start);
  const opened = page.waitForEvent('popup');
  await page.keyboard.press('Enter');
  const projector = await opened;
  await projector.setViewportSize({ width: 1280, height: 720 });

  const title = projector.getByTestId('projector-title');
  const withheld = projector.getByTestId('projector-withheld');
  const step = projector.getByTestId('projector-step');
  await expect(page.getByTestId('console-item-title')).toHaveText('Trivselsbarometeret');
  await expect(title).toHaveText('Trivselsbarometeret');
  await expect(step).toHaveAttribute('data-kind', 'scale');
  await expect(page.getByTestId('console-notes')).toHaveText('Noter til Trivselsbarometeret');

  // Four answers: hidden until revealed, and still withheld after the reveal (minimum 5).
  for (const value of [7, 8, 4, 6]) await answer({ value });
  await expect(page.getByTestId('console-answer-count')).toContainText('4 svar');
  await expect(withheld).toHaveText('Resultatet venter på at blive vist.');
  const reveal = page.getByTestId('console-reveal');
  await tabTo(page, reveal);
  await page.keyboard.press('Enter');
  await expect(reveal).toHaveAttribute('aria-pressed', 'true');
  await expect(withheld).toHaveText('Resultatet vises, når der er mindst 5 svar. Indtil nu: 4.');
  await answer({ value: 9, word: 'kolleger' });
  await expect(withheld).toBeHidden();
  await expect(page.getByTestId('console-preview').getByTestId('projector-withheld')).toBeHidden();

  // → to the barometer's talk; the room's minimum down to 1 for the notes, then a note shown and hidden.
  await page.keyboard.press('ArrowRight');
  await expect(step).toHaveAttribute('data-kind', 'dialogue');
  await expect(title).toHaveText('Trivselsbarometeret');
  const minimum = page.getByLabel('Mindste antal svar, før et resultat vises');
  await tabTo(page, minimum);
  await page.keyboard.press('Control+A');
  await page.keyboard.type('1');
  // Typing in the field must not move the room.
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Space');
  await expect(step).toHaveAttribute('data-kind', 'dialogue');
  await page.keyboard.press('Enter');
  await tabTo(page, reveal);
  await page.keyboard.press('Enter');
  const { answerId } = await answer({ questionId: 'traekker-op', text: 'Vi hjælper hinanden om morgenen' });
  await answer({ questionId: 'traekker-ned', text: 'For mange afbrydelser' });
  await expect(step).toContainText('Vi hjælper hinanden om morgenen');
  await expect(step).toContainText('For mange afbrydelser');
  await server.api('room.command', { engagementId: id, command: { type: 'hide', answerId, hidden: true } });
  await expect(step).not.toContainText('Vi hjælper hinanden om morgenen');
  await expect(step).toContainText('For mange afbrydelser');

  // B blanks the projector, and B again brings it back.
  await page.keyboard.press('b');
  await expect(projector.getByTestId('projector-blackout')).toBeVisible();
  await expect(title).toBeHidden();
  await page.keyboard.press('b');
  await expect(title).toHaveText('Trivselsbarometeret');

  // T starts the timer: the projector counts down.
  const digits = projector.getByTestId('projector-timer-digits');
  await expect(digits).toHaveText('15:00');
  await page.keyboard.press('t');
  await expect(projector.getByTestId('projector-timer')).toHaveAttribute('data-phase', 'running');
  await expect(digits).not.toHaveText('15:00');
  await expect(digits).toHaveText(/^14:5\d$/);

  // →, ←, → through the agenda: each change shows on the projector.
  await page.keyboard.press('ArrowRight');
  await expect(title).toHaveText('Belastningskurven');
  await expect(step).toHaveAttribute('data-kind', 'curve');
  await page.keyboard.press('ArrowLeft');
  await expect(title).toHaveText('Trivselsbarometeret');
  await page.keyboard.press('ArrowRight');
  await expect(title).toHaveText('Belastningskurven');
  await answer({ points: [5, 6, 7, 8, 7, 6], label: 'Anna' });
  await expect(page.getByTestId('console-answer-count')).toContainText('1 svar');

  // The web server is killed mid-seminar and started again: the room resumes with every acknowledged answer.
  await server.crashAndRestart();
  await expect(page.getByTestId('console-item-title')).toHaveText('Belastningskurven', { timeout: 20_000 });
  await page.keyboard.press('ArrowRight');
  await expect(title).toHaveText('Krav og ressourcer', { timeout: 20_000 });
  await expect(step).toHaveAttribute('data-kind', 'board');
  const runs = await server.api('runs.list', { engagementId: id });
  const barometer = runs.find((run) => run.agendaItemId === 'barometer')!;
  expect(barometer.answers.filter((a) => a.stepId === 'barometer')).toHaveLength(5);
  expect(barometer.answers.filter((a) => a.stepId === 'samtale')).toHaveLength(2);
  expect(barometer.hiddenAnswerIds).toEqual([answerId]);
  expect(runs.find((run) => run.agendaItemId === 'kurve')!.answers).toHaveLength(1);

  // Afslut rummet: the programme again, and the projector says the room is closed.
  const close = page.getByTestId('close-room');
  await tabTo(page, close);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Start seminaret' })).toBeVisible();
  await expect(projector.getByText('Rummet er lukket.')).toBeVisible();
});

/** Every kind's projector view, with a result shown, and the console. */
const KINDS: { item: AgendaItem; stepId: string; answers: unknown[] }[] = [
  { item: item('slide', 'Hvad er stress?', 'stress-definition'), stepId: 'definition', answers: [] },
  {
    item: item('scale', 'Trivselsbarometeret', 'wellbeing-barometer'),
    stepId: 'barometer',
    answers: [7, 8, 4, 6, 9, 3, 7].map((value, i) =>
      i % 2 ? { value } : { value, word: ['travlt', 'kolleger', 'ro'][i % 3] },
    ),
  },
  {
    item: item('rating', 'Psykologisk tryghed', 'psychological-safety'),
    stepId: 'pejlemaerker',
    answers: ['lytte', 'ikke-doemme', 'perspektiver', 'uenighed', 'lytte', 'uenighed'].map((itemId, i) => ({
      itemId,
      value: (i % 4) + 1,
    })),
  },
  {
    item: item('curve', 'Belastningskurven', 'load-curve'),
    stepId: 'kurven',
    answers: ['Anna', 'Bo', 'Carla', 'Dan', 'Eva'].map((label, i) => ({
      label,
      points: [3, 4, 5, 6, 7, 8].map((p) => ((p + i) % 9) + 1),
    })),
  },
  {
    item: item('board', 'Krav og ressourcer', 'demands-resources-balance'),
    stepId: 'felter',
    answers: [
      { cellId: 'indre-krav', text: 'Jeg vil gerne gøre det perfekt' },
      { cellId: 'ydre-krav', text: 'Flere borgere pr. vagt' },
      { cellId: 'ydre-krav', text: 'Mange afbrydelser i telefonen' },
      { cellId: 'indre-ressourcer', text: 'Erfaring med svære samtaler' },
      { cellId: 'ydre-ressourcer', text: 'Gode kolleger på holdet' },
    ],
  },
  {
    item: item('checklist', 'IGLO-tjeklisten', 'iglo-checklist'),
    stepId: 'tjekliste',
    answers: [
      ['overblik-egne-opgaver', 'faelles-overblik'],
      ['prioritere-bedre'],
      ['egen-trivsel', 'tryghed-og-tillid', 'forventningsafstemning'],
      ['faelles-overblik'],
      ['viden-om-stress', 'faelles-overblik'],
    ].map((itemIds) => ({ itemIds })),
  },
  {
    item: item('dialogue', 'TRIO-samtalen', 'trio-wrap-up'),
    stepId: 'fire-punkter',
    answers: [
      { questionId: 'opsoege-afklare', text: 'Vi spørger ind, før vi antager' },
      { questionId: 'kommunikere-foelge-op', text: 'Opfølgning på personalemødet hver måned' },
      { questionId: 'laere', text: 'Vi deler erfaringer efter svære vagter' },
      { questionId: 'legitim-praksis', text: 'Det er i orden at sige fra' },
      { questionId: 'laere', text: 'Kollegial sparring hver fredag' },
    ],
  },
  {
    item: item('map', 'Kontaktkortet', 'contact-map'),
    stepId: 'kontaktkort',
    answers: ['Ledelse', 'Køkken', 'Rengøring', 'Teknisk service', 'Administration'].map((navn, i) => ({
      fields: { navn },
      state: i % 2 ? 'red' : 'green',
      ...(i % 2 ? { plan: { handling: 'Et fast møde hver måned' } } : {}),
    })),
  },
];

test('projektorvisningen kan læses bagerst i rummet: hver øvelsestype i tre opløsninger uden rullebjælker og med stor nok tekst', async ({
  page,
  server,
}) => {
  test.slow();
  const { id, meetingId } = await seminar(
    server,
    KINDS.map((k) => k.item),
  );
  await server.api('room.open', { engagementId: id, meetingId });
  await server.api('room.command', { engagementId: id, command: { type: 'reveal', on: true } });

  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(appPath(`/forloeb/${id}/rum/${meetingId}`));
  await expect(page.getByTestId('console-item-title')).toHaveText(KINDS[0]!.item.title);
  const projector = await page.context().newPage();
  await projector.goto(appPath(`/projektor/${id}`));

  for (const kind of KINDS) {
    await server.api('room.command', {
      engagementId: id,
      command: { type: 'goto', itemId: kind.item.id, stepId: kind.stepId },
    });
    await server.api('room.command', { engagementId: id, command: { type: 'reveal', on: true } });
    for (const payload of kind.answers) await server.api('room.answer', { engagementId: id, payload });
    await expect(projector.getByTestId('projector-title')).toHaveText(kind.item.title);
    if (kind.answers.length > 0) await expect(projector.getByTestId('projector-withheld')).toBeHidden();
    const name = `room-projector-${kind.item.id}`;
    for (const size of [
      { width: 1920, height: 1080 },
      { width: 1280, height: 720 },
      { width: 1024, height: 768 },
    ]) {
      await projector.setViewportSize(size);
      await screenshot(projector, name);
      const overflow = (await projector.evaluate(OVERFLOW)) as { page: boolean; scrollers: string[] };
      expect(overflow, `${name} at ${size.width}×${size.height}`).toEqual({ page: false, scrollers: [] });
      if (size.width === 1920) {
        const smallest = (await projector.evaluate(SMALLEST_TEXT)) as { px: number; text: string };
        expect(smallest.px, `${name}: smallest text »${smallest.text}«`).toBeGreaterThanOrEqual(27.5);
      }
    }
    await page.setViewportSize({ width: 1366, height: 768 });
    await screenshot(page, `room-console-${kind.item.id}`);
  }
});

/** Whether the projector page, or any box on it, scrolls. (Browser code, as a string: the tests have no DOM types.) */
const OVERFLOW = `(() => {
  const root = document.documentElement;
  const screen = document.querySelector('[data-testid="projector-screen"]');
  const scrollers = [...screen.querySelectorAll('*')]
    .filter((el) => ['auto', 'scroll'].includes(getComputedStyle(el).overflowY) || ['auto', 'scroll'].includes(getComputedStyle(el).overflowX))
    .filter((el) => el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1)
    .map((el) => el.className.baseVal ?? el.className);
  return { page: root.scrollWidth > root.clientWidth || root.scrollHeight > root.clientHeight, scrollers };
})()`;

/** The smallest rendered text on the projector: CSS px for HTML, font-size × scale for SVG text. */
const SMALLEST_TEXT = `(() => {
  const screen = document.querySelector('[data-testid="projector-screen"]');
  let smallest = { px: Number.POSITIVE_INFINITY, text: '' };
  for (const el of screen.querySelectorAll('*')) {
    const own = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent.trim() !== '');
    if (!own) continue;
    const box = el.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) continue;
    const size = parseFloat(getComputedStyle(el).fontSize);
    const scale = el instanceof SVGGraphicsElement ? (el.getScreenCTM()?.a ?? 1) : 1;
    const px = size * scale;
    if (px < smallest.px) smallest = { px, text: el.textContent.trim().slice(0, 60) };
  }
  return smallest;
})()`;
