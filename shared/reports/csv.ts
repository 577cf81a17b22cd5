import type { Engagement } from '../domain/engagement.js';
import type { ExerciseStep } from '../library/card.js';
import type { CatalogueCard } from '../library/catalogue.js';
import { boardCells } from '../room/engines/board.js';
import { curveMonths, monthLabel } from '../room/engines/curve.js';
import type { ExerciseRun, RoomAnswer } from '../room/exercise-run.js';
import { exportFileName } from './report-labels.js';

/**
 * Every answer of the chosen runs as CSV for Danish Excel: UTF-8 with a BOM
 * (or Excel reads æøå as Latin-1), `;` between cells (Danish Excel's list
 * separator, since `,` is the decimal comma), CRLF line ends, and one row per
 * answer the facilitator has not hidden. Pure.
 */

export const CSV_COLUMNS = [
  'Kørsel',
  'Møde',
  'Øvelse',
  'Trin',
  'Tidspunkt',
  'Svaret af',
  'Punkt',
  'Svar',
  'Værdi',
] as const;

const BOM = '\uFEFF';
const SEPARATOR = ';';
const NEWLINE = '\r\n';

/**
 * One cell, quoted when it holds the separator, a quote or a line break. A
 * cell that a spreadsheet would run as a formula (starting with = + - @, tab
 * or carriage return) gets a leading apostrophe, so a participant's note can
 * never become a formula on the consultant's computer (OWASP CSV injection).
 */
export function csvCell(value: string | number | undefined): string {
  if (value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  if (/[;"\r\n]/.test(text)) text = `"${text.replace(/"/g, '""')}"`;
  return text;
}

export const csvLine = (cells: readonly (string | number | undefined)[]): string =>
  cells.map(csvCell).join(SEPARATOR);

const DATE_TIME = new Intl.DateTimeFormat('da-DK', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  timeZone: 'Europe/Copenhagen',
});

/** »22.11.2026 10:15:03« in Danish time, a form Danish Excel reads as a date and time. */
export function csvDateTime(iso: string): string {
  const parts = Object.fromEntries(DATE_TIME.formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
  return `${parts.day}.${parts.month}.${parts.year} ${parts.hour}:${parts.minute}:${parts.second}`;
}

interface Described {
  point?: string;
  text?: string;
  value?: number;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;
const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const num = (value: unknown): number | undefined => (typeof value === 'number' ? value : undefined);
const labelOf = (items: readonly { id: string; label: string }[], id: unknown): string =>
  items.find((item) => item.id === id)?.label ?? String(id);

function fields(labels: readonly { id: string; label: string }[], values: unknown): string {
  if (!isRecord(values)) return '';
  return labels
    .filter((field) => str(values[field.id]))
    .map((field) => `${field.label}: ${str(values[field.id])}`)
    .join(' · ');
}

/** What one answer says, in words, by the kind of its step. Unknown shapes fall back to their JSON. */
export function describeAnswer(
  step: ExerciseStep | undefined,
  answer: RoomAnswer,
  run: ExerciseRun,
): Described {
  const p = answer.payload;
  if (!step || !isRecord(p)) return { text: JSON.stringify(p) };
  switch (step.kind) {
    case 'scale':
      return { value: num(p.value), text: str(p.word) };
    case 'rating':
      return { point: labelOf(step.items, p.itemId), value: num(p.value), text: str(p.note) };
    case 'checklist': {
      const items = step.groups.flatMap((group) => group.items);
      const ids = Array.isArray(p.itemIds) ? p.itemIds : [];
      return { text: ids.map((id) => labelOf(items, id)).join(' · '), value: ids.length };
    }
    case 'dialogue':
      return {
        point: labelOf(
          step.questions.map((q) => ({ id: q.id, label: q.text })),
          p.questionId,
        ),
        text: str(p.text),
      };
    case 'curve': {
      const points = Array.isArray(p.points) ? p.points : [];
      const months = curveMonths(step.monthsBack, run.startedAt);
      const text = points
        .map(
          (point, index) => `${months[index] ? monthLabel(months[index], true) : index + 1}: ${point ?? '–'}`,
        )
        .join(' · ');
      return { point: str(p.label), text };
    }
    case 'map': {
      const state = step.states.find((s) => s.id === p.state)?.label;
      const plan = fields(step.planFields, p.plan);
      return {
        point: state,
        text: [fields(step.unitFields, p.fields), plan && `Plan: ${plan}`].filter(Boolean).join(' · '),
      };
    }
    case 'board': {
      if (Array.isArray(p.votes)) {
        const notes = new Map(
          run.answers.map((a) => [a.id, isRecord(a.payload) ? str(a.payload.text) : undefined]),
        );
        return {
          point: 'Prikker',
          text: p.votes.map((id) => notes.get(String(id)) ?? String(id)).join(' · '),
          value: p.votes.length,
        };
      }
      if (step.board.layout === 'table') return { text: fields(step.board.columns, p.values) };
      const cellLabel = boardCells(step).find((c) => c.cellId === p.cellId)?.label;
      return { point: cellLabel, text: str(p.text) };
    }
    case 'slide':
      return { text: JSON.stringify(p) };
  }
}

/** The rows (with the header) for the runs, oldest run first, answers in the order given. */
export function answerRows(
  engagement: Engagement,
  runs: readonly ExerciseRun[],
  cards: readonly CatalogueCard[],
): (string | number | undefined)[][] {
  const meetings = new Map(engagement.phases.flatMap((phase) => phase.meetings).map((m) => [m.id, m.title]));
  const rows: (string | number | undefined)[][] = [[...CSV_COLUMNS]];
  const sorted = [...runs].sort((a, b) => a.startedAt.localeCompare(b.startedAt));
  for (const run of sorted) {
    const card = cards.find((c) => c.id === run.exerciseId);
    const hidden = new Set(run.hiddenAnswerIds);
    // Participants stay anonymous: numbered per run in the order they first answered.
    const people = new Map<string, number>();
    const runLabel = `${card?.title ?? run.exerciseId}, ${csvDateTime(run.startedAt)}`;
    for (const answer of run.answers) {
      if (hidden.has(answer.id)) continue;
      const step = card?.steps.find((s) => s.id === answer.stepId);
      let by = 'Facilitator';
      if (answer.by !== 'facilitator') {
        if (!people.has(answer.by)) people.set(answer.by, people.size + 1);
        by = `Deltager ${people.get(answer.by)}`;
      }
      const described = describeAnswer(step, answer, run);
      rows.push([
        runLabel,
        meetings.get(run.meetingId) ?? '',
        card?.title ?? run.exerciseId,
        step?.title ?? answer.stepId,
        csvDateTime(answer.at),
        by,
        described.point,
        described.text,
        described.value,
      ]);
    }
  }
  return rows;
}

/** The whole file: BOM, header and one line per visible answer. */
export function answersCsv(
  engagement: Engagement,
  runs: readonly ExerciseRun[],
  cards: readonly CatalogueCard[],
): string {
  return BOM + answerRows(engagement, runs, cards).map(csvLine).join(NEWLINE) + NEWLINE;
}

/** »Svar – Solbakken Plejecenter – 2026-11-22.csv«, or with the exercise's title for one run. */
export function csvFileName(
  engagement: Engagement,
  runs: readonly ExerciseRun[],
  cards: readonly CatalogueCard[],
  oneRun: boolean,
  today: string,
): string {
  const exercise = oneRun ? cards.find((c) => c.id === runs[0]?.exerciseId)?.title : undefined;
  return exportFileName(
    ['Svar', ...(exercise ? [exercise] : []), engagement.client.organisation],
    today,
    'csv',
  );
}
