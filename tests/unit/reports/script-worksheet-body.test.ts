import { describe, expect, it } from 'vitest';
import { buildScriptBody } from '../../../shared/reports/bodies/script.js';
import { buildWorksheetBody } from '../../../shared/reports/bodies/worksheet.js';
import { BODY_BUILDERS } from '../../../shared/reports/bodies/index.js';
import { ApiError } from '../../../shared/errors.js';
import {
  CARDS,
  contentText,
  engagementWithExercises,
  headings,
  meetingOf,
  reportInput,
} from './report-fixtures.js';

function refusal(build: () => unknown): ApiError {
  try {
    build();
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('was not refused');
}

describe('the drejebog (script) body', () => {
  it('is the first seminar meeting by default: timed agenda, notes, materials and each card’s instructions', () => {
    const engagement = engagementWithExercises();
    const body = buildScriptBody(reportInput({ kind: 'script', engagement }));
    const text = contentText(body.content);
    const seminar = meetingOf(engagement, 'seminar');
    expect(body.cover).toBe(false);
    expect(body.title).toBe(`Drejebog: ${seminar.title}`);
    expect(
      headings(body.content)
        .filter((h) => h.style === 'h1')
        .map((h) => h.text),
    ).toEqual(['Dagsorden', 'Punkt for punkt']);
    // Clock times from the start time, item by item.
    expect(text).toContain('09:00–09:15');
    expect(text).toContain('09:15–09:30');
    for (const item of seminar.agenda) {
      expect(text).toContain(item.title);
      if (item.notes) expect(text).toContain(item.notes);
      for (const material of item.materials) expect(text).toContain(material);
    }
    const barometer = CARDS.find((card) => card.id === 'wellbeing-barometer')!;
    for (const instruction of barometer.instructions) expect(text).toContain(instruction);
    // The facilitator's hint for a dialogue question, which the room never sees.
    expect(text).toContain('Til dig: Hold samtalen på forholdene i arbejdet, ikke på den enkeltes mærke.');
    expect(text).toContain('Kilde: BFA Industri');
  });

  it('takes the meeting asked for, and says so plainly when it is empty', () => {
    const engagement = engagementWithExercises();
    const followUp = engagement.phases
      .flatMap((p) => p.meetings)
      .find((m) => m.id === 'eks-moede-opfoelgning')!;
    const body = buildScriptBody(reportInput({ kind: 'script', engagement, meetingId: followUp.id }));
    expect(body.title).toBe(`Drejebog: ${followUp.title}`);
    expect(contentText(body.content)).toContain('Mødet har ingen dagsorden endnu.');
    expect(headings(body.content).map((h) => h.text)).not.toContain('Punkt for punkt');
  });

  it('refuses an unknown meeting, and a programme without a seminar agenda, in Danish', () => {
    const unknown = refusal(() => buildScriptBody(reportInput({ kind: 'script', meetingId: 'findes-ikke' })));
    expect(unknown.code).toBe('not_found');
    expect(unknown.message).toMatch(/Mødet findes ikke i forløbet/);
    const engagement = engagementWithExercises();
    const bare = {
      ...engagement,
      phases: engagement.phases.map((p) => ({
        ...p,
        meetings: p.meetings.map((m) => ({ ...m, agenda: [] })),
      })),
    };
    const none = refusal(() => buildScriptBody(reportInput({ kind: 'script', engagement: bare, runs: [] })));
    expect(none.code).toBe('not_found');
    expect(none.message).toMatch(/intet seminar med en dagsorden/);
  });
});

describe('the worksheet body', () => {
  const sheet = (exerciseId: string) => buildWorksheetBody(reportInput({ kind: 'worksheet', exerciseId }));

  it('has the card’s title, purpose, steps and source', () => {
    const card = CARDS.find((c) => c.id === 'wellbeing-barometer')!;
    const body = sheet(card.id);
    const text = contentText(body.content);
    expect(body.title).toBe(card.title);
    expect(body.cover).toBe(false);
    expect(text).toContain(card.purpose);
    for (const step of card.steps) expect(text).toContain(step.title);
    expect(text).toContain(
      `Kilde: BFA Industri, Forebyggelse og håndtering af stress, ${card.source.section}`,
    );
  });

  it('draws a scale as numbered boxes with its end labels', () => {
    const body = sheet('wellbeing-barometer');
    const text = contentText(body.content);
    const boxes =
      JSON.stringify(body.content).match(/"text":"(\d+)","style":"tableHeader","alignment":"center"/g) ?? [];
    expect(boxes).toHaveLength(10);
    expect(text).toContain('Meget lav trivsel');
    expect(text).toContain('Meget høj trivsel');
    expect(text).toContain('Hvad trækker trivslen ned?');
  });

  it('draws a curve as an empty chart with its months and levels', () => {
    const body = sheet('load-curve');
    const svg = JSON.stringify(body.content).match(/"svg":"(<svg.*?<\/svg>)"/)?.[1] ?? '';
    expect(svg).toContain('5 md. siden');
    expect(svg).toContain('Denne md.');
    for (const level of ['1', '5', '9']) expect(svg).toContain(`>${level}</text>`);
    expect(svg).not.toContain('<path');
  });

  it('draws a board grid as an empty table of its rows and columns, and a checklist with boxes', () => {
    const grid = sheet('iglo-action-plan');
    const table = JSON.stringify(grid.content);
    for (const label of ['1. Forebyggelse', 'Ledelse', 'Individer (alle)']) expect(table).toContain(label);
    const checklist = sheet('iglo-checklist');
    const rects = JSON.stringify(checklist.content).match(/"type":"rect"/g) ?? [];
    const items = CARDS.find((c) => c.id === 'iglo-checklist')!.steps.flatMap((s) =>
      s.kind === 'checklist' ? s.groups.flatMap((g) => g.items) : [],
    );
    expect(rects.length).toBe(items.length);
  });

  it('builds a sheet for every card of the library', () => {
    for (const card of CARDS) expect(() => sheet(card.id), card.id).not.toThrow();
  });

  it('refuses an unknown card in Danish', () => {
    const error = refusal(() => sheet('findes-ikke'));
    expect(error.code).toBe('not_found');
    expect(error.message).toMatch(/Øvelsen findes ikke i biblioteket/);
  });
});

describe('the body registry', () => {
  it('has the content branch’s three builders', () => {
    expect(BODY_BUILDERS.wrapup).toBeTypeOf('function');
    expect(BODY_BUILDERS.script).toBe(buildScriptBody);
    expect(BODY_BUILDERS.worksheet).toBe(buildWorksheetBody);
  });
});
