import { defineStore } from 'pinia';
import { computed, shallowRef } from 'vue';
import type { Engagement } from '@shared/domain/engagement';
import { pageFieldProblems, planEdit, shownValues, type PageRecord } from '@/features/engagement/page-fields';

export const INVALID_FIELDS_MESSAGE = 'Ikke gemt – ret de markerede felter';

function sameEntries(a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => b[k] === a[k]);
}

/**
 * What the user typed on the programme page that breaks a field rule, and so
 * is not saved: the field keeps showing it with a message beside it, while
 * the last valid value stays in the engagement (and on disk). The save
 * indicator reads `hasProblems`; nothing here reaches the outbox.
 */
export const useFieldDraftsStore = defineStore('field-drafts', () => {
  const engagement = shallowRef<Engagement | null>(null);
  /** Replaced, never mutated, and only when it really changes: most keystrokes leave it alone. */
  const drafts = shallowRef<Readonly<Record<string, string>>>({});

  // Recomputed on every edit; the same object is kept while the messages are the
  // same, so a keystroke in one field does not re-render every field that shows one.
  const problems = computed<Readonly<Record<string, string>>>((previous) => {
    const next = engagement.value ? pageFieldProblems(engagement.value, drafts.value) : {};
    return previous && sameEntries(previous, next) ? previous : next;
  });
  /**
   * Problems of fields that keep their own drafts (the seminar planner's clock
   * times and minutes): they are not page records, but a refused value there
   * is just as unsaved, so the save indicator must say so too.
   */
  const ownProblems = shallowRef<Readonly<Record<string, string>>>({});
  const hasProblems = computed(
    () => Object.keys(problems.value).length > 0 || Object.keys(ownProblems.value).length > 0,
  );

  /** Sets (or with undefined, clears) the problem of a field that keeps its own draft. */
  function reportProblem(id: string, message: string | undefined): void {
    if (ownProblems.value[id] === message) return;
    const next: Record<string, string> = { ...ownProblems.value };
    if (message === undefined) delete next[id];
    else next[id] = message;
    ownProblems.value = next;
  }

  /** Follows the programme the page shows; drafts belong to one programme and go when it changes. */
  function track(next: Engagement | null): void {
    if (next?.id !== engagement.value?.id) {
      drafts.value = {};
      ownProblems.value = {};
    }
    engagement.value = next;
  }

  function shown<F extends string>(record: PageRecord<F>): Record<F, string> {
    return shownValues(record, drafts.value);
  }

  /** Takes what was typed into `field`; returns the values to save now, or null. */
  function edit<F extends string>(
    record: PageRecord<F>,
    field: F,
    typed: string,
  ): Partial<Record<F, string>> | null {
    const plan = planEdit(record, drafts.value, field, typed);
    const next: Record<string, string> = { ...drafts.value };
    for (const f of Object.keys(record.ids) as F[]) {
      const id = record.ids[f];
      const draft = plan.drafts[f];
      if (draft === undefined) delete next[id];
      else next[id] = draft;
    }
    if (!sameEntries(drafts.value, next)) drafts.value = next;
    return plan.save;
  }

  /** Drops the drafts of a record that is gone (a removed contact or meeting). */
  function forget(record: PageRecord): void {
    const next: Record<string, string> = { ...drafts.value };
    for (const id of Object.values(record.ids)) delete next[id];
    if (!sameEntries(drafts.value, next)) drafts.value = next;
  }

  function reset(): void {
    engagement.value = null;
    drafts.value = {};
    ownProblems.value = {};
  }

  return {
    drafts,
    problems,
    ownProblems,
    hasProblems,
    reportProblem,
    track,
    shown,
    edit,
    forget,
    reset,
  };
});
