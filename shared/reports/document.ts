import type {
  Content,
  ContextPageSize,
  CustomTableLayout,
  Margins,
  Node,
  NodeQueries,
  StyleDictionary,
  TDocumentDefinitions,
} from 'pdfmake/interfaces.js';
import type { Engagement } from '../domain/engagement.js';
import { findTemplate } from '../templates/programme-templates.js';
import { danishDate, danishPeriod } from './danish-date.js';
import { EXPORT_KIND_LABELS } from './report-labels.js';
import type { ReportBody, ReportInput } from './report-input.js';
import { REPORT_FONT, type ReportStyle } from './report-styles.js';

/**
 * The frame every export shares: A4 pages with generous margins, a cover and
 * a table of contents when the body asks for them, a running header with the
 * client and unit, »Side N af M«, the metadata, and one typography for the
 * style names of report-styles.ts. Pure: the same input gives the same document.
 */

/** Quiet colours: near-black text, one deep blue-green accent, greys for what is secondary. */
export const REPORT_COLOURS = {
  ink: '#1e2a32',
  accent: '#1f5061',
  accentSoft: '#e8eff1',
  muted: '#5b6770',
  rule: '#c5ced4',
  headerFill: '#eef2f4',
} as const;

/** Points (1/72 inch). Left and right are wide enough for a comfortable line length (~75 characters). */
const MARGINS = {
  portrait: [64, 76, 64, 64] as Margins,
  landscape: [56, 70, 56, 56] as Margins,
};

const BODY_SIZE = 10.5;

/** How each style name of report-styles.ts looks. Every name is defined; the tests check it. */
export const REPORT_STYLE_DEFINITIONS: Record<ReportStyle, StyleDictionary[string]> = {
  h1: { fontSize: 20, bold: true, color: REPORT_COLOURS.accent, lineHeight: 1.15, margin: [0, 6, 0, 10] },
  h2: { fontSize: 14, bold: true, color: REPORT_COLOURS.ink, lineHeight: 1.2, margin: [0, 14, 0, 6] },
  h3: { fontSize: 11.5, bold: true, color: REPORT_COLOURS.ink, margin: [0, 10, 0, 3] },
  body: { fontSize: BODY_SIZE, lineHeight: 1.35, margin: [0, 0, 0, 7] },
  lead: { fontSize: 12.5, lineHeight: 1.35, color: REPORT_COLOURS.ink, margin: [0, 0, 0, 10] },
  muted: { fontSize: 9.5, color: REPORT_COLOURS.muted, lineHeight: 1.3, margin: [0, 0, 0, 6] },
  caption: { fontSize: 8.5, italics: true, color: REPORT_COLOURS.muted, margin: [0, 4, 0, 10] },
  tableHeader: { fontSize: 9, bold: true, color: REPORT_COLOURS.ink, lineHeight: 1.2 },
  tableCell: { fontSize: 9.5, lineHeight: 1.25 },
  label: { fontSize: 8.5, bold: true, color: REPORT_COLOURS.muted, characterSpacing: 0.3 },
};

/** The frame's own styles (cover, contents, header and footer); bodies never use these. */
const FRAME_STYLES: StyleDictionary = {
  coverKicker: { fontSize: 10, bold: true, color: REPORT_COLOURS.accent, characterSpacing: 1.2 },
  coverTitle: { fontSize: 30, bold: true, color: REPORT_COLOURS.ink, lineHeight: 1.1 },
  coverSubtitle: { fontSize: 14, color: REPORT_COLOURS.muted, lineHeight: 1.3 },
  coverLabel: { fontSize: 8.5, bold: true, color: REPORT_COLOURS.muted, characterSpacing: 0.6 },
  coverValue: { fontSize: 11, color: REPORT_COLOURS.ink, lineHeight: 1.3 },
  tocTitle: { fontSize: 20, bold: true, color: REPORT_COLOURS.accent, margin: [0, 6, 0, 18] },
  tocText: { fontSize: 11, color: REPORT_COLOURS.ink, lineHeight: 1.5 },
  tocNumber: { fontSize: 11, color: REPORT_COLOURS.muted },
  running: { fontSize: 8.5, color: REPORT_COLOURS.muted },
  docTitle: { fontSize: 24, bold: true, color: REPORT_COLOURS.ink, lineHeight: 1.1, margin: [0, 0, 0, 4] },
  docMeta: { fontSize: 10, color: REPORT_COLOURS.muted, margin: [0, 0, 0, 18] },
};

/**
 * Tables without a layout of their own get this one: thin rules between rows,
 * no vertical lines, a tinted header row, room around every cell.
 */
export const REPORT_TABLE_LAYOUT: CustomTableLayout = {
  hLineWidth: (i, node) =>
    i === 0 || i === node.table.body.length ? 0.8 : i === (node.table.headerRows ?? 0) ? 0.8 : 0.4,
  vLineWidth: () => 0,
  hLineColor: (i, node) =>
    i === 0 || i === node.table.body.length || i === (node.table.headerRows ?? 0)
      ? REPORT_COLOURS.ink
      : REPORT_COLOURS.rule,
  fillColor: (rowIndex, node) => (rowIndex < (node.table.headerRows ?? 0) ? REPORT_COLOURS.headerFill : null),
  paddingLeft: (i) => (i === 0 ? 6 : 5),
  paddingRight: (i, node) => (i === (node.table.widths?.length ?? 1) - 1 ? 6 : 5),
  paddingTop: () => 4,
  paddingBottom: () => 4,
};

/** The facts on the cover and in the metadata, from the programme. */
export interface ReportFacts {
  organisation: string;
  unit: string;
  /** The period of the programme from its meetings' dates, in words; undefined without dated meetings. */
  period?: string;
  facilitators: string;
  provider: string;
  templateName: string;
  date: string;
}

export function reportFacts(engagement: Engagement, today: string): ReportFacts {
  const dates = engagement.phases
    .flatMap((phase) => phase.meetings.map((meeting) => meeting.date))
    .filter((date): date is string => date !== undefined)
    .sort();
  const template = findTemplate(engagement.templateId);
  const organisations = [
    ...new Set(engagement.facilitators.map((f) => f.organisation.trim()).filter(Boolean)),
  ];
  return {
    organisation: engagement.client.organisation,
    unit: engagement.client.unit,
    period: dates.length > 0 ? danishPeriod(dates[0]!, dates[dates.length - 1]!) : undefined,
    facilitators: engagement.facilitators.map((f) => f.name).join(', '),
    provider: organisations.length > 0 ? organisations.join(', ') : (template?.provider ?? ''),
    templateName: template?.title ?? 'Eget forløb',
    date: danishDate(today),
  };
}

/** True when some heading in the content asks to be listed in the table of contents. */
export function hasTocItems(content: unknown): boolean {
  if (Array.isArray(content)) return content.some(hasTocItems);
  if (typeof content !== 'object' || content === null) return false;
  const node = content as Record<string, unknown>;
  if (node.tocItem) return true;
  return ['stack', 'columns', 'ul', 'ol', 'unbreakable'].some((key) => key in node && hasTocItems(node[key]));
}

/** Gives every table without a layout the report's layout, so all exports' tables look alike. */
export function withReportTableLayout(content: Content): Content {
  if (Array.isArray(content)) return content.map(withReportTableLayout);
  if (typeof content !== 'object' || content === null) return content;
  const node = content as unknown as Record<string, unknown>;
  const copy: Record<string, unknown> = { ...node };
  for (const key of ['stack', 'columns', 'ul', 'ol'] as const) {
    if (Array.isArray(node[key])) copy[key] = (node[key] as Content[]).map(withReportTableLayout);
  }
  if (typeof node.table === 'object' && node.table !== null) {
    const table = node.table as { body: Content[][] };
    copy.table = { ...table, body: table.body.map((row) => row.map(withReportTableLayout)) };
    if (node.layout === undefined) copy.layout = REPORT_TABLE_LAYOUT;
  }
  return copy as unknown as Content;
}

/**
 * Content a reader reads: text other than a table's header cells, a drawing,
 * a picture. pdfmake lists the running header and footer among the nodes on a
 * page too; they carry the style `running` and do not count.
 */
function isReadable(node: Node): boolean {
  if (node.headlineLevel !== undefined) return false;
  const styles = Array.isArray(node.style) ? node.style : [node.style];
  if (styles.includes('running')) return false;
  if (node.svg !== undefined || node.image !== undefined) return true;
  if (node.text === undefined || node.text === '') return false;
  return !styles.includes('tableHeader');
}

/**
 * Room a heading needs below it, in points: itself and a few lines (or a
 * table's header and first row). pdfmake reports the cells of a table row
 * that `dontBreakRows` moves to the next page as if they stayed, so the space
 * left is the check that catches a heading above such a table.
 */
const KEEP_WITH_NEXT = { 1: 130, 2: 100, 3: 64 } as const;

/**
 * No orphaned headings: a heading (a node with `headlineLevel`) moves to the
 * next page when nothing readable follows it on its page (only other
 * headings), or when too little of the page is left for what follows.
 */
export function keepHeadingsWithNext(currentNode: Node, nodeQueries: NodeQueries): boolean {
  const level = currentNode.headlineLevel;
  if (level === undefined) return false;
  const start = currentNode.startPosition;
  if (start && start.verticalRatio > 0) {
    const left = start.pageInnerHeight * (1 - start.verticalRatio);
    const needed = KEEP_WITH_NEXT[Math.min(Math.max(level, 1), 3) as 1 | 2 | 3];
    if (left < needed) return true;
  }
  const page = currentNode.pageNumbers?.[0];
  return !nodeQueries
    .getFollowingNodesOnPage()
    .some((node) => isReadable(node) && (page === undefined || node.pageNumbers?.[0] === page));
}

function coverRow(label: string, value: string | undefined): Content[] {
  if (!value) return [];
  return [
    {
      stack: [
        { text: label.toUpperCase(), style: 'coverLabel' },
        { text: value, style: 'coverValue', margin: [0, 1, 0, 0] },
      ],
      margin: [0, 0, 0, 12],
    },
  ];
}

function cover(body: ReportBody, input: ReportInput, facts: ReportFacts): Content {
  const kicker = EXPORT_KIND_LABELS[input.kind].toUpperCase();
  return {
    stack: [
      { text: kicker, style: 'coverKicker', margin: [0, 120, 0, 14] },
      { text: body.title, style: 'coverTitle' },
      ...(body.subtitle
        ? [{ text: body.subtitle, style: 'coverSubtitle', margin: [0, 8, 0, 0] } as Content]
        : []),
      {
        canvas: [
          { type: 'line', x1: 0, y1: 0, x2: 72, y2: 0, lineWidth: 2.5, lineColor: REPORT_COLOURS.accent },
        ],
        margin: [0, 28, 0, 28],
      },
      ...coverRow('Kunde', facts.organisation),
      ...coverRow('Enhed', facts.unit),
      ...coverRow('Periode', facts.period),
      ...coverRow('Facilitatorer', facts.facilitators),
      ...coverRow(
        'Udbyder og forløbsmodel',
        [facts.provider, facts.templateName].filter(Boolean).join(' · '),
      ),
      ...coverRow('Dato', facts.date),
    ],
    pageBreak: 'after',
  };
}

/** A title block at the top of the first page, for exports without a cover. */
function titleBlock(body: ReportBody, facts: ReportFacts): Content {
  const meta = [`${facts.organisation}, ${facts.unit}`, body.subtitle, facts.date]
    .filter(Boolean)
    .join(' · ');
  return {
    stack: [
      { text: body.title, style: 'docTitle' },
      { text: meta, style: 'docMeta' },
    ],
  };
}

function runningHeader(body: ReportBody, facts: ReportFacts, margins: Margins) {
  const [left, , right] = margins as [number, number, number, number];
  return (currentPage: number, _pageCount: number, pageSize: ContextPageSize): Content => {
    if (body.cover && currentPage === 1) return '';
    return {
      margin: [left, 34, right, 0],
      stack: [
        {
          columns: [
            { text: `${facts.organisation} · ${facts.unit}`, style: 'running', width: '*' },
            { text: body.title, style: 'running', alignment: 'right', width: 'auto' },
          ],
        },
        {
          canvas: [
            {
              type: 'line',
              x1: 0,
              y1: 5,
              x2: pageSize.width - left - right,
              y2: 5,
              lineWidth: 0.5,
              lineColor: REPORT_COLOURS.rule,
            },
          ],
        },
      ],
    };
  };
}

function runningFooter(body: ReportBody, kind: ReportInput['kind'], margins: Margins) {
  const [left, , right] = margins as [number, number, number, number];
  return (currentPage: number, pageCount: number): Content => {
    if (body.cover && currentPage === 1) return '';
    return {
      margin: [left, 22, right, 0],
      columns: [
        { text: EXPORT_KIND_LABELS[kind], style: 'running', width: '*' },
        { text: `Side ${currentPage} af ${pageCount}`, style: 'running', alignment: 'right', width: 'auto' },
      ],
    };
  };
}

function coverBand(body: ReportBody) {
  return (currentPage: number, pageSize: ContextPageSize): Content =>
    body.cover && currentPage === 1
      ? { canvas: [{ type: 'rect', x: 0, y: 0, w: 14, h: pageSize.height, color: REPORT_COLOURS.accent }] }
      : '';
}

/** The document definition pdfmake renders: the body inside the frame. */
export function buildDocument(body: ReportBody, input: ReportInput): TDocumentDefinitions {
  const facts = reportFacts(input.engagement, input.today);
  const orientation = body.orientation ?? 'portrait';
  const margins = MARGINS[orientation];
  const withToc = body.cover && hasTocItems(body.content);
  const content: Content[] = [];
  if (body.cover) content.push(cover(body, input, facts));
  else content.push(titleBlock(body, facts));
  if (withToc) {
    content.push({
      toc: {
        title: { text: 'Indhold', style: 'tocTitle' },
        textStyle: 'tocText',
        numberStyle: 'tocNumber',
        outlines: true,
      },
      pageBreak: 'after',
    });
  }
  content.push(...body.content.map(withReportTableLayout));

  const kindLabel = EXPORT_KIND_LABELS[input.kind];
  const author = [facts.facilitators, facts.provider].filter(Boolean).join(' · ');
  return {
    pageSize: 'A4',
    pageOrientation: orientation,
    pageMargins: margins,
    language: 'da',
    info: {
      title: body.title,
      author: author || 'Forløb',
      subject: `${kindLabel} for ${facts.organisation}, ${facts.unit}`,
      keywords: [
        'psykisk arbejdsmiljø',
        kindLabel.toLowerCase(),
        facts.organisation,
        facts.unit,
        facts.templateName,
      ].join(', '),
      creator: 'Forløb',
      producer: 'Forløb',
    },
    defaultStyle: { font: REPORT_FONT, fontSize: BODY_SIZE, color: REPORT_COLOURS.ink, lineHeight: 1.3 },
    styles: { ...REPORT_STYLE_DEFINITIONS, ...FRAME_STYLES },
    background: coverBand(body),
    header: runningHeader(body, facts, margins),
    footer: runningFooter(body, input.kind, margins),
    pageBreakBefore: keepHeadingsWithNext,
    content,
  };
}
