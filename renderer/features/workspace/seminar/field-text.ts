import { onScopeDispose, reactive } from 'vue';
import { useFieldDraftsStore } from '@/stores/field-drafts-store';

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

interface Draft {
  text: string;
  problem?: string;
}

/**
 * What the user typed into the planner's fields, while it differs from what
 * is saved. A valid value is saved at once, but the field keeps showing the
 * text as typed until the user leaves it (so "9" saved as 09:00, or a
 * material list's trailing new line, does not jump under the cursor). An
 * invalid value is not saved: the field shows it with its Danish message
 * until it is put right, and the save indicator says that something is not
 * saved (through the field-drafts store).
 */
export function useFieldTexts() {
  const drafts = reactive<Record<string, Draft>>({});
  const fieldDrafts = useFieldDraftsStore();

  function set(id: string, draft: Draft | undefined): void {
    if (draft) drafts[id] = draft;
    else delete drafts[id];
    fieldDrafts.reportProblem(id, draft?.problem);
  }

  function shown(id: string, stored: string): string {
    return drafts[id]?.text ?? stored;
  }

  function problem(id: string): string | undefined {
    return drafts[id]?.problem;
  }

  function type<T>(
    id: string,
    text: string,
    parse: (text: string) => Parsed<T>,
    save: (value: T) => void,
  ): void {
    const parsed = parse(text);
    if (parsed.ok) {
      set(id, { text });
      save(parsed.value);
    } else {
      set(id, { text, problem: parsed.message });
    }
  }

  /** Leaving a field: a saved value is shown as stored again; a refused one stays with its message. */
  function leave(id: string): void {
    if (drafts[id] && !drafts[id].problem) set(id, undefined);
  }

  function forget(prefix: string): void {
    for (const id of Object.keys(drafts)) if (id.startsWith(prefix)) set(id, undefined);
  }

  // Leaving the page takes its refused values with it (they were never saved).
  onScopeDispose(() => forget(''));

  return { shown, problem, type, leave, forget };
}
