import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import type { Engagement } from '@shared/domain/engagement';
import {
  emptyDraft,
  toCreateArg,
  validateStep,
  WIZARD_STEPS,
  type FieldErrors,
  type WizardDraft,
} from '@/features/wizard/wizard-model';
import { suggestMeetingDates } from '@/lib/schedule';
import { newId } from '@/lib/clone';
import { useTemplatesStore } from './templates-store';
import { useEngagementsStore } from './engagements-store';

/** "Nyt forløb": the draft survives leaving the wizard and coming back within the session. */
export const useWizardStore = defineStore('wizard', () => {
  const templates = useTemplatesStore();
  const engagements = useEngagementsStore();

  const draft = ref<WizardDraft>(emptyDraft());
  const stepIndex = ref(0);
  /** The furthest step reached; the step indicator lets the user jump back to any of them. */
  const furthest = ref(0);
  const errors = ref<FieldErrors>({});
  const creating = ref(false);
  const createError = ref('');

  const step = computed(() => WIZARD_STEPS[stepIndex.value] ?? WIZARD_STEPS[0]);
  const template = computed(() => templates.find(draft.value.templateId));
  const isLast = computed(() => stepIndex.value === WIZARD_STEPS.length - 1);

  function validateCurrent(): boolean {
    errors.value = validateStep(step.value.key, draft.value, template.value);
    return Object.keys(errors.value).length === 0;
  }

  function next(): boolean {
    if (!validateCurrent()) return false;
    if (stepIndex.value < WIZARD_STEPS.length - 1) {
      stepIndex.value += 1;
      furthest.value = Math.max(furthest.value, stepIndex.value);
    }
    return true;
  }

  function back(): void {
    errors.value = {};
    if (stepIndex.value > 0) stepIndex.value -= 1;
  }

  /** Jumps to an earlier step, or a later one already reached if everything before it is valid. */
  function goTo(index: number): boolean {
    if (index < 0 || index > furthest.value || index === stepIndex.value) return false;
    if (index > stepIndex.value) {
      for (let i = stepIndex.value; i < index; i++) {
        const key = WIZARD_STEPS[i]?.key;
        if (!key) continue;
        const stepErrors = validateStep(key, draft.value, template.value);
        if (Object.keys(stepErrors).length > 0) {
          stepIndex.value = i;
          errors.value = stepErrors;
          return false;
        }
      }
    }
    errors.value = {};
    stepIndex.value = index;
    return true;
  }

  function clearError(field: string): void {
    if (field in errors.value) {
      const rest = { ...errors.value };
      delete rest[field];
      errors.value = rest;
    }
  }

  function addContact(): string {
    const id = newId();
    draft.value.contacts.push({ id, name: '', role: 'leder', email: '', phone: '' });
    return id;
  }

  function removeContact(id: string): void {
    draft.value.contacts = draft.value.contacts.filter((c) => c.id !== id);
  }

  function addFacilitator(): string {
    const id = newId();
    draft.value.facilitators.push({ id, name: '', organisation: '' });
    return id;
  }

  function removeFacilitator(id: string): void {
    draft.value.facilitators = draft.value.facilitators.filter((f) => f.id !== id);
  }

  function selectTemplate(id: string): void {
    if (draft.value.templateId === id) return;
    draft.value.templateId = id;
    // Dates are keyed by the template's meetings; keep only those that still apply.
    const keys = new Set(templates.find(id)?.phases.flatMap((p) => p.meetings.map((m) => m.key)) ?? []);
    draft.value.meetingDates = Object.fromEntries(
      Object.entries(draft.value.meetingDates).filter(([key]) => keys.has(key)),
    );
    clearError('wizard-template-first');
  }

  /** Fills every meeting date from the start date; false when there is no valid start date. */
  function suggestDates(): boolean {
    const chosen = template.value;
    if (!chosen || !draft.value.startDate) {
      errors.value = { ...errors.value, 'wizard-start-date': 'Vælg en startdato først.' };
      return false;
    }
    const dates = suggestMeetingDates(chosen, draft.value.startDate);
    if (Object.keys(dates).length === 0) {
      errors.value = { ...errors.value, 'wizard-start-date': 'Skriv en gyldig startdato.' };
      return false;
    }
    draft.value.meetingDates = dates;
    clearError('wizard-start-date');
    return true;
  }

  async function create(): Promise<Engagement | null> {
    const chosen = template.value;
    if (!chosen) {
      stepIndex.value = WIZARD_STEPS.findIndex((s) => s.key === 'skabelon');
      errors.value = { 'wizard-template-first': 'Vælg en skabelon.' };
      return null;
    }
    creating.value = true;
    createError.value = '';
    try {
      return await engagements.create(toCreateArg(draft.value, chosen));
    } catch (e) {
      createError.value = e instanceof Error ? e.message : 'Forløbet kunne ikke oprettes.';
      return null;
    } finally {
      creating.value = false;
    }
  }

  function reset(): void {
    draft.value = emptyDraft();
    stepIndex.value = 0;
    furthest.value = 0;
    errors.value = {};
    createError.value = '';
  }

  return {
    draft,
    stepIndex,
    furthest,
    step,
    template,
    isLast,
    errors,
    creating,
    createError,
    next,
    back,
    goTo,
    clearError,
    addContact,
    removeContact,
    addFacilitator,
    removeFacilitator,
    selectTemplate,
    suggestDates,
    create,
    reset,
  };
});
