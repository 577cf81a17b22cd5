import type { CreateEngagementArg } from '@shared/domain/create-engagement-arg';
import { isCalendarDay } from '@shared/domain/calendar-day';
import { LIMITS } from '@shared/domain/primitives';
import { tooLongMessage } from '@shared/domain/field-rules';
import { scheduleStatus } from '@shared/domain/schedule';
import type { ContactRole, PhaseKind, Sector, ThemeId } from '@shared/domain/vocabulary';
import type { ProgrammeTemplate } from '@shared/templates/programme-template';

export interface ContactDraft {
  id: string;
  name: string;
  role: ContactRole;
  email: string;
  phone: string;
}

export interface FacilitatorDraft {
  id: string;
  name: string;
  organisation: string;
}

export interface WizardDraft {
  organisation: string;
  unit: string;
  sector: Sector | '';
  title: string;
  contacts: ContactDraft[];
  templateId: string;
  themes: ThemeId[];
  facilitators: FacilitatorDraft[];
  startDate: string;
  meetingDates: Record<string, string>;
}

export const WIZARD_STEPS = [
  { key: 'kunde', label: 'Kunde', heading: 'Hvem er kunden?' },
  { key: 'kontakter', label: 'Kontakter', heading: 'Kontaktpersoner' },
  { key: 'skabelon', label: 'Skabelon', heading: 'Vælg skabelon' },
  { key: 'temaer', label: 'Temaer', heading: 'Temaer' },
  { key: 'facilitatorer', label: 'Facilitatorer', heading: 'Facilitatorer' },
  { key: 'datoer', label: 'Datoer', heading: 'Datoer for møderne' },
  { key: 'overblik', label: 'Overblik', heading: 'Overblik' },
] as const;

export type WizardStepKey = (typeof WIZARD_STEPS)[number]['key'];

/** Field id → Danish message. Field ids double as the inputs' DOM ids, so focus can jump to the first. */
export type FieldErrors = Record<string, string>;

export function emptyDraft(): WizardDraft {
  return {
    organisation: '',
    unit: '',
    sector: '',
    title: '',
    contacts: [],
    templateId: '',
    themes: [],
    facilitators: [],
    startDate: '',
    meetingDates: {},
  };
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const isBlankContact = (c: ContactDraft): boolean =>
  c.name.trim() === '' && c.email.trim() === '' && c.phone.trim() === '';
export const isBlankFacilitator = (f: FacilitatorDraft): boolean =>
  f.name.trim() === '' && f.organisation.trim() === '';

/**
 * The message when a one-line field is over the length the file store accepts
 * (LIMITS.shortText, the schema's own limit), said next to the field as the
 * user types, not at "Opret forløb".
 */
export function lengthError(what: string, value: string): string | undefined {
  const length = value.trim().length;
  if (length <= LIMITS.shortText) return undefined;
  return tooLongMessage(what, length);
}

export const DATE_FORMAT_ERROR = 'Skriv datoen som dd.mm.åååå, fx 12.03.2027.';

function setIf(errors: FieldErrors, field: string, message: string | undefined): void {
  if (message) errors[field] = message;
}

export function validateStep(
  step: WizardStepKey,
  draft: WizardDraft,
  template: ProgrammeTemplate | undefined,
): FieldErrors {
  const errors: FieldErrors = {};
  switch (step) {
    case 'kunde':
      if (draft.organisation.trim() === '') errors['wizard-organisation'] = 'Skriv organisationens navn.';
      else setIf(errors, 'wizard-organisation', lengthError('Navnet', draft.organisation));
      setIf(errors, 'wizard-unit', lengthError('Enheden', draft.unit));
      if (draft.sector === '') errors['wizard-sector-region'] = 'Vælg sektor.';
      setIf(errors, 'wizard-title', lengthError('Titlen', draft.title));
      break;
    case 'kontakter':
      for (const contact of draft.contacts) {
        if (isBlankContact(contact)) continue;
        if (contact.name.trim() === '') errors[`contact-${contact.id}-name`] = 'Skriv kontaktpersonens navn.';
        if (contact.email.trim() !== '' && !EMAIL.test(contact.email.trim()))
          errors[`contact-${contact.id}-email`] = 'Skriv en gyldig e-mailadresse, fx navn@eksempel.dk.';
      }
      break;
    case 'skabelon':
      if (!template) errors['wizard-template-first'] = 'Vælg en skabelon.';
      break;
    case 'facilitatorer':
      for (const facilitator of draft.facilitators) {
        if (isBlankFacilitator(facilitator)) continue;
        if (facilitator.name.trim() === '')
          errors[`facilitator-${facilitator.id}-name`] = 'Skriv facilitatorens navn.';
      }
      break;
    case 'datoer':
      // A date field holds YYYY-MM-DD once what was typed is a date, else the text itself.
      if (draft.startDate && !isCalendarDay(draft.startDate)) errors['wizard-start-date'] = DATE_FORMAT_ERROR;
      for (const phase of template?.phases ?? []) {
        for (const meeting of phase.meetings) {
          const value = draft.meetingDates[meeting.key];
          if (value && !isCalendarDay(value)) errors[`meeting-date-${meeting.key}`] = DATE_FORMAT_ERROR;
        }
      }
      break;
    default:
      break;
  }
  return errors;
}

/** Meetings whose date falls before the meeting ahead of them: shown as a gentle warning, not an error. */
export function outOfOrderMeetings(draft: WizardDraft, template: ProgrammeTemplate | undefined): Set<string> {
  const result = new Set<string>();
  let latest = '';
  for (const phase of template?.phases ?? []) {
    for (const meeting of phase.meetings) {
      const date = draft.meetingDates[meeting.key];
      if (!date || !isCalendarDay(date)) continue;
      if (latest && date < latest) result.add(meeting.key);
      else latest = date;
    }
  }
  return result;
}

/** Meetings with a date before `today`: a new programme shows them as held ("Afholdt"). */
export function pastMeetings(
  draft: WizardDraft,
  template: ProgrammeTemplate | undefined,
  today: string,
): Set<string> {
  const result = new Set<string>();
  for (const phase of template?.phases ?? []) {
    for (const meeting of phase.meetings) {
      const date = draft.meetingDates[meeting.key];
      if (date && isCalendarDay(date) && date < today) result.add(meeting.key);
    }
  }
  return result;
}

/**
 * The phase the programme will stand in once created, by the same rule the
 * start screen and the timeline use, so the summary can say it beforehand.
 */
export function phaseOnCreation(
  draft: WizardDraft,
  template: ProgrammeTemplate | undefined,
  today: string,
): PhaseKind | undefined {
  if (!template) return undefined;
  const phases = template.phases.map((phase) => ({
    kind: phase.kind,
    meetings: phase.meetings.map((meeting) => {
      const date = draft.meetingDates[meeting.key];
      return { date: date && isCalendarDay(date) ? date : undefined };
    }),
  }));
  return scheduleStatus({ phases }, today).currentPhase;
}

/** True when nothing has been typed or chosen: cancelling needs no confirmation. */
export function isDraftEmpty(draft: WizardDraft): boolean {
  return (
    draft.organisation.trim() === '' &&
    draft.unit.trim() === '' &&
    draft.title.trim() === '' &&
    draft.sector === '' &&
    draft.contacts.every(isBlankContact) &&
    draft.templateId === '' &&
    draft.themes.length === 0 &&
    draft.facilitators.every(isBlankFacilitator) &&
    draft.startDate.trim() === '' &&
    Object.values(draft.meetingDates).every((d) => d.trim() === '')
  );
}

/** What engagements.create receives; blank rows are left out, text is trimmed. */
export function toCreateArg(draft: WizardDraft, template: ProgrammeTemplate): CreateEngagementArg {
  const meetingKeys = new Set(template.phases.flatMap((p) => p.meetings.map((m) => m.key)));
  const meetingDates: Record<string, string> = {};
  for (const [key, date] of Object.entries(draft.meetingDates)) {
    if (meetingKeys.has(key) && isCalendarDay(date)) meetingDates[key] = date;
  }
  const arg: CreateEngagementArg = {
    templateId: template.id,
    client: {
      organisation: draft.organisation.trim(),
      unit: draft.unit.trim(),
      sector: draft.sector === '' ? 'kommune' : draft.sector,
    },
    contacts: draft.contacts
      .filter((c) => !isBlankContact(c))
      .map((c) => {
        const contact: { name: string; role: ContactRole; email?: string; phone?: string } = {
          name: c.name.trim(),
          role: c.role,
        };
        if (c.email.trim()) contact.email = c.email.trim();
        if (c.phone.trim()) contact.phone = c.phone.trim();
        return contact;
      }),
    facilitators: draft.facilitators
      .filter((f) => !isBlankFacilitator(f))
      .map((f) => ({ name: f.name.trim(), organisation: f.organisation.trim() })),
    themes: [...draft.themes],
    meetingDates,
  };
  if (draft.title.trim()) arg.title = draft.title.trim();
  return arg;
}
