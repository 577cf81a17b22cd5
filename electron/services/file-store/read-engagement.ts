import { promises as fs } from 'node:fs';
import { StoredEngagement, type Engagement } from '../../../shared/domain/engagement.js';
import type { ReadProblem } from './errors.js';
import { isNotFound, readWithStamp, type FileStamp } from './fs-utils.js';
import { migrate, type MigrationChain } from '../../../shared/domain/migrations.js';

export type ParseOutcome =
  { ok: true; engagement: Engagement } | { ok: false; problem: ReadProblem; revisionHint?: number };

export type ReadOutcome =
  | { kind: 'ok'; engagement: Engagement; stamp: FileStamp }
  | { kind: 'missing' }
  | { kind: 'damaged'; problem: ReadProblem; stamp?: FileStamp; revisionHint?: number };

/** A revision number from a document that failed validation, if it has a plausible one. */
function revisionHintOf(raw: unknown): number | undefined {
  if (typeof raw !== 'object' || raw === null || !('revision' in raw)) return undefined;
  const { revision } = raw;
  return typeof revision === 'number' && Number.isSafeInteger(revision) && revision > 0
    ? revision
    : undefined;
}

/** JSON.parse, migrate to the current schema version, validate. Never throws. */
export function parseEngagement(text: string, chain: MigrationChain): ParseOutcome {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return {
      ok: false,
      problem: { reason: 'indholdet er ikke gyldig JSON (filen kan være afbrudt under skrivning)' },
    };
  }
  const revisionHint = revisionHintOf(raw);
  const migrated = migrate(raw, chain);
  if (!migrated.ok) {
    switch (migrated.problem) {
      case 'newer':
        return {
          ok: false,
          problem: { reason: 'den er skrevet af en nyere version af Forløb', newerVersion: migrated.version },
          revisionHint,
        };
      case 'no-step':
        return {
          ok: false,
          problem: { reason: `den kan ikke opgraderes fra skemaversion ${migrated.version}` },
          revisionHint,
        };
      case 'no-version':
        return { ok: false, problem: { reason: 'den mangler en gyldig skemaversion' }, revisionHint };
      case 'not-an-object':
        return { ok: false, problem: { reason: 'indholdet er ikke et forløb' }, revisionHint };
    }
  }
  // The structure only: a file saved before a rule was added must still open.
  const result = StoredEngagement.safeParse(migrated.doc);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` (${issue.path.map(String).join('.')})` : '';
    return {
      ok: false,
      problem: {
        reason: `indholdet har ikke det forventede format${where}: ${issue?.message ?? 'ukendt fejl'}`,
      },
      revisionHint,
    };
  }
  return { ok: true, engagement: result.data };
}

/** Reads and validates one engagement file (current or from history). Throws only on unexpected I/O errors. */
export async function readEngagementFile(file: string, chain: MigrationChain): Promise<ReadOutcome> {
  let read: { text: string; stamp: FileStamp };
  try {
    read = await readWithStamp(file);
  } catch (error) {
    if (isNotFound(error)) return { kind: 'missing' };
    const stats = await fs.stat(file).catch(() => undefined);
    if (stats?.isDirectory())
      return { kind: 'damaged', problem: { reason: 'der ligger en mappe i stedet for en fil' } };
    throw error;
  }
  const parsed = parseEngagement(read.text, chain);
  if (parsed.ok) return { kind: 'ok', engagement: parsed.engagement, stamp: read.stamp };
  return { kind: 'damaged', problem: parsed.problem, stamp: read.stamp, revisionHint: parsed.revisionHint };
}
