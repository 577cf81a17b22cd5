import type { PageRecord } from '@/features/engagement/page-fields';
import { useEngagementStore } from '@/stores/engagement-store';
import { useFieldDraftsStore } from '@/stores/field-drafts-store';

/**
 * Typing into a wrap-up field: saved through the engagement store when the
 * record's rules allow it, otherwise kept as a draft with its message.
 */
export function useWrapupInput() {
  const store = useEngagementStore();
  const fieldDrafts = useFieldDraftsStore();

  function typeInto<F extends string>(record: PageRecord<F>, field: F, typed: string): void {
    const save = fieldDrafts.edit(record, field, typed);
    if (save) store.update((e) => record.apply(e, save));
  }

  return {
    store,
    typeInto,
    shown: <F extends string>(record: PageRecord<F>): Record<F, string> => fieldDrafts.shown(record),
    problem: (id: string): string | undefined => fieldDrafts.problems[id],
    forget: (record: PageRecord) => fieldDrafts.forget(record),
  };
}
