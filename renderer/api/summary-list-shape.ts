import type { EngagementSummary } from '@shared/domain/engagement';
import { ENGAGEMENT_STATUSES, PHASE_KINDS, SECTORS, THEME_IDS } from '@shared/domain/vocabulary';

type Check = (value: unknown) => boolean;

const isString: Check = (value) => typeof value === 'string';
const isNumber: Check = (value) => typeof value === 'number';
const optional =
  (check: Check): Check =>
  (value) =>
    value === undefined || check(value);
const oneOf = (words: readonly string[]): Check => {
  const known = new Set<unknown>(words);
  return (value) => known.has(value);
};
const isDamaged: Check = (value) =>
  typeof value === 'object' &&
  value !== null &&
  isString((value as Record<string, unknown>).file) &&
  isString((value as Record<string, unknown>).message);

/** Every field of a row; the Record type makes a field added to EngagementSummary fail to compile until it is checked. */
const FIELDS: Record<keyof EngagementSummary, Check> = {
  id: isString,
  title: isString,
  templateId: isString,
  status: oneOf(ENGAGEMENT_STATUSES),
  organisation: isString,
  unit: isString,
  sector: oneOf(SECTORS),
  themes: (value) => Array.isArray(value) && value.every(oneOf(THEME_IDS)),
  currentPhase: oneOf(PHASE_KINDS),
  nextMeetingDate: optional(isString),
  revision: isNumber,
  updatedAt: isString,
  damaged: optional(isDamaged),
};
const ENTRIES = Object.entries(FIELDS);

/**
 * The renderer's check of engagements.list: where the answer first differs
 * from the rows the start screen reads (a path such as "12.status"), or null
 * when it does not. Every field must have its type, and the words the screen
 * turns into labels must be known ones.
 *
 * Not zod, and not the full EngagementSummary schema, on purpose: the server
 * checked every row against that schema where it read the files, and the
 * renderer's CSP (no eval) turns off zod's compiled fast path, so parsing
 * 1,000 rows cost 30-120 ms on the start screen's critical path. This check
 * costs well under a millisecond; the id pattern, date formats and text
 * lengths are left to the server.
 */
export function summaryListProblem(value: unknown): string | null {
  if (!Array.isArray(value)) return '';
  for (let i = 0; i < value.length; i++) {
    const row: unknown = value[i];
    if (typeof row !== 'object' || row === null) return String(i);
    for (const [key, check] of ENTRIES) {
      if (!check((row as Record<string, unknown>)[key])) return `${i}.${key}`;
    }
  }
  return null;
}
