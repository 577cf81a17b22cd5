/**
 * A change to a JSON document: the value now found at `path`, or that nothing
 * is there any more. A path is the keys and array indices from the root; the
 * empty path is the whole document. The outbox journals these per keystroke,
 * so an edit costs what it changed, not what the programme weighs.
 */
export type PathSegment = string | number;

export type Change = { path: PathSegment[]; value: unknown } | { path: PathSegment[]; removed: true };

/** Keys that would reach Object.prototype when a journalled path is applied. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export function isSafePath(path: readonly PathSegment[]): boolean {
  return path.every((segment) => typeof segment === 'number' || !FORBIDDEN_KEYS.has(segment));
}

const isContainer = (value: unknown): value is Record<PathSegment, unknown> =>
  value !== null && typeof value === 'object';

/** The value at `path`, or `found: false` when the path leads nowhere. */
export function valueAt(root: unknown, path: readonly PathSegment[]): { found: boolean; value?: unknown } {
  let node = root;
  for (const segment of path) {
    if (!isContainer(node) || !Object.hasOwn(node, segment)) return { found: false };
    node = node[segment];
  }
  return { found: true, value: node };
}

/**
 * Applies `changes` in order to `root`, changing it in place, and returns the
 * root (a change at the empty path replaces it). Values are used as given,
 * not copied. A change whose parent does not exist is skipped: the recorder
 * never makes one, and on recovery it means the row it edited is gone from
 * the base it is replayed onto.
 */
export function applyChanges<T>(root: T, changes: readonly Change[]): T {
  let result: unknown = root;
  for (const change of changes) {
    if (!isSafePath(change.path)) continue;
    if (change.path.length === 0) {
      if (!('removed' in change)) result = change.value;
      continue;
    }
    const parent = valueAt(result, change.path.slice(0, -1));
    const key = change.path[change.path.length - 1]!;
    if (!parent.found || !isContainer(parent.value)) continue;
    if ('removed' in change) delete parent.value[key];
    else parent.value[key] = change.value;
  }
  return result as T;
}

/** A copy of a value to keep: primitives as they are, objects deeply (a keystroke's string costs nothing). */
export function copyValue<T>(value: T): T {
  return value !== null && typeof value === 'object' ? structuredClone(value) : value;
}

/** Copies of changes, so later edits of the document cannot alter them. */
export function copyChanges(changes: readonly Change[]): Change[] {
  return changes.map((change) =>
    'removed' in change
      ? { path: [...change.path], removed: true }
      : { path: [...change.path], value: copyValue(change.value) },
  );
}
