import type { Content } from 'pdfmake/interfaces.js';
import { CreateEngagementArg } from '../../../shared/domain/create-engagement-arg.js';
import { createEngagement } from '../../../shared/domain/create-engagement.js';
import type { AgendaItem, Engagement } from '../../../shared/domain/engagement.js';
import { EXAMPLE_CREATE_ARG, exampleProgramme } from '../../../shared/examples/nfa-example.js';
import { builtInCards } from '../../../shared/library/builtin-cards.js';
import type { CatalogueCard } from '../../../shared/library/catalogue.js';
import { ExerciseRun, type RoomAnswer } from '../../../shared/room/exercise-run.js';
import { payloadSchemaFor } from '../../../shared/room/engines/index.js';
import type { ReportInput } from '../../../shared/reports/report-input.js';
import { findTemplate } from '../../../shared/templates/programme-templates.js';

/**
 * The NFA example programme with runs as the room would have journaled them:
 * every payload passes its step's engine schema and every run the
 * ExerciseRun schema, so a fixture can never drift from what the hub writes.
 *
 * Marked texts let the tests prove what must never reach a report: a hidden
 * answer's word and note, and the notes of a step with fewer answers than
 * the room's minimum.
 */
export const TODAY = '2027-03-08';
export const HIDDEN_WORD = 'Skjultord';
export const HIDDEN_NOTE = 'Skjult seddel om en navngiven kollega';
export const WITHHELD_NOTE = 'Få svar: kun tre sagde noget her';

export const CARDS: readonly CatalogueCard[] = builtInCards();
const card = (id: string) => CARDS.find((c) => c.id === id)!;

export function exampleEngagement(): Engagement {
  let n = 0;
  const created = createEngagement(
    findTemplate('nfa-grundmodel')!,
    CreateEngagementArg.parse(EXAMPLE_CREATE_ARG),
    { id: 'eksempel-1', now: '2027-01-04T09:00:00.000Z', newId: () => `id-${++n}` },
  );
  return exampleProgramme(created, TODAY);
}

function exerciseItem(id: string, cardId: string): AgendaItem {
  const c = card(cardId);
  return {
    id,
    type: 'oevelse',
    title: c.title,
    minutes: c.minutes,
    exerciseId: c.id,
    notes: '',
    materials: [],
  };
}

export const meetingOf = (engagement: Engagement, kind: string) =>
  engagement.phases.flatMap((phase) => phase.meetings).find((meeting) => meeting.kind === kind)!;

/** The example with a load curve and the IGLO checklist on the seminar, and the barometer again at the wrap-up. */
export function engagementWithExercises(): Engagement {
  const engagement = structuredClone(exampleEngagement());
  const seminar = meetingOf(engagement, 'seminar');
  seminar.agenda.splice(5, 0, exerciseItem('eks-punkt-kurve', 'load-curve'));
  seminar.agenda.splice(6, 0, exerciseItem('eks-punkt-tjekliste', 'iglo-checklist'));
  seminar.minutes = 330;
  meetingOf(engagement, 'opsamlingsmoede').agenda.push(
    exerciseItem('eks-opsamling-barometer', 'wellbeing-barometer'),
  );
  return engagement;
}

interface RunSpec {
  id: string;
  meetingId: string;
  agendaItemId: string;
  exerciseId: string;
  at: string;
  /** Per step id, the payloads in order; answer ids are `<run>-<step>-<n>`. */
  answers: Record<string, unknown[]>;
  /** `<step>-<n>` of the answers the facilitator hid. */
  hidden?: string[];
}

function run(engagement: Engagement, spec: RunSpec): ExerciseRun {
  const exercise = card(spec.exerciseId);
  const answers: RoomAnswer[] = Object.entries(spec.answers).flatMap(([stepId, payloads]) => {
    const step = exercise.steps.find((s) => s.id === stepId);
    if (!step) throw new Error(`${exercise.id} has no step ${stepId}`);
    const schema = payloadSchemaFor(step);
    return payloads.map((payload, index) => {
      schema.parse(payload);
      return { id: `${spec.id}-${stepId}-${index}`, stepId, by: `deltager-${index}`, at: spec.at, payload };
    });
  });
  return ExerciseRun.parse({
    id: spec.id,
    engagementId: engagement.id,
    meetingId: spec.meetingId,
    agendaItemId: spec.agendaItemId,
    exerciseId: spec.exerciseId,
    startedAt: spec.at,
    endedAt: spec.at,
    answers,
    hiddenAnswerIds: (spec.hidden ?? []).map((key) => `${spec.id}-${key}`),
  });
}

const scaleMarks = (values: number[], words: string[] = []) =>
  values.map((value, index) => (words[index] ? { value, word: words[index] } : { value }));

/** Realistic runs: a scale (+ words, one hidden), a dialogue under the minimum, a curve, boards, a checklist. */
export function exampleRuns(engagement: Engagement): ExerciseRun[] {
  const seminar = meetingOf(engagement, 'seminar');
  const wrapup = meetingOf(engagement, 'opsamlingsmoede');
  const day = (meetingDate: string | undefined, time: string) => `${meetingDate}T${time}:00.000Z`;
  const s = (time: string) => day(seminar.date, time);
  const w = (time: string) => day(wrapup.date, time);
  return [
    run(engagement, {
      id: 'koersel-barometer-seminar',
      meetingId: seminar.id,
      agendaItemId: 'eks-punkt-barometer',
      exerciseId: 'wellbeing-barometer',
      at: s('08:20'),
      answers: {
        barometer: [
          ...scaleMarks(
            [5, 6, 4, 7, 5, 6, 3, 5, 6, 7, 4, 5],
            ['travlhed', 'kolleger', 'travlhed', 'samarbejde', 'overlevering', 'kolleger', 'travlhed'],
          ),
          { value: 1, word: HIDDEN_WORD },
        ],
        samtale: [
          { questionId: 'traekker-op', text: WITHHELD_NOTE },
          { questionId: 'traekker-ned', text: 'Aftenvagten er for tyndt bemandet' },
          { questionId: 'lille-skridt', text: 'Fast tavlemøde om tirsdagen' },
        ],
      },
      hidden: ['barometer-12'],
    }),
    run(engagement, {
      id: 'koersel-krav',
      meetingId: seminar.id,
      agendaItemId: 'eks-punkt-krav',
      exerciseId: 'demands-resources-balance',
      at: s('09:30'),
      answers: {
        felter: [
          { cellId: 'ydre-krav', text: 'Mangelfuld overlevering mellem vagterne' },
          { cellId: 'ydre-krav', text: 'For få hænder på aftenvagten' },
          { cellId: 'ydre-krav', text: 'Uklare prioriteringer på travle dage' },
          { cellId: 'indre-krav', text: 'Vil gerne nå alt for beboerne' },
          { cellId: 'indre-ressourcer', text: 'Lang erfaring' },
          { cellId: 'ydre-ressourcer', text: 'Gode kolleger, der hjælper' },
          { cellId: 'ydre-ressourcer', text: 'En leder, der lytter' },
          { cellId: 'ydre-krav', text: HIDDEN_NOTE },
          { votes: ['koersel-krav-felter-0', 'koersel-krav-felter-0', 'koersel-krav-felter-2'] },
          { votes: ['koersel-krav-felter-0', 'koersel-krav-felter-1', 'koersel-krav-felter-7'] },
        ],
        vaegten: scaleMarks([4, 3, 5, 4, 6, 3]),
      },
      hidden: ['felter-7'],
    }),
    run(engagement, {
      id: 'koersel-kurve',
      meetingId: seminar.id,
      agendaItemId: 'eks-punkt-kurve',
      exerciseId: 'load-curve',
      at: s('10:00'),
      answers: {
        kurven: [
          { points: [4, 5, 7, 8, 6, 5] },
          { points: [5, 5, 6, 8, 8, 6] },
          { points: [3, 4, 6, 7, 7, 5] },
          { points: [5, 6, 8, 9, 7, 6] },
          { points: [4, null, 7, 7, 6, 4] },
          { points: [5, 5, 5, 6, 6, 5], label: 'Aftenvagten' },
        ],
      },
    }),
    run(engagement, {
      id: 'koersel-tjekliste',
      meetingId: seminar.id,
      agendaItemId: 'eks-punkt-tjekliste',
      exerciseId: 'iglo-checklist',
      at: s('10:30'),
      answers: {
        tjekliste: [
          { itemIds: ['overblik-egne-opgaver', 'faelles-overblik', 'forventningsafstemning'] },
          { itemIds: ['faelles-overblik', 'hjaelpe-prioritere'] },
          { itemIds: ['faelles-overblik', 'prioritere-bedre', 'hjaelpe-prioritere'] },
          { itemIds: ['kende-symptomer'] },
          { itemIds: ['faelles-overblik', 'samarbejdsaftaler', 'hjaelpe-prioritere'] },
          { itemIds: [] },
        ],
      },
    }),
    run(engagement, {
      id: 'koersel-handleplan',
      meetingId: seminar.id,
      agendaItemId: 'eks-punkt-handleplan',
      exerciseId: 'iglo-action-plan',
      at: s('11:15'),
      answers: {
        handleplan: [
          { cellId: 'forebyggelse:grupper', text: 'Fast skabelon til vagtoverlevering' },
          { cellId: 'forebyggelse:ledelse', text: 'Ugentligt tavlemøde om opgaver og bemanding' },
          { cellId: 'foerste-tegn:organisation', text: 'Opslag om, hvem man går til ved tegn på stress' },
          { cellId: 'forebyggelse:grupper', text: 'Buddyordning for nye kolleger' },
          { cellId: 'haandtering:individer', text: 'Kursus i at prioritere og sige fra' },
        ],
      },
    }),
    run(engagement, {
      id: 'koersel-barometer-opsamling',
      meetingId: wrapup.id,
      agendaItemId: 'eks-opsamling-barometer',
      exerciseId: 'wellbeing-barometer',
      at: w('12:10'),
      answers: {
        barometer: scaleMarks([6, 7, 6, 5, 7, 6, 6, 8], ['tavlemøde', 'skabelon', 'tavlemøde']),
      },
    }),
  ];
}

export function reportInput(overrides: Partial<ReportInput> = {}): ReportInput {
  const engagement = overrides.engagement ?? engagementWithExercises();
  return {
    kind: 'wrapup',
    engagement,
    runs: overrides.runs ?? exampleRuns(engagement),
    cards: CARDS,
    today: TODAY,
    ...overrides,
  };
}

/** Every word a body would print: text, table cells, lists, and the text inside its SVG charts. */
export function contentText(content: Content | Content[] | undefined): string {
  const out: string[] = [];
  const walk = (node: unknown): void => {
    if (node === null || node === undefined) return;
    if (typeof node === 'string' || typeof node === 'number') {
      out.push(String(node));
      return;
    }
    if (Array.isArray(node)) {
      node.forEach(walk);
      return;
    }
    if (typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    if (typeof record.svg === 'string') out.push(svgText(record.svg));
    for (const key of ['text', 'stack', 'columns', 'ul', 'ol']) if (key in record) walk(record[key]);
    if (record.table && typeof record.table === 'object') walk((record.table as { body: unknown }).body);
  };
  walk(content);
  return out.join('\n');
}

/** The text nodes of an SVG string, unescaped. */
export function svgText(svg: string): string {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)]
    .map((match) => match[1]!)
    .map((text) =>
      text
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/&amp;/g, '&'),
    )
    .join('\n');
}

/** The headings of a body, in order, with their style. */
export function headings(content: Content[]): { style: string; text: string }[] {
  const out: { style: string; text: string }[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    if (typeof record.style === 'string' && ['h1', 'h2', 'h3'].includes(record.style))
      out.push({ style: record.style, text: contentText(record.text as Content) });
    if ('stack' in record) walk(record.stack);
  };
  walk(content);
  return out;
}
