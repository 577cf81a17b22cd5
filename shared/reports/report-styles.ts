/**
 * The named styles a report body may use. The frame (document.ts) defines how
 * each looks, so every export shares one typography. Keep bodies to these names.
 */
export const REPORT_STYLES = {
  /** A chapter heading; starts the chapter, appears in the table of contents. */
  h1: 'h1',
  /** A section heading inside a chapter; in the table of contents, indented. */
  h2: 'h2',
  /** A small heading above a block (an exercise's step, a criterion). */
  h3: 'h3',
  /** Running text. */
  body: 'body',
  /** A short lead paragraph under a heading. */
  lead: 'lead',
  /** Quiet text: sources, notes under a chart, empty-state lines. */
  muted: 'muted',
  /** A caption under a chart or table. */
  caption: 'caption',
  /** Header cells of a table. */
  tableHeader: 'tableHeader',
  /** Body cells of a table. */
  tableCell: 'tableCell',
  /** A label in a label/value pair (e.g. »Ansvarlig«). */
  label: 'label',
} as const;

export type ReportStyle = keyof typeof REPORT_STYLES;

/** The font family every report uses; the renderer maps it to the TTF files in resources/fonts. */
export const REPORT_FONT = 'SourceSans3';
