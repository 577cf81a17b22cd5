import type { Action, FollowUp } from '@shared/domain/engagement';
import { isCalendarDay } from '@shared/domain/calendar-day';
import { tooLongMessage } from '@shared/domain/field-rules';
import { LIMITS } from '@shared/domain/primitives';

/**
 * The action dialog's form: what the user has typed, checked with the same
 * limits the file store applies, before anything reaches the engagement.
 * Dates are YYYY-MM-DD once DateField has read them, otherwise the text as typed.
 */
export interface ActionForm {
  title: string;
  description: string;
  iglo: Action['iglo'];
  stage: Action['stage'];
  owner: string;
  due: string;
  status: Action['status'];
  followUps: FollowUp[];
}

export type ActionFormField = 'title' | 'description' | 'owner' | 'due';
export type ActionFormProblems = Partial<Record<ActionFormField, string>>;

export const ACTION_MESSAGES = {
  titleRequired: 'Skriv, hvad tiltaget går ud på, fx »Fast punkt om trivsel på personalemødet«.',
  dueFormat: 'Skriv fristen som dd.mm.åååå, fx 12.03.2027, eller lad feltet stå tomt.',
  followUpDate: 'Skriv datoen for opfølgningen som dd.mm.åååå, fx 12.03.2027.',
  followUpNote: 'Skriv, hvad opfølgningen viste.',
} as const;

export function blankActionForm(): ActionForm {
  return {
    title: '',
    description: '',
    iglo: 'gruppe',
    stage: 'forebyggelse',
    owner: '',
    due: '',
    status: 'ikke-startet',
    followUps: [],
  };
}

export function formFromAction(action: Action): ActionForm {
  return {
    title: action.title,
    description: action.description,
    iglo: action.iglo,
    stage: action.stage,
    owner: action.owner,
    due: action.due ?? '',
    status: action.status,
    followUps: action.followUps.map((f) => ({ ...f })),
  };
}

export function actionFormProblems(form: ActionForm): ActionFormProblems {
  const problems: ActionFormProblems = {};
  if (form.title.trim() === '') problems.title = ACTION_MESSAGES.titleRequired;
  else if (form.title.length > LIMITS.shortText)
    problems.title = tooLongMessage('Titlen', form.title.length, LIMITS.shortText);
  if (form.description.length > LIMITS.longText)
    problems.description = tooLongMessage('Beskrivelsen', form.description.length, LIMITS.longText);
  if (form.owner.length > LIMITS.shortText)
    problems.owner = tooLongMessage('Navnet', form.owner.length, LIMITS.shortText);
  if (form.due.trim() !== '' && !isCalendarDay(form.due)) problems.due = ACTION_MESSAGES.dueFormat;
  return problems;
}

export interface FollowUpDraft {
  date: string;
  note: string;
}

export type FollowUpProblems = Partial<Record<'date' | 'note', string>>;

export function followUpProblems(draft: FollowUpDraft): FollowUpProblems {
  const problems: FollowUpProblems = {};
  if (!isCalendarDay(draft.date)) problems.date = ACTION_MESSAGES.followUpDate;
  if (draft.note.trim() === '') problems.note = ACTION_MESSAGES.followUpNote;
  else if (draft.note.length > LIMITS.longText)
    problems.note = tooLongMessage('Noten', draft.note.length, LIMITS.longText);
  return problems;
}

/** Newest first, so the latest follow-up is what the user sees at the top of the log. */
export const byDateDescending = (a: FollowUp, b: FollowUp): number =>
  a.date < b.date ? 1 : a.date > b.date ? -1 : 0;

/** The checked form as an action (trimmed title and owner; no due date when empty). */
export function actionFromForm(id: string, form: ActionForm): Action {
  const action: Action = {
    id,
    title: form.title.trim(),
    description: form.description,
    iglo: form.iglo,
    stage: form.stage,
    owner: form.owner.trim(),
    status: form.status,
    followUps: [...form.followUps].sort(byDateDescending),
  };
  if (form.due.trim() !== '') action.due = form.due;
  return action;
}
