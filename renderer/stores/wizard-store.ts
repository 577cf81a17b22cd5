import { defineStore } from 'pinia';
import { computed, ref, watch } from 'vue';
import type { Engagement } from '@shared/domain/engagement';
import { isCalendarDay } from '@shared/domain/calendar-day';
import { localToday } from '@shared/domain/schedule';
import {
  DATE_FORMAT_ERROR,
  emptyDraft,
  isDraftEmpty,
  toCreateArg,
  validateStep,
  WIZARD_STEPS,
  type FieldErrors,
  type WizardDraft,
} from '@/features/wizard/wizard-model';
import { clearWizard, loadWizard, saveWizard } from '@/features/wizard/wizard-draft-storage';
import { describeCreateFailure, type CreateFailure } from '@/features/wizard/create-failure';
import { suggestMeetingDates } from '@/lib/schedule';
import { newId } from '@/lib/clone';
import { toApiError } from '@/api/api-result';
import { useAppServices } from '@/app-services';
import { useTemplatesStore } from './templates-store';
import { useEngagementsStore } from './engagements-store';

const LAST_STEP = WIZARD_STEPS.length - 1;
const clampStep = (index: number): number => Math.min(LAST_STEP, Math.max(0, Math.trunc(index)));

/**
 * "Nyt forløb": the draft survives leaving the wizard and coming back, and a
 * reload of the tab (sessionStorage); it is cleared on create and on cancel.
 */
export const useWizardStore = defineStore('wizard', () => {
  const templates = useTemplatesStore();
  const engagements = useEngagementsStore();
  const services = useAppServices();
  const today = (): string => services.today?.() ?? localToday();

  const stored = loadWizard();
  const draft = ref<WizardDraft>(stored?.draft ?? emptyDraft());
  const stepIndex = ref(stored?.stepIndex ?? 0);
  /** The furthest step reached; the step indicator lets the user jump back to any of them. */
  const furthest = ref(stored?.furthest ?? 0);
  const errors = ref<FieldErrors>({});
  const creating = ref(false);
  const createFailure = ref<CreateFailure | null>(null);
  /** Said (role="status") after dates were suggested, so the consultant knows to look them over. */
  const datesNotice = ref('');

  const step = computed(() => WIZARD_STEPS[stepIndex.value] ?? WIZARD_STEPS[0]);
  const template = computed(() => templates.find(draft.value.templateId));
  const isLast = computed(() => stepIndex.value === LAST_STEP);
  const isEmpty = computed(() => isDraftEmpty(draft.value));

  // Written on every change: the draft is a few hundred bytes, and sessionStorage
  // is synchronous, so what was typed is kept before a reload can happen.
  watch(
    [draft, stepIndex, furthest],
    () => {
      if (isEmpty.value && stepIndex.value === 0) clearWizard();
      else saveWizard({ draft: draft.value, stepIndex: stepIndex.value, furthest: furthest.value });
    },
    { deep: true, flush: 'sync' },
  );

  function validateCurrent(): boolean {
    errors.value = validateStep(step.value.key, draft.value, template.value);
    return Object.keys(errors.value).length === 0;
  }

  function show(index: number): void {
    if (index !== stepIndex.value) {
      errors.value = {};
      datesNotice.value = '';
      createFailure.value = null;
    }
    stepIndex.value = index;
    furthest.value = Math.max(furthest.value, index);
  }

  /**
   * Goes to `index` if every step before it is valid, else to the first step
   * that is not, with its errors shown. Returns the step actually shown. This
   * is how a step URL (?trin=5) is entered: typed, reloaded, Back or Forward.
   */
  function enter(index: number): number {
    const target = clampStep(index);
    for (let i = 0; i < target; i++) {
      const key = WIZARD_STEPS[i]?.key;
      if (!key) continue;
      const stepErrors = validateStep(key, draft.value, template.value);
      if (Object.keys(stepErrors).length > 0) {
        show(i);
        errors.value = stepErrors;
        return i;
      }
    }
    show(target);
    return target;
  }

  /** Validates the step and moves on; false (errors set, or dates just suggested) when it stays. */
  function next(): boolean {
    if (!validateCurrent()) return false;
    // A start date typed without "Foreslå datoer": suggest now and let the consultant see the result.
    if (step.value.key === 'datoer' && shouldSuggestBeforeLeaving()) {
      suggestDates();
      return false;
    }
    if (stepIndex.value < LAST_STEP) show(stepIndex.value + 1);
    return true;
  }

  function shouldSuggestBeforeLeaving(): boolean {
    return (
      isCalendarDay(draft.value.startDate) &&
      Object.values(draft.value.meetingDates).every((date) => date.trim() === '')
    );
  }

  /** Jumps to an earlier step, or a later one already reached if everything before it is valid. */
  function goTo(index: number): boolean {
    if (index < 0 || index > furthest.value || index === stepIndex.value) return false;
    return enter(index) === index;
  }

  function clearError(field: string): void {
    if (field in errors.value) {
      const rest = { ...errors.value };
      delete rest[field];
      errors.value = rest;
    }
  }

  function setError(field: string, message: string | undefined): void {
    if (message) errors.value = { ...errors.value, [field]: message };
    else clearError(field);
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
    datesNotice.value = '';
    if (!chosen || draft.value.startDate.trim() === '') {
      setError('wizard-start-date', 'Skriv en startdato først, fx 12.03.2027.');
      return false;
    }
    if (!isCalendarDay(draft.value.startDate)) {
      setError('wizard-start-date', DATE_FORMAT_ERROR);
      return false;
    }
    const dates = suggestMeetingDates(chosen, draft.value.startDate);
    draft.value.meetingDates = dates;
    clearError('wizard-start-date');
    for (const key of Object.keys(dates)) clearError(`meeting-date-${key}`);
    const count = Object.keys(dates).length;
    datesNotice.value = `${count} ${count === 1 ? 'møde har' : 'møder har'} fået en dato ud fra startdatoen, uden om weekender og helligdage. Se dem efter, og ret dem, der ikke passer.`;
    return true;
  }

  async function create(): Promise<Engagement | null> {
    const chosen = template.value;
    if (!chosen) {
      enter(WIZARD_STEPS.findIndex((s) => s.key === 'skabelon') + 1);
      return null;
    }
    creating.value = true;
    createFailure.value = null;
    try {
      return await engagements.create(toCreateArg(draft.value, chosen));
    } catch (e) {
      createFailure.value = describeCreateFailure(toApiError(e));
      return null;
    } finally {
      creating.value = false;
    }
  }

  /** Empties the wizard and forgets the saved draft: after "Opret forløb" and after "Annullér". */
  function reset(): void {
    draft.value = emptyDraft();
    stepIndex.value = 0;
    furthest.value = 0;
    errors.value = {};
    createFailure.value = null;
    datesNotice.value = '';
    clearWizard();
  }

  return {
    draft,
    stepIndex,
    furthest,
    step,
    template,
    isLast,
    isEmpty,
    errors,
    creating,
    createFailure,
    datesNotice,
    today,
    next,
    enter,
    goTo,
    clearError,
    setError,
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
