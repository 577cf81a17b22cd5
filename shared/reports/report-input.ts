import type { Content } from 'pdfmake/interfaces.js';
import type { Engagement } from '../domain/engagement.js';
import type { CatalogueCard } from '../library/catalogue.js';
import type { ExerciseRun } from '../room/exercise-run.js';
import type { ExportKind } from './export-kinds.js';

/**
 * Everything a report is built from. The reports service gathers it (the
 * programme, its runs, the library's cards) and passes it to a pure builder;
 * `today` is an ISO date, so a report is the same for the same input.
 */
export interface ReportInput {
  kind: ExportKind;
  engagement: Engagement;
  runs: readonly ExerciseRun[];
  cards: readonly CatalogueCard[];
  today: string;
  /** The card a worksheet is for. */
  exerciseId?: string;
  /** The meeting a script (drejebog) is for; the first seminar meeting when left out. */
  meetingId?: string;
}

/**
 * The body of one export: pdfmake content that uses only the style names in
 * report-styles.ts. The frame (document.ts) adds the cover, contents, running
 * header, page numbers, metadata and the styles themselves.
 */
export interface ReportBody {
  /** The document's title (cover, metadata, file name). */
  title: string;
  /** One line under the title on the cover, e.g. the period. */
  subtitle?: string;
  /** Landscape for wide tables (the action plan). */
  orientation?: 'portrait' | 'landscape';
  /** Whether the frame adds a cover page and a table of contents. */
  cover: boolean;
  content: Content[];
}
