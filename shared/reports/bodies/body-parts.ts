import type { Content, ContentTable, TableCell } from 'pdfmake/interfaces.js';
import type { ReportStyle } from '../report-styles.js';

/**
 * The small building blocks every body is made of, so headings, paragraphs
 * and tables look and behave the same in every export: headings carry
 * `headlineLevel` (the frame keeps them with what follows) and h1/h2 a
 * `tocItem`; tables never split a row and repeat their header.
 */

export { danishDate } from '../danish-date.js';

/** The text with a style from report-styles.ts. */
export function styled(
  style: ReportStyle,
  text: string,
  extra: { margin?: [number, number, number, number] } = {},
): Content {
  return { text, style, ...extra };
}

/** A chapter heading: in the table of contents. */
export function h1(text: string): Content {
  return { text, style: 'h1', tocItem: true, headlineLevel: 1 };
}

/** A section heading: in the table of contents, indented. */
export function h2(text: string): Content {
  return { text, style: 'h2', tocItem: true, tocMargin: [12, 0, 0, 0], headlineLevel: 2 };
}

/** A small heading above a block; not in the table of contents. */
export function h3(text: string): Content {
  return { text, style: 'h3', headlineLevel: 3 };
}

/** Paragraphs of running text from a long text field (blank lines separate paragraphs). */
export function paragraphs(text: string, style: ReportStyle = 'body'): Content[] {
  return text
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => ({ text: part, style }));
}

/** Like paragraphs, but blank text gives `empty` as a quiet sentence instead (never a bare heading). */
export function paragraphsOr(text: string, empty: string, style: ReportStyle = 'body'): Content[] {
  const parts = paragraphs(text, style);
  return parts.length > 0 ? parts : [emptyNote(empty)];
}

/** A label followed by its text, as one paragraph ("Formål: …"). */
export function labelled(label: string, text: string): Content {
  return { text: [{ text: `${label}: `, style: 'label' }, text.trim()], style: 'body' };
}

/** A short, quiet sentence where a section has nothing to show. */
export function emptyNote(text: string): Content {
  return { text, style: 'muted' };
}

export function bullets(items: readonly string[], style: ReportStyle = 'body'): Content {
  return { ul: [...items], style, margin: [0, 0, 0, 6] };
}

export function numbered(items: readonly string[], style: ReportStyle = 'body'): Content {
  return { ol: [...items], style, margin: [0, 0, 0, 6] };
}

export const headerCell = (text: string): TableCell => ({ text, style: 'tableHeader' });
/** The header row of a table. */
export const headerRow = (labels: readonly string[]): TableCell[] => labels.map(headerCell);
/** A plain body cell with extra pdfmake properties (bold, colour). */
export const textCell = (text: string, extra: Record<string, unknown> = {}): TableCell => ({
  text,
  style: 'tableCell',
  ...extra,
});
export const cell = (content: TableCell): TableCell =>
  typeof content === 'string' ? { text: content, style: 'tableCell' } : content;

/**
 * A table with a header row that repeats on every page and rows that never
 * split. `widths` as pdfmake takes them ('*', 'auto', points).
 */
export function table(
  header: readonly string[],
  rows: readonly (readonly TableCell[])[],
  widths: (number | '*' | 'auto')[],
): ContentTable {
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths,
      body: [header.map(headerCell), ...rows.map((row) => row.map(cell))],
    },
    layout: 'lightHorizontalLines',
    margin: [0, 2, 0, 10],
  };
}

/** Text a section would print, trimmed; undefined when there is nothing. */
export function present(text: string | undefined): string | undefined {
  const trimmed = text?.trim();
  return trimmed ? trimmed : undefined;
}
