import type { Content, TableCell } from 'pdfmake/interfaces.js';

/**
 * Small building blocks every body may use, so headings, paragraphs and empty
 * sections read the same in all exports. They use only the style names of
 * report-styles.ts.
 */

/** A chapter heading: listed in the contents, kept with what follows it. */
export const h1 = (text: string): Content => ({ text, style: 'h1', tocItem: true, headlineLevel: 1 });

/** A section heading: listed in the contents (indented), kept with what follows it. */
export const h2 = (text: string): Content => ({
  text,
  style: 'h2',
  tocItem: true,
  tocMargin: [14, 0, 0, 0],
  headlineLevel: 2,
});

/** A small heading above a block; not in the contents, but still never left alone at a page's foot. */
export const h3 = (text: string): Content => ({ text, style: 'h3', headlineLevel: 3 });

/** A quiet sentence in place of a section that has nothing to show (never a blank heading). */
export const emptyNote = (text: string): Content => ({ text, style: 'muted', italics: true });

/**
 * Text the user wrote, as paragraphs: blank lines separate paragraphs, single
 * line breaks stay. Blank text gives `empty` (a quiet sentence) instead.
 */
export function paragraphs(text: string, empty: string, style: 'body' | 'lead' = 'body'): Content[] {
  const parts = text
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter(Boolean);
  if (parts.length === 0) return [emptyNote(empty)];
  return parts.map((part) => ({ text: part, style }));
}

/** A header row of a table. */
export const headerRow = (labels: readonly string[]): TableCell[] =>
  labels.map((label) => ({ text: label, style: 'tableHeader' }));

/** A plain body cell. */
export const cell = (text: string, extra: Record<string, unknown> = {}): TableCell => ({
  text,
  style: 'tableCell',
  ...extra,
});
