import type { Change, PathSegment } from './changes';

/** One step the user can take back: the changes that undo it and those that do it again. */
export interface UndoStep {
  undo: Change[];
  redo: Change[];
  /** When the step was last extended (ms). */
  at: number;
}

/** Typing into the same field within this pause is one step, as in a text editor. */
export const COALESCE_MS = 1_500;
/** Older steps fall off; a session rarely needs more. */
export const UNDO_LIMIT = 200;

const samePath = (a: readonly PathSegment[], b: readonly PathSegment[]) =>
  a.length === b.length && a.every((segment, i) => segment === b[i]);

/** A single-field edit, the kind that coalesces with the one before it. */
const onlyPath = (changes: readonly Change[]): readonly PathSegment[] | undefined =>
  changes.length === 1 ? changes[0]!.path : undefined;

/**
 * The session's undo and redo stacks for one programme. It holds changes,
 * never the programme: a step costs what it changed. Applying a step is the
 * caller's job (through the same edit path as any other edit, so it is saved).
 */
export class UndoHistory {
  private done: UndoStep[] = [];
  private undone: UndoStep[] = [];

  get canUndo(): boolean {
    return this.done.length > 0;
  }

  get canRedo(): boolean {
    return this.undone.length > 0;
  }

  /** Records a new edit; it ends what could be redone. Keystrokes in one field within COALESCE_MS are one step. */
  record(undo: Change[], redo: Change[], now: number): void {
    if (redo.length === 0) return;
    this.undone = [];
    const last = this.done.at(-1);
    const path = onlyPath(redo);
    const lastPath = last && onlyPath(last.redo);
    if (last && path && lastPath && samePath(path, lastPath) && now - last.at <= COALESCE_MS) {
      last.redo = redo;
      last.at = now;
      return;
    }
    this.done.push({ undo, redo, at: now });
    if (this.done.length > UNDO_LIMIT) this.done.shift();
  }

  /** The step to undo, moved to the redo stack; undefined when there is none. */
  takeUndo(): UndoStep | undefined {
    const step = this.done.pop();
    if (step) this.undone.push(step);
    return step;
  }

  /** The step to redo, moved back to the undo stack. */
  takeRedo(): UndoStep | undefined {
    const step = this.undone.pop();
    if (step) this.done.push({ ...step, at: 0 });
    return step;
  }

  clear(): void {
    this.done = [];
    this.undone = [];
  }
}
