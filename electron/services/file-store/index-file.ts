import { promises as fs } from 'node:fs';
import { z } from 'zod';
import type { Engagement, EngagementSummary } from '../../../shared/domain/engagement.js';
import { summaryFields, withSchedule } from '../../../shared/domain/engagement-summary.js';
import { Id, IsoDate, IsoDateTime } from '../../../shared/domain/primitives.js';
import { EngagementStatus, PhaseKind, Sector, ThemeId } from '../../../shared/domain/vocabulary.js';
import { isNotFound, type FileStamp } from './fs-utils.js';

const INDEX_FORMAT = 1;

const Stamp = z.object({ mtimeMs: z.number(), size: z.number(), ino: z.number() });

/**
 * One programme in index.json: the stored part of its summary, the meeting
 * dates per phase (the current phase depends on today's date, so it is
 * computed at list time), and the stamp of the engagement.json it came from.
 */
export const IndexEntry = z.object({
  id: Id,
  title: z.string(),
  templateId: Id,
  status: EngagementStatus,
  organisation: z.string(),
  unit: z.string(),
  sector: Sector,
  themes: z.array(ThemeId),
  revision: z.number().int().min(1),
  updatedAt: IsoDateTime,
  schedule: z.array(z.object({ kind: PhaseKind, dates: z.array(IsoDate.nullable()) })),
  damaged: z.object({ file: z.string(), message: z.string() }).optional(),
  /** Null when there is no engagement.json to compare with (shown damaged, re-checked every load). */
  stamp: Stamp.nullable(),
});
export type IndexEntry = z.infer<typeof IndexEntry>;

const IndexFile = z.object({ format: z.literal(INDEX_FORMAT), entries: z.array(IndexEntry) });

export function entryFromEngagement(engagement: Engagement, stamp: FileStamp | null): IndexEntry {
  return {
    ...summaryFields(engagement),
    schedule: engagement.phases.map((phase) => ({
      kind: phase.kind,
      dates: phase.meetings.map((meeting) => meeting.date ?? null),
    })),
    stamp,
  };
}

/** Stand-in fields for a programme whose file cannot be read and that nothing better is known about. */
export function placeholderEntry(id: string, updatedAt: string): IndexEntry {
  return {
    id,
    title: `Forløb der ikke kan læses (${id})`,
    templateId: 'custom',
    status: 'aktiv',
    organisation: '',
    unit: '',
    sector: 'privat',
    themes: [],
    revision: 1,
    updatedAt,
    schedule: [],
    stamp: null,
  };
}

/** scheduleStatus reads only phase kinds and meeting dates; everything else here is filler. */
function schedulePhases(schedule: IndexEntry['schedule']): Engagement['phases'] {
  return schedule.map((phase, p) => ({
    id: `p${p}`,
    kind: phase.kind,
    title: '',
    meetings: phase.dates.map((date, m) => ({
      id: `m${m}`,
      kind: 'seminar',
      title: '',
      description: '',
      date: date ?? undefined,
      mode: 'on-site',
      minutes: 0,
      record: { participants: '', notes: '', decisions: '' },
      agenda: [],
    })),
  }));
}

export function summaryOf(entry: IndexEntry, today: string): EngagementSummary {
  const { schedule, stamp: _stamp, damaged, ...fields } = entry;
  const summary = withSchedule(fields, { phases: schedulePhases(schedule) }, today);
  return damaged ? { ...summary, damaged } : summary;
}

/** The entries of index.json, or undefined when it is missing or not trustworthy (then it is rebuilt). */
export async function readIndexFile(file: string): Promise<Map<string, IndexEntry> | undefined> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw error;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return undefined;
  }
  const parsed = IndexFile.safeParse(raw);
  if (!parsed.success) return undefined;
  return new Map(parsed.data.entries.map((entry) => [entry.id, entry]));
}

export function serializeIndex(entries: Iterable<IndexEntry>): string {
  return JSON.stringify({ format: INDEX_FORMAT, entries: [...entries] });
}
