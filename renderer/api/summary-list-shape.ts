import { ENGAGEMENT_STATUSES, PHASE_KINDS, SECTORS, THEME_IDS } from '@shared/domain/vocabulary';

const STATUSES = new Set<unknown>(ENGAGEMENT_STATUSES);
const SECTOR_SET = new Set<unknown>(SECTORS);
const PHASES = new Set<unknown>(PHASE_KINDS);
const THEMES = new Set<unknown>(THEME_IDS);

/** The first field of one row that the start screen could not read, or null. */
function rowProblem(row: Record<string, unknown>): string | null {
  if (typeof row.id !== 'string') return 'id';
  if (typeof row.title !== 'string') return 'title';
  if (typeof row.templateId !== 'string') return 'templateId';
  if (!STATUSES.has(row.status)) return 'status';
  if (typeof row.organisation !== 'string') return 'organisation';
  if (typeof row.unit !== 'string') return 'unit';
  if (!SECTOR_SET.has(row.sector)) return 'sector';
  if (!Array.isArray(row.themes) || !row.themes.every((theme) => THEMES.has(theme))) return 'themes';
  if (!PHASES.has(row.currentPhase)) return 'currentPhase';
  if (row.nextMeetingDate !== undefined && typeof row.nextMeetingDate !== 'string') return 'nextMeetingDate';
  if (typeof row.revision !== 'number') return 'revision';
  if (typeof row.updatedAt !== 'string') return 'updatedAt';
  if (row.damaged !== undefined) {
    const damaged = row.damaged as Record<string, unknown> | null;
    if (typeof damaged !== 'object' || damaged === null) return 'damaged';
    if (typeof damaged.file !== 'string' || typeof damaged.message !== 'string') return 'damaged';
  }
  return null;
}

/**
 * The renderer's check of engagements.list: where the answer first differs
 * from the rows the start screen reads (a path such as "12.status"), or null
 * when it does not. Every field must have its type, and the words the screen
 * turns into labels must be known ones. (A unit test holds this to every
 * field of the EngagementSummary schema.)
 *
 * Not zod, and not the full schema, on purpose: the server checked every row
 * against EngagementSummary where it read the files, and the renderer's CSP
 * (no eval) turns off zod's compiled fast path, so parsing 1,000 rows cost
 * 30-120 ms on the start screen's critical path. This plain check runs in a
 * few milliseconds even before the browser has optimised it; the id pattern,
 * date formats and text lengths are left to the server.
 */
export function summaryListProblem(value: unknown): string | null {
  if (!Array.isArray(value)) return '';
  for (let i = 0; i < value.length; i++) {
    const row: unknown = value[i];
    if (typeof row !== 'object' || row === null) return String(i);
    const problem = rowProblem(row as Record<string, unknown>);
    if (problem !== null) return `${i}.${problem}`;
  }
  return null;
}
