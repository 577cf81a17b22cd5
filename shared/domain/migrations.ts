import { ENGAGEMENT_SCHEMA_VERSION } from './engagement.js';
import { migrateV1ToV2 } from './migration-v1-v2.js';

export type RawDocument = Record<string, unknown>;

/** Upgrades a document by one schema version; the chain sets `schemaVersion` itself. */
export type Migration = (doc: RawDocument) => RawDocument;

/** Step `n` upgrades a document written with schemaVersion `n` to `n + 1`. */
export type MigrationChain = ReadonlyMap<number, Migration>;

/** The real chain. */
export const ENGAGEMENT_MIGRATIONS: MigrationChain = new Map([[1, migrateV1ToV2]]);

export type MigrationResult =
  | { ok: true; doc: RawDocument; from: number }
  | { ok: false; problem: 'not-an-object' | 'no-version' }
  | { ok: false; problem: 'newer' | 'no-step'; version: number };

const isRecord = (value: unknown): value is RawDocument =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Brings a parsed document up to `target`, one step at a time. Does not validate the result. */
export function migrate(
  raw: unknown,
  chain: MigrationChain = ENGAGEMENT_MIGRATIONS,
  target: number = ENGAGEMENT_SCHEMA_VERSION,
): MigrationResult {
  if (!isRecord(raw)) return { ok: false, problem: 'not-an-object' };
  const version = raw.schemaVersion;
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 0) {
    return { ok: false, problem: 'no-version' };
  }
  if (version > target) return { ok: false, problem: 'newer', version };
  let doc = raw;
  for (let v = version; v < target; v++) {
    const step = chain.get(v);
    if (!step) return { ok: false, problem: 'no-step', version: v };
    doc = { ...step(doc), schemaVersion: v + 1 };
  }
  return { ok: true, doc, from: version };
}
