import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import type { Engagement } from '@shared/domain/engagement';
import { pageFieldProblems, planEdit, shownValues, type PageRecord } from '@/features/engagement/page-fields';

export const INVALID_FIELDS_MESSAGE = 'Ikke gemt – ret de markerede felter';

/**
 * What the user typed on the programme page that breaks a field rule, and so
 * is not saved: the field keeps showing it with a message beside it, while
 * the last valid value stays in the engagement (and on disk). The save
 * indicator reads `hasProblems`; nothing here reaches the outbox.
 */
export const useFieldDraftsStore = defineStore('field-drafts', () => {
  const engagement = shallowRef<Engagement | null>(null);
  const drafts = ref<Record<string, string>>({});

  const problems = computed(() =>
    engagement.value ? pageFieldProblems(engagement.value, drafts.value) : {},
  );
  const hasProblems = computed(() => Object.keys(problems.value).length > 0);

  /** Follows the programme the page shows; drafts belong to one programme and go when it changes. */
  function track(next: Engagement | null): void {
    if (next?.id !== engagement.value?.id) drafts.value = {};
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
    drafts.value = next;
    return plan.save;
  }

  /** Drops the drafts of a record that is gone (a removed contact or meeting). */
  function forget(record: PageRecord): void {
    const next: Record<string, string> = { ...drafts.value };
    for (const id of Object.values(record.ids)) delete next[id];
    drafts.value = next;
  }

  function reset(): void {
    engagement.value = null;
    drafts.value = {};
  }

  return {
    drafts,
    problems,
    hasProblems,
    track,
    shown,
    edit,
    forget,
    reset,
  };
});
