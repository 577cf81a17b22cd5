import type { CreateEngagementArg } from '@shared/domain/create-engagement-arg';
import { LIMITS } from '@shared/domain/primitives';
import type { ContactRole, Sector, ThemeId } from '@shared/domain/vocabulary';
import type { ProgrammeTemplate } from '@shared/templates/programme-template';
import { parseIsoDate } from '@/lib/format';

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

function tooLong(value: string): boolean {
  return value.length > LIMITS.shortText;
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
      else if (tooLong(draft.organisation)) errors['wizard-organisation'] = 'Navnet må højst være 200 tegn.';
      if (tooLong(draft.unit)) errors['wizard-unit'] = 'Enheden må højst være 200 tegn.';
      if (draft.sector === '') errors['wizard-sector-region'] = 'Vælg sektor.';
      if (tooLong(draft.title)) errors['wizard-title'] = 'Titlen må højst være 200 tegn.';
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
      for (const phase of template?.phases ?? []) {
        for (const meeting of phase.meetings) {
          const value = draft.meetingDates[meeting.key];
          if (value && !parseIsoDate(value)) errors[`meeting-date-${meeting.key}`] = 'Skriv en gyldig dato.';
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
      if (!date) continue;
      if (latest && date < latest) result.add(meeting.key);
      else latest = date;
    }
  }
  return result;
}

/** What engagements.create receives; blank rows are left out, text is trimmed. */
export function toCreateArg(draft: WizardDraft, template: ProgrammeTemplate): CreateEngagementArg {
  const meetingKeys = new Set(template.phases.flatMap((p) => p.meetings.map((m) => m.key)));
  const meetingDates: Record<string, string> = {};
  for (const [key, date] of Object.entries(draft.meetingDates)) {
    if (meetingKeys.has(key) && date) meetingDates[key] = date;
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
