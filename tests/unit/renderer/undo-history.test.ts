import { describe, expect, it } from 'vitest';
import { ChangeRecorder } from '../../../renderer/lib/change-recorder.js';
import { applyChanges } from '../../../renderer/lib/changes.js';
import { COALESCE_MS, UNDO_LIMIT, UndoHistory } from '../../../renderer/lib/undo-history.js';

interface Doc {
  title: string;
  items: { id: string; text: string }[];
  note?: string;
}

const doc = (): Doc => ({
  title: 'Før',
  items: [
    { id: 'a', text: 'A' },
    { id: 'b', text: 'B' },
    { id: 'c', text: 'C' },
  ],
});

/** Edits a copy with a recorder and checks that the inverse brings the original back and the changes redo it. */
function roundTrip(mutate: (draft: Doc) => void): { after: Doc } {
  const original = doc();
  const root = doc();
  const recorder = new ChangeRecorder(root, { keepBefore: true });
  mutate(recorder.draft);
  const after = structuredClone(root);
  const redo = structuredClone(recorder.changes());
  const undone = applyChanges(root, structuredClone(recorder.inverse()));
  expect(undone).toEqual(original);
  expect(applyChanges(undone, structuredClone(redo))).toEqual(after);
  return { after };
}

describe('the inverse of a recorded edit', () => {
  it('puts back a changed field, a removed field and an added field', () => {
    roundTrip((d) => void (d.title = 'Efter'));
    roundTrip((d) => void (d.note = 'ny'));
    const withNote = (d: Doc) => {
      d.note = 'x';
    };
    // A field that existed is removed: the inverse sets it again.
    const root: Doc = { ...doc(), note: 'gammel' };
    const recorder = new ChangeRecorder(root, { keepBefore: true });
    delete recorder.draft.note;
    expect(recorder.inverse()).toEqual([{ path: ['note'], value: 'gammel' }]);
    expect(withNote).toBeTypeOf('function');
  });

  it('puts back rows after a push, a splice and a move', () => {
    expect(roundTrip((d) => void d.items.push({ id: 'd', text: 'D' })).after.items).toHaveLength(4);
    expect(roundTrip((d) => void d.items.splice(1, 1)).after.items.map((i) => i.id)).toEqual(['a', 'c']);
    const moved = roundTrip((d) => {
      const [row] = d.items.splice(0, 1);
      d.items.splice(2, 0, row!);
    });
    expect(moved.after.items.map((i) => i.id)).toEqual(['b', 'c', 'a']);
  });

  it('remembers a row’s first value when the row is changed and then its list is replaced', () => {
    roundTrip((d) => {
      d.items[0]!.text = 'ændret';
      d.items = d.items.filter((i) => i.id !== 'b');
    });
  });

  it('keeps copies: a later edit of the document does not change what undo puts back', () => {
    const root = doc();
    const recorder = new ChangeRecorder(root, { keepBefore: true });
    recorder.draft.items = [{ id: 'x', text: 'X' }];
    const inverse = recorder.inverse();
    root.items[0]!.text = 'senere';
    expect(inverse).toEqual([{ path: ['items'], value: doc().items }]);
  });

  it('costs nothing without keepBefore', () => {
    const recorder = new ChangeRecorder(doc());
    recorder.draft.title = 'Efter';
    expect(recorder.inverse()).toEqual([]);
  });
});

describe('UndoHistory', () => {
  const set = (path: string, value: string) => [{ path: [path], value }];

  it('undoes and redoes in order, and a new edit ends what could be redone', () => {
    const h = new UndoHistory();
    h.record(set('a', '0'), set('a', '1'), 0);
    h.record(set('b', '0'), set('b', '1'), 10_000);
    expect(h.takeUndo()?.redo).toEqual(set('b', '1'));
    expect(h.canRedo).toBe(true);
    expect(h.takeRedo()?.redo).toEqual(set('b', '1'));
    expect(h.takeUndo()?.undo).toEqual(set('b', '0'));
    h.record(set('c', '0'), set('c', '1'), 20_000);
    expect(h.canRedo).toBe(false);
    expect(h.takeUndo()?.undo).toEqual(set('c', '0'));
    expect(h.takeUndo()?.undo).toEqual(set('a', '0'));
    expect(h.takeUndo()).toBeUndefined();
  });

  it('makes typing in one field one step, until a pause or another field', () => {
    const h = new UndoHistory();
    h.record(set('title', ''), set('title', 'N'), 0);
    h.record(set('title', 'N'), set('title', 'NF'), 300);
    h.record(set('title', 'NF'), set('title', 'NFA'), 600);
    const step = h.takeUndo();
    expect([step?.undo, step?.redo]).toEqual([set('title', ''), set('title', 'NFA')]);
    expect(h.canUndo).toBe(false);

    h.record(set('title', ''), set('title', 'a'), 0);
    h.record(set('title', 'a'), set('title', 'ab'), COALESCE_MS + 1);
    h.record(set('goals', ''), set('goals', 'x'), COALESCE_MS + 2);
    expect(h.takeUndo()?.undo).toEqual(set('goals', ''));
    expect(h.takeUndo()?.undo).toEqual(set('title', 'a'));
    expect(h.takeUndo()?.undo).toEqual(set('title', ''));
  });

  it('keeps at most UNDO_LIMIT steps and ignores edits that changed nothing', () => {
    const h = new UndoHistory();
    h.record([], [], 0);
    expect(h.canUndo).toBe(false);
    for (let i = 0; i < UNDO_LIMIT + 5; i++) h.record(set(`f${i}`, ''), set(`f${i}`, 'x'), i * 10_000);
    let steps = 0;
    while (h.takeUndo()) steps++;
    expect(steps).toBe(UNDO_LIMIT);
  });
});
