import type { Content, ContentSvg } from 'pdfmake/interfaces.js';
import {
  CHART_SIZES,
  compareCountsChart,
  compareCurvesChart,
  compareDistributionChart,
  countBarsChart,
  curvesChart,
  danishNumber,
  distributionChart,
  stackedRowsChart,
  toSvgString,
  wordCloudChart,
  type ChartSize,
  type CompareLabels,
  type SvgNode,
} from '../charts/index.js';
import { ACTION_STAGE_LABELS, IGLO_LEVEL_LABELS } from '../domain/vocabulary.js';
import type { StepOfKind } from '../library/card.js';
import { boardCells } from '../room/engines/board.js';
import { CURVE_LEVEL_MAX, CURVE_LEVEL_MIN, monthLabel } from '../room/engines/curve.js';
import type { EngineResult, ResultOfKind } from '../room/engines/results.js';
import type { StepResult } from '../room/run-results.js';
import { bullets, emptyNote, styled, table } from './bodies/body-parts.js';
import { REPORT_FONT } from './report-styles.js';

/**
 * A run's results as PDF content: the very charts the projector and the
 * results page draw (shared/charts), as vector `svg` nodes in the report's
 * font and sized for an A4 text column, and tables where a chart would hide
 * the words (boards, dialogue notes, the contact map).
 *
 * These functions only present a result. What may be shown — hidden answers
 * out, results under the room's minimum withheld — is decided before
 * (run-results.ts drops hidden answers; bodies/seminar-results.ts withholds).
 */

/** The PDF chart size: an A4 text column wide, in the report's embedded font. */
export const PDF_CHART: ChartSize = { ...CHART_SIZES.pdf, family: REPORT_FONT };

/** A chart size for a drawing whose rows decide its height (row charts use less when they can). */
export function pdfChartOfRows(rows: number, perRow = 22, base = 44): ChartSize {
  return { ...PDF_CHART, height: Math.min(640, base + rows * perRow) };
}

/** A chart as a pdfmake vector node at its own size (its width is the text column). */
export function svgContent(node: SvgNode): ContentSvg {
  const width = Number(node.attrs?.width ?? PDF_CHART.width);
  // `font` is pdfmake's fallback for SVG text whose family it does not know.
  return { svg: toSvgString(node), width, font: REPORT_FONT, margin: [0, 4, 0, 8] };
}

/** The same step's result of a second run, and how the two runs are named. */
export interface Comparison {
  other: StepResult;
  labels: CompareLabels;
}

/** One step's result as content; with `compare`, the two runs side by side. */
export function stepResultContent(entry: StepResult, compare?: Comparison): Content[] {
  const a = entry.result;
  const b = compare?.other.result ?? null;
  if (!a || a.count === 0) {
    if (compare && b && b.count > 0) return stepResultContent(compare.other);
    return [emptyNote('Ingen svar.')];
  }
  const step = entry.step;
  const labels = compare?.labels;
  switch (a.kind) {
    case 'scale':
      return scaleContent(step as StepOfKind<'scale'>, a, as('scale', b), labels);
    case 'rating':
      return ratingContent(step as StepOfKind<'rating'>, a, as('rating', b), labels);
    case 'curve':
      return curveContent(step as StepOfKind<'curve'>, a, as('curve', b), labels);
    case 'board':
      return boardContent(step as StepOfKind<'board'>, a, as('board', b), labels);
    case 'checklist':
      return checklistContent(step as StepOfKind<'checklist'>, a, as('checklist', b), labels);
    case 'dialogue':
      return dialogueContent(step as StepOfKind<'dialogue'>, a, as('dialogue', b), labels);
    case 'map':
      return mapContent(step as StepOfKind<'map'>, a, as('map', b), labels);
  }
}

function as<K extends EngineResult['kind']>(kind: K, result: EngineResult | null): ResultOfKind<K> | null {
  return result && result.kind === kind && result.count > 0 ? (result as ResultOfKind<K>) : null;
}

const answers = (count: number) => `${count} ${count === 1 ? 'svar' : 'svar'}`;

// ── scale ─────────────────────────────────────────────────────────────────

function scaleFigures(result: ResultOfKind<'scale'>): string {
  const figure = (value: number | null) => (value === null ? '–' : danishNumber(value));
  return `${answers(result.count)} · gennemsnit ${figure(result.mean)} · median ${figure(result.median)}`;
}

function scaleContent(
  step: StepOfKind<'scale'>,
  a: ResultOfKind<'scale'>,
  b: ResultOfKind<'scale'> | null,
  labels: CompareLabels | undefined,
): Content[] {
  const size = { ...PDF_CHART, height: 170 };
  if (b && labels) {
    return [
      styled('body', `${labels.a}: ${scaleFigures(a)}`),
      styled('body', `${labels.b}: ${scaleFigures(b)}`),
      svgContent(
        compareDistributionChart({ title: step.title, labels, a: a.distribution, b: b.distribution }, size),
      ),
      styled('caption', `Søjlernes højde er andelen af kørslens svar; tallet over søjlen er antallet.`),
    ];
  }
  const markers = [
    ...(a.mean === null ? [] : [{ value: a.mean, label: 'Gennemsnit' }]),
    ...(a.median === null ? [] : [{ value: a.median, label: 'Median' }]),
  ];
  const content: Content[] = [
    styled('body', scaleFigures(a)),
    svgContent(
      distributionChart(
        { title: step.title, bars: a.distribution, ends: [step.minLabel, step.maxLabel], markers },
        { ...size, height: 190 },
      ),
    ),
  ];
  if (a.words.length > 0) {
    content.push(
      styled('caption', 'Ordene deltagerne gav, størst de hyppigste:'),
      svgContent(wordCloudChart({ title: 'Ordene', words: a.words }, { ...PDF_CHART, height: 96 })),
    );
  }
  return content;
}

// ── rating ────────────────────────────────────────────────────────────────

function ratingChart(step: StepOfKind<'rating'>, result: ResultOfKind<'rating'>, title: string) {
  return stackedRowsChart(
    {
      title,
      levels: step.scale.map((level) => level.label),
      rows: step.items.map((item) => {
        const entry = result.items.find((i) => i.itemId === item.id);
        return {
          label: item.label,
          counts: step.scale.map(
            (level) => entry?.distribution.find((d) => d.value === level.value)?.count ?? 0,
          ),
          mean: entry?.mean ?? null,
        };
      }),
    },
    pdfChartOfRows(step.items.length, 26, 52),
  );
}

function ratingContent(
  step: StepOfKind<'rating'>,
  a: ResultOfKind<'rating'>,
  b: ResultOfKind<'rating'> | null,
  labels: CompareLabels | undefined,
): Content[] {
  const runs =
    b && labels
      ? ([
          [a, labels.a],
          [b, labels.b],
        ] as const)
      : ([[a, undefined]] as const);
  return runs.flatMap(([result, label]) => [
    ...(label ? [styled('h3', label)] : []),
    styled('body', answers(result.count)),
    svgContent(ratingChart(step, result, step.title)),
    ...ratingNotes(step, result),
  ]);
}

function ratingNotes(step: StepOfKind<'rating'>, result: ResultOfKind<'rating'>): Content[] {
  if (result.notes.length === 0) return [];
  const label = new Map(step.items.map((item) => [item.id, item.label]));
  return [
    styled('caption', 'Noter til punkterne:'),
    bullets(result.notes.map((note) => `${label.get(note.itemId) ?? 'Punkt'}: ${note.text}`)),
  ];
}

// ── curve ─────────────────────────────────────────────────────────────────

const CURVE_LEVELS = { min: CURVE_LEVEL_MIN, max: CURVE_LEVEL_MAX };
const zonesOf = (step: StepOfKind<'curve'>) =>
  step.zones.map((zone) => zone.label) as [string, string, string];

function curveContent(
  step: StepOfKind<'curve'>,
  a: ResultOfKind<'curve'>,
  b: ResultOfKind<'curve'> | null,
  labels: CompareLabels | undefined,
): Content[] {
  const size = { ...PDF_CHART, height: 210 };
  if (b && labels) {
    const positions = a.months.map((_, index) => {
      const back = a.months.length - 1 - index;
      return back === 0 ? 'Samme md.' : `${back} md. før`;
    });
    return [
      styled('body', `${labels.a}: ${a.count} kurver · ${labels.b}: ${b.count} kurver`),
      svgContent(
        compareCurvesChart(
          {
            title: step.title,
            labels,
            positions,
            levels: CURVE_LEVELS,
            zones: zonesOf(step),
            a: a.median,
            b: b.median,
            counts: [a.count, b.count],
          },
          size,
        ),
      ),
      styled(
        'caption',
        'Gruppens median måned for måned; kørslernes måneder tælles bagud fra kørslens måned.',
      ),
    ];
  }
  return [
    styled('body', `${a.count} ${a.count === 1 ? 'kurve' : 'kurver'}`),
    svgContent(
      curvesChart(
        {
          title: step.title,
          months: a.months.map((month) => monthLabel(month, true)),
          levels: CURVE_LEVELS,
          zones: zonesOf(step),
          series: [
            ...a.curves.map((curve, index) => ({
              label: curve.label ?? `Kurve ${index + 1}`,
              points: curve.points,
            })),
            { label: 'Gruppens median', points: a.median, emphasis: true },
          ],
        },
        size,
      ),
    ),
    styled('caption', 'De tynde linjer er deltagernes kurver, den tykke er gruppens median.'),
  ];
}

// ── board ─────────────────────────────────────────────────────────────────

type Note = ResultOfKind<'board'>['notes'][number];
const dotsText = (dots: number) => (dots === 0 ? '' : `${dots} ${dots === 1 ? 'prik' : 'prikker'}`);
/** Most dots first, then in the order they were written. */
const byDots = (notes: readonly Note[]) =>
  notes
    .map((note, index) => ({ note, index }))
    .sort((p, q) => q.note.dots - p.note.dots || p.index - q.index)
    .map(({ note }) => note);

/** The board's notes as a table: a column per field when they fit side by side, else a row per note. */
export function boardTable(step: StepOfKind<'board'>, result: ResultOfKind<'board'>): Content {
  const board = step.board;
  const withDots = result.notes.some((note) => note.dots > 0);
  if (board.layout === 'table') {
    const header = [...board.columns.map((column) => column.label), ...(withDots ? ['Prikker'] : [])];
    const rows = byDots(result.notes).map((note) => [
      ...board.columns.map((column) => note.values?.[column.id] ?? ''),
      ...(withDots ? [String(note.dots)] : []),
    ]);
    return table(
      header,
      rows,
      header.map(() => '*'),
    );
  }
  const cells = boardCells(step);
  const notesIn = (cellId: string) => byDots(result.notes.filter((note) => note.cellId === cellId));
  const noteText = (note: Note) => (note.dots > 0 ? `${note.text} (${dotsText(note.dots)})` : note.text);
  if (board.layout !== 'grid' && cells.length <= 4) {
    const columns = cells.map((boardCell) => notesIn(boardCell.cellId).map(noteText));
    const depth = Math.max(1, ...columns.map((column) => column.length));
    const rows = Array.from({ length: depth }, (_, row) => columns.map((column) => column[row] ?? ''));
    return table(
      cells.map((boardCell) => boardCell.label),
      rows,
      cells.map(() => '*'),
    );
  }
  const rows = cells.flatMap((boardCell) =>
    notesIn(boardCell.cellId).map((note, index) => [
      index === 0 ? boardCell.label : '',
      note.text,
      ...(withDots ? [note.dots > 0 ? String(note.dots) : ''] : []),
    ]),
  );
  return table(
    ['Felt', 'Seddel', ...(withDots ? ['Prikker'] : [])],
    rows,
    withDots ? [150, '*', 40] : [150, '*'],
  );
}

/** IGLO levels and stages the notes took from their cells, e.g. "Ledelse: 3 · Forebyggelse: 4". */
function boardLevels(result: ResultOfKind<'board'>): string | undefined {
  const count = <T extends string>(values: (T | undefined)[], label: Record<T, string>) => {
    const counts = new Map<T, number>();
    for (const value of values) if (value) counts.set(value, (counts.get(value) ?? 0) + 1);
    return [...counts].map(([value, n]) => `${label[value]}: ${n}`);
  };
  const parts = [
    ...count(
      result.notes.map((note) => note.iglo),
      IGLO_LEVEL_LABELS,
    ),
    ...count(
      result.notes.map((note) => note.stage),
      ACTION_STAGE_LABELS,
    ),
  ];
  return parts.length ? `Sedler pr. niveau og fase: ${parts.join(' · ')}` : undefined;
}

function boardContent(
  step: StepOfKind<'board'>,
  a: ResultOfKind<'board'>,
  b: ResultOfKind<'board'> | null,
  labels: CompareLabels | undefined,
): Content[] {
  const notes = (result: ResultOfKind<'board'>) =>
    `${result.count} ${result.count === 1 ? 'seddel' : 'sedler'}`;
  const levels = (result: ResultOfKind<'board'>) => {
    const text = boardLevels(result);
    return text ? [styled('caption', text)] : [];
  };
  if (b && labels) {
    const cells = boardCells(step);
    return [
      svgContent(
        compareCountsChart(
          {
            title: step.title,
            labels,
            rows: cells.map((boardCell) => ({
              label: boardCell.label,
              a: a.cells.find((c) => c.cellId === boardCell.cellId)?.count ?? 0,
              b: b.cells.find((c) => c.cellId === boardCell.cellId)?.count ?? 0,
            })),
            counts: [a.count, b.count],
          },
          pdfChartOfRows(cells.length, 26, 36),
        ),
      ),
      styled('h3', `${labels.a}: ${notes(a)}`),
      boardTable(step, a),
      styled('h3', `${labels.b}: ${notes(b)}`),
      boardTable(step, b),
    ];
  }
  return [styled('body', notes(a)), boardTable(step, a), ...levels(a)];
}

// ── checklist ─────────────────────────────────────────────────────────────

/** A group's name kept on the same page as its chart. */
function groupBlock(label: string | undefined, chart: SvgNode): Content {
  return { stack: [...(label ? [styled('label', label)] : []), svgContent(chart)], unbreakable: true };
}

function checklistCounts(result: ResultOfKind<'checklist'>, itemId: string): number {
  return result.items.find((entry) => entry.itemId === itemId)?.count ?? 0;
}

function checklistContent(
  step: StepOfKind<'checklist'>,
  a: ResultOfKind<'checklist'>,
  b: ResultOfKind<'checklist'> | null,
  labels: CompareLabels | undefined,
): Content[] {
  if (b && labels) {
    const max = Math.max(1, ...[...a.items, ...b.items].map((item) => item.count));
    const charts = step.groups.map((group) => {
      const rows = group.items.map((item) => ({
        label: item.label,
        a: checklistCounts(a, item.id),
        b: checklistCounts(b, item.id),
      }));
      const chart = compareCountsChart(
        { title: group.label ?? step.title, labels, rows, counts: [a.count, b.count], max },
        pdfChartOfRows(rows.length, 30, 36),
      );
      return groupBlock(group.label, chart);
    });
    return [styled('body', `${labels.a}: ${answers(a.count)} · ${labels.b}: ${answers(b.count)}`), ...charts];
  }
  // A chart per group, so a long checklist breaks between groups rather than
  // inside one drawing; all groups share one scale.
  const max = Math.max(1, ...a.items.map((item) => item.count));
  const charts = step.groups.map((group) => {
    const rows = group.items.map((item) => ({
      label: item.label,
      count: checklistCounts(a, item.id),
    }));
    const chart = countBarsChart(
      { title: group.label ?? step.title, rows, unit: 'kryds', max },
      pdfChartOfRows(rows.length, 32, 16),
    );
    return groupBlock(group.label, chart);
  });
  return [styled('body', `${answers(a.count)}; tallet ved hvert punkt er antallet af kryds.`), ...charts];
}

// ── dialogue ──────────────────────────────────────────────────────────────

function dialogueNotes(step: StepOfKind<'dialogue'>, result: ResultOfKind<'dialogue'>): Content[] {
  const content: Content[] = [];
  for (const question of step.questions) {
    const notes = result.notes.filter((note) => note.questionId === question.id).map((note) => note.text);
    if (notes.length === 0) continue;
    content.push(styled('label', question.text), bullets(notes));
  }
  return content.length ? content : [emptyNote('Ingen noter.')];
}

function dialogueContent(
  step: StepOfKind<'dialogue'>,
  a: ResultOfKind<'dialogue'>,
  b: ResultOfKind<'dialogue'> | null,
  labels: CompareLabels | undefined,
): Content[] {
  if (b && labels) {
    return [
      styled('h3', labels.a),
      ...dialogueNotes(step, a),
      styled('h3', labels.b),
      ...dialogueNotes(step, b),
    ];
  }
  return dialogueNotes(step, a);
}

// ── map ───────────────────────────────────────────────────────────────────

/** The units on the map with their fields, their state in words, and the plan for a red contact. */
export function mapTable(step: StepOfKind<'map'>, result: ResultOfKind<'map'>): Content {
  const stateLabel = new Map(step.states.map((state) => [state.id, state.label]));
  const [first, ...rest] = step.unitFields;
  const header = [first!.label, 'Status', 'Detaljer og plan'];
  const rows = result.units.map((unit) => {
    const details = [
      ...rest.map((field) => [field.label, unit.fields[field.id]] as const),
      ...step.planFields.map((field) => [field.label, unit.plan[field.id]] as const),
    ]
      .filter(([, value]) => value?.trim())
      .map(([label, value]) => (label.endsWith('?') ? `${label} ${value}` : `${label}: ${value}`));
    return [unit.fields[first!.id] ?? '', stateLabel.get(unit.state) ?? unit.state, details.join('\n')];
  });
  return table(header, rows, [120, 90, '*']);
}

function mapContent(
  step: StepOfKind<'map'>,
  a: ResultOfKind<'map'>,
  b: ResultOfKind<'map'> | null,
  labels: CompareLabels | undefined,
): Content[] {
  const count = (result: ResultOfKind<'map'>) => {
    const red = result.units.filter((unit) => unit.state === 'red').length;
    return `${result.units.length} enheder på kortet, ${red} med »${step.states[1]?.label ?? 'rød'}«`;
  };
  if (b && labels) {
    return [
      styled('h3', `${labels.a}: ${count(a)}`),
      mapTable(step, a),
      styled('h3', `${labels.b}: ${count(b)}`),
      mapTable(step, b),
    ];
  }
  return [styled('body', count(a)), mapTable(step, a)];
}
