import { applyChanges, copyValue, valueAt, type Change, type PathSegment } from './changes';

export interface RecordOptions {
  /**
   * The object a write to `target` must go through. The engagement store
   * passes Vue's `reactive`, so the page updates; by default the write goes
   * to the object itself.
   */
  writeThrough?: <O extends object>(target: O) => O;
  /** Unwraps a proxy made outside the recording (Vue's `toRaw`), so no proxy ends up in the data. */
  toRaw?: <O>(value: O) => O;
  /**
   * Keep a copy of what each path held before it was first written, so
   * `inverse()` can undo the edit. Costs a copy of each overwritten value
   * (for a keystroke, the old string).
   */
  keepBefore?: boolean;
}

const INDEX = /^(?:0|[1-9]\d*)$/;

const isObject = (value: unknown): value is object => value !== null && typeof value === 'object';

/**
 * A stand-in for `root` that notes every path written or deleted through it.
 * `changes()` gives those edits as changes: each touched path with the value
 * it holds now, or `removed` when nothing is there. A path under another
 * touched path is left out (the outer value holds it), so a push, a splice or
 * a replaced list comes out as the rows and lengths it touched, and a
 * keystroke as one field.
 *
 * The values are the live objects of `root`, not copies: serialise them
 * before the next edit. Writes go to `root` itself (through `writeThrough`),
 * and values written are unwrapped first, so `root` stays plain data that
 * structuredClone and IndexedDB accept.
 */
export class ChangeRecorder<T extends object> {
  /** Edit this instead of the root. */
  readonly draft: T;
  private readonly touched = new Map<string, PathSegment[]>();
  /** What each touched path held before its first write: kept only when `keepBefore` is set. */
  private readonly before = new Map<string, { found: boolean; value?: unknown }>();
  private readonly keepBefore: boolean;
  private readonly proxies = new WeakMap<object, object>();
  private readonly targets = new WeakMap<object, object>();
  private readonly writeThrough: <O extends object>(target: O) => O;
  private readonly toRaw: <O>(value: O) => O;

  constructor(
    private readonly root: T,
    options: RecordOptions = {},
  ) {
    this.writeThrough = options.writeThrough ?? (<O extends object>(target: O) => target);
    this.toRaw = options.toRaw ?? (<O>(value: O) => value);
    this.keepBefore = options.keepBefore ?? false;
    this.draft = this.standIn(root, []) as T;
  }

  changes(): Change[] {
    const changes: Change[] = [];
    for (const path of this.touched.values()) {
      if (this.isCovered(path)) continue;
      const { found, value } = valueAt(this.root, path);
      changes.push(found && value !== undefined ? { path, value } : { path, removed: true });
    }
    return changes;
  }

  /**
   * The changes that put back what this edit changed: each outermost touched
   * path with the value it held before (a copy), or removed when it had none.
   * Only with `keepBefore`.
   */
  inverse(): Change[] {
    const changes: Change[] = [];
    for (const [key, path] of this.touched) {
      if (this.isCovered(path)) continue;
      const was = this.before.get(key);
      if (!was) continue;
      changes.push(
        was.found && was.value !== undefined ? { path, value: was.value } : { path, removed: true },
      );
    }
    return changes;
  }

  private isCovered(path: PathSegment[]): boolean {
    for (let length = 1; length < path.length; length++) {
      if (this.touched.has(keyOf(path.slice(0, length)))) return true;
    }
    return false;
  }

  private remember(path: PathSegment[], found: boolean, value: unknown): void {
    const key = keyOf(path);
    if (!this.keepBefore || this.touched.has(key) || this.before.has(key)) return;
    if (!found) {
      this.before.set(key, { found });
      return;
    }
    let copy: unknown = copyValue(this.toRaw(value));
    // Paths inside this one that this edit already changed: put their first values back in the copy.
    const inside: Change[] = [];
    for (const [innerKey, was] of this.before) {
      const inner = this.touched.get(innerKey);
      if (!inner || inner.length <= path.length || !path.every((s, i) => s === inner[i])) continue;
      const relative = inner.slice(path.length);
      inside.push(
        was.found ? { path: relative, value: copyValue(was.value) } : { path: relative, removed: true },
      );
    }
    copy = applyChanges(copy, inside);
    this.before.set(key, { found, value: copy });
  }

  private touch(path: PathSegment[]): void {
    this.touched.set(keyOf(path), path);
  }

  /** Plain data for a value about to be written: stand-ins and foreign proxies become their targets. */
  private unwrap(value: unknown): unknown {
    if (!isObject(value)) return value;
    const target = this.targets.get(value);
    if (target) return target;
    const raw = this.toRaw(value);
    if (raw !== value) return raw;
    // A new object or array from the caller, which may hold stand-ins read from the draft.
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      const inner = record[key];
      const plain = this.unwrap(inner);
      if (plain !== inner) record[key] = plain;
    }
    return value;
  }

  private standIn(target: object, path: PathSegment[]): object {
    const known = this.proxies.get(target);
    if (known) return known;
    const proxy = new Proxy(target, {
      get: (object, key) => {
        const value: unknown = Reflect.get(object, key);
        if (typeof key === 'symbol' || !isObject(value)) return value;
        return this.standIn(value, [...path, segment(object, key)]);
      },
      set: (object, key, value) => {
        if (typeof key === 'symbol') return Reflect.set(object, key, value);
        const plain = this.unwrap(value);
        const had = Object.hasOwn(object, key);
        const before: unknown = Reflect.get(object, key);
        const at = [...path, segment(object, key)];
        // A row written past the end grows the list without a write to `length`; undo must shrink it.
        const grows =
          Array.isArray(object) && !had && typeof at.at(-1) === 'number' && Number(key) >= object.length;
        if (grows && this.keepBefore) this.remember([...path, 'length'], true, object.length);
        if (!had || !Object.is(before, plain)) this.remember(at, had, before);
        const written = Reflect.set(this.writeThrough(object), key, plain);
        if (!had || !Object.is(before, plain)) this.touch(at);
        if (grows && this.keepBefore) this.touch([...path, 'length']);
        return written;
      },
      deleteProperty: (object, key) => {
        if (typeof key === 'symbol') return Reflect.deleteProperty(object, key);
        const had = Object.hasOwn(object, key);
        const at = [...path, segment(object, key)];
        if (had) this.remember(at, true, Reflect.get(object, key));
        const deleted = Reflect.deleteProperty(this.writeThrough(object), key);
        if (had) this.touch(at);
        return deleted;
      },
      // Assignments and array methods use set; an accessor is not an edit the journal can hold.
      defineProperty: () => false,
    });
    this.proxies.set(target, proxy);
    this.targets.set(proxy, target);
    return proxy;
  }
}

const keyOf = (path: readonly PathSegment[]) => path.join('\u0000');

const segment = (target: object, key: string): PathSegment =>
  Array.isArray(target) && INDEX.test(key) ? Number(key) : key;

/** Runs `mutate` on a recorder's draft of `root` and returns the changes it made. */
export function recordChanges<T extends object>(
  root: T,
  mutate: (draft: T) => void,
  options?: RecordOptions,
): Change[] {
  const recorder = new ChangeRecorder(root, options);
  mutate(recorder.draft);
  return recorder.changes();
}
