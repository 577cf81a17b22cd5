import { z } from 'zod';
import { ContactRole, Sector, ThemeId } from '@shared/domain/vocabulary';
import { WIZARD_STEPS, type WizardDraft } from './wizard-model';

/**
 * The wizard's draft in sessionStorage, so a reload (or a crash of the tab's
 * page) keeps what was typed. sessionStorage rather than Dexie: it is written
 * synchronously in the same task as the keystroke, belongs to this tab only
 * (two wizards in two tabs do not overwrite each other) and is gone when the
 * tab is closed, which is what a half-typed form should do.
 */
const KEY = 'forlob.wizard-draft.v1';

// Generous bounds: the draft's own limits are checked by the steps, this only
// keeps a tampered or corrupt entry from reaching the form.
const Text = z.string().max(10_000);
const StoredDraft = z.object({
  organisation: Text,
  unit: Text,
  sector: z.union([Sector, z.literal('')]),
  title: Text,
  contacts: z.array(z.object({ id: Text, name: Text, role: ContactRole, email: Text, phone: Text })).max(100),
  templateId: Text,
  themes: z.array(ThemeId).max(ThemeId.options.length),
  facilitators: z.array(z.object({ id: Text, name: Text, organisation: Text })).max(50),
  startDate: Text,
  meetingDates: z.record(Text, Text),
}) satisfies z.ZodType<WizardDraft>;

const Step = z
  .number()
  .int()
  .min(0)
  .max(WIZARD_STEPS.length - 1);
const StoredWizard = z.object({ draft: StoredDraft, stepIndex: Step, furthest: Step });
export type StoredWizard = z.infer<typeof StoredWizard>;

/** Storage can be switched off or full; the wizard then works as before, without surviving a reload. */
function defaultStorage(): Storage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined;
  }
}

export function loadWizard(storage: Storage | undefined = defaultStorage()): StoredWizard | null {
  try {
    const raw = storage?.getItem(KEY);
    if (!raw) return null;
    const parsed = StoredWizard.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function saveWizard(value: StoredWizard, storage: Storage | undefined = defaultStorage()): void {
  try {
    storage?.setItem(KEY, JSON.stringify(value));
  } catch {
    // Full or disabled: nothing to do but carry on without a copy.
  }
}

export function clearWizard(storage: Storage | undefined = defaultStorage()): void {
  try {
    storage?.removeItem(KEY);
  } catch {
    // As above.
  }
}
