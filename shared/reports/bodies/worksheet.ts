import type { Content, ContentTable, TableCell } from 'pdfmake/interfaces.js';
import { curvesChart } from '../../charts/index.js';
import type { ExerciseStep, SlideBlock, StepOfKind } from '../../library/card.js';
import { SOURCE_DOCUMENT_LABELS } from '../../library/sources.js';
import { CURVE_LEVEL_MAX, CURVE_LEVEL_MIN } from '../../room/engines/curve.js';
import { ApiError } from '../../errors.js';
import { PDF_CHART, svgContent } from '../pdf-charts.js';
import type { ReportBody, ReportInput } from '../report-input.js';
import { bullets, h2, h3, labelled, paragraphs, present, styled, table } from './body-parts.js';

/**
 * A printable sheet for one card of the library: its purpose, and each step
 * drawn to be filled in by hand — lines to write on, a board's fields as an
 * empty grid, a scale as numbered boxes, a curve as an empty chart with its
 * months and levels, a checklist with boxes, dialogue questions with room
 * to answer.
 */
export function buildWorksheetBody(input: ReportInput): ReportBody {
  const card = input.cards.find((candidate) => candidate.id === input.exerciseId);
  if (!card)
    throw new ApiError(
      input.exerciseId ? 'not_found' : 'invalid_argument',
      input.exerciseId
        ? 'Øvelsen findes ikke i biblioteket. Vælg en øvelse fra biblioteket, og prøv igen.'
        : 'Vælg den øvelse, arbejdsarket skal laves til.',
      { exerciseId: input.exerciseId },
    );
  return {
    title: card.title,
    subtitle: 'Arbejdsark',
    cover: false,
    content: [
      nameAndDate(),
      ...paragraphs(card.purpose, 'lead'),
      ...(card.prompts.length > 0 ? [styled('label', 'I skal svare på'), bullets(card.prompts)] : []),
      ...card.steps.flatMap((step, index) => stepSheet(step, card.steps.length > 1 ? index + 1 : undefined)),
      styled('muted', `Kilde: ${SOURCE_DOCUMENT_LABELS[card.source.document]}, ${card.source.section}`, {
        margin: [0, 16, 0, 0],
      }),
    ],
  };
}

const COLUMN = 481;
const LINE_GAP = 22;

/** Ruled lines to write on. */
export function writeLines(count: number): Content {
  return {
    canvas: Array.from({ length: count }, (_, index) => ({
      type: 'line' as const,
      x1: 0,
      y1: (index + 1) * LINE_GAP,
      x2: COLUMN,
      y2: (index + 1) * LINE_GAP,
      lineWidth: 0.5,
      lineColor: '#9aa3ad',
    })),
    margin: [0, 0, 0, 10],
  };
}

/** A box to tick, then its text. */
function tickRow(text: string): Content {
  return {
    columns: [
      {
        width: 18,
        canvas: [{ type: 'rect', x: 0, y: 2, w: 10, h: 10, lineWidth: 0.8, lineColor: '#333333' }],
      },
      { width: '*', text, style: 'body' },
    ],
    columnGap: 4,
  };
}

function nameAndDate(): Content {
  return {
    columns: [
      { width: '*', stack: [styled('label', 'Navn eller gruppe'), { canvas: [line(300)] }] },
      { width: 150, stack: [styled('label', 'Dato'), { canvas: [line(150)] }] },
    ],
    columnGap: 24,
    margin: [0, 0, 0, 8],
  };
}

const line = (width: number) => ({
  type: 'line' as const,
  x1: 0,
  y1: LINE_GAP,
  x2: width,
  y2: LINE_GAP,
  lineWidth: 0.5,
  lineColor: '#9aa3ad',
});

/**
 * A table with every border drawn (a grid to write in): a header row, then
 * rows of the given height.
 */
function gridTable(
  header: TableCell[],
  rows: TableCell[][],
  widths: ContentTable['table']['widths'],
  height: number,
): ContentTable {
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths,
      heights: (row: number) => (row === 0 ? 'auto' : height) as number,
      body: [header, ...rows],
    },
    layout: {
      hLineWidth: () => 0.6,
      vLineWidth: () => 0.6,
      hLineColor: () => '#6b7580',
      vLineColor: () => '#6b7580',
    },
    margin: [0, 2, 0, 12],
  };
}

const head = (text: string): TableCell => ({ text, style: 'tableHeader' });
const blank = (): TableCell => ({ text: '', style: 'tableCell' });

function stepSheet(step: ExerciseStep, number: number | undefined): Content[] {
  const heading = number ? `${number}. ${step.title}` : step.title;
  return [h2(heading), ...(present(step.prompt) ? [styled('body', step.prompt!)] : []), ...fillIn(step)];
}

function fillIn(step: ExerciseStep): Content[] {
  switch (step.kind) {
    case 'slide':
      return step.blocks.flatMap(slideBlock);
    case 'scale':
      return scaleSheet(step);
    case 'rating':
      return [
        gridTable(
          [head('Punkt'), ...step.scale.map((level) => head(level.label))],
          step.items.map((item) => [{ text: item.label, style: 'tableCell' }, ...step.scale.map(blank)]),
          ['*', ...step.scale.map(() => 46)],
          20,
        ),
        ...(step.notes ? [styled('label', 'Noter'), writeLines(3)] : []),
      ];
    case 'curve':
      return curveSheet(step);
    case 'board':
      return boardSheet(step);
    case 'checklist':
      return step.groups.flatMap((group) => [
        ...(group.label ? [h3(group.label)] : []),
        ...group.items.map((item) => tickRow(item.label)),
      ]);
    case 'dialogue':
      return step.questions.flatMap((question) => [
        styled('label', question.text),
        writeLines(question.minutes && question.minutes > 5 ? 6 : 4),
      ]);
    case 'map':
      return mapSheet(step);
  }
}

function slideBlock(block: SlideBlock): Content[] {
  switch (block.type) {
    case 'heading':
      return [h3(block.text)];
    case 'paragraph':
      return paragraphs(block.text);
    case 'bullets':
      return [bullets(block.items)];
    case 'table':
      return [
        table(
          block.header,
          block.rows,
          block.header.map(() => '*'),
        ),
      ];
    case 'model':
      return [
        ...(block.title ? [styled('label', block.title)] : []),
        bullets(block.items.map((item) => (item.text ? `${item.label}: ${item.text}` : item.label))),
      ];
  }
}

function scaleSheet(step: StepOfKind<'scale'>): Content[] {
  const values = Array.from({ length: step.max - step.min + 1 }, (_, index) => step.min + index);
  return [
    styled('muted', 'Sæt ét kryds i den boks, der passer bedst.'),
    gridTable(
      values.map((value) => ({ text: String(value), style: 'tableHeader', alignment: 'center' as const })),
      [values.map(blank)],
      values.map(() => '*'),
      26,
    ),
    {
      columns: [
        { text: step.minLabel, style: 'muted' },
        { text: step.maxLabel, style: 'muted', alignment: 'right' },
      ],
      margin: [0, -8, 0, 10],
    },
    ...(step.askWhy ? [styled('label', 'Hvorfor står dit kryds der?'), writeLines(2)] : []),
  ];
}

/** The months back from now, oldest first: "5 md. siden" … "Denne md.". */
function monthTicks(monthsBack: number): string[] {
  return Array.from({ length: monthsBack }, (_, index) => {
    const back = monthsBack - 1 - index;
    return back === 0 ? 'Denne md.' : `${back} md. siden`;
  });
}

function curveSheet(step: StepOfKind<'curve'>): Content[] {
  const chart = curvesChart(
    {
      title: step.title,
      months: monthTicks(step.monthsBack),
      levels: { min: CURVE_LEVEL_MIN, max: CURVE_LEVEL_MAX },
      zones: step.zones.map((zone) => zone.label) as [string, string, string],
      series: [],
      guides: true,
    },
    { ...PDF_CHART, height: 250 },
  );
  return [
    styled('muted', 'Sæt et punkt for hver måned, og tegn en linje mellem punkterne.'),
    svgContent(chart),
    ...step.zones.flatMap((zone) => (zone.help ? [labelled(zone.label, zone.help)] : [])),
    ...step.questions.flatMap((question) => [styled('label', question), writeLines(3)]),
  ];
}

function boardSheet(step: StepOfKind<'board'>): Content[] {
  const board = step.board;
  switch (board.layout) {
    case 'fields':
    case 'columns': {
      const axes = board.layout === 'fields' ? board.fields : board.columns;
      // Four side by side at most; more fields go on further rows of the grid.
      const perRow = Math.min(4, axes.length);
      const content: Content[] = [];
      for (let start = 0; start < axes.length; start += perRow) {
        const part = axes.slice(start, start + perRow);
        const cells = [...part, ...Array.from({ length: perRow - part.length }, () => undefined)];
        content.push(
          gridTable(
            cells.map((axis) => head(axis?.label ?? '')),
            [cells.map(blank)],
            cells.map(() => '*'),
            axes.length > 4 ? 150 : 230,
          ),
        );
      }
      const help = axes.filter((axis) => axis.help);
      if (help.length) content.push(...help.map((axis) => labelled(axis.label, axis.help!)));
      return content;
    }
    case 'grid':
      return [
        gridTable(
          [head(''), ...board.columns.map((column) => head(column.label))],
          board.rows.map((row) => [{ text: row.label, style: 'tableHeader' }, ...board.columns.map(blank)]),
          [80, ...board.columns.map(() => '*' as const)],
          70,
        ),
      ];
    case 'table':
      return [
        gridTable(
          board.columns.map((column) => head(column.label)),
          Array.from({ length: 10 }, () => board.columns.map(blank)),
          board.columns.map(() => '*'),
          28,
        ),
      ];
  }
}

function mapSheet(step: StepOfKind<'map'>): Content[] {
  const [green, red] = step.states;
  const units = step.suggestedUnits.map((unit) => unit.label);
  const rows = [...units, ...Array.from({ length: Math.max(3, 8 - units.length) }, () => '')];
  const first = step.unitFields[0]!;
  return [
    styled(
      'muted',
      `Skriv for hver enhed, og sæt kryds: ${green?.label ?? 'grøn'} eller ${red?.label ?? 'rød'}.`,
    ),
    gridTable(
      [
        ...step.unitFields.map((field) => head(field.label)),
        head(green?.label ?? 'Grøn'),
        head(red?.label ?? 'Rød'),
      ],
      rows.map((unit) => [
        { text: unit, style: 'tableCell' },
        ...step.unitFields.slice(1).map(blank),
        blank(),
        blank(),
      ]),
      [...step.unitFields.map(() => '*' as const), 44, 44],
      30,
    ),
    h3(`Plan for enheder med »${red?.label ?? 'rød'}«`),
    gridTable(
      [head(first.label), ...step.planFields.map((field) => head(field.label))],
      Array.from({ length: 5 }, () => [blank(), ...step.planFields.map(blank)]),
      ['*', ...step.planFields.map(() => '*' as const)],
      34,
    ),
  ];
}
