import { LIMITS } from './primitives.js';

/**
 * The rules for the fields a user types into, with the Danish message shown
 * next to a field that breaks one. The zod schemas in engagement.ts are built
 * from these functions, so the programme page, the wizard and the file store
 * refuse exactly the same things with the same words.
 *
 * Each check returns the message, or undefined when the value is fine.
 * Emptiness is judged on the trimmed text: a title of three spaces is empty.
 */

export type FieldProblem = string | undefined;
export type RecordProblems<K extends string> = Partial<Record<K, string>>;

/** Deliberately loose (something@something.tld): a stricter pattern refuses real addresses. */
export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const MAX_MEETING_MINUTES = 24 * 60;

export const FIELD_MESSAGES = {
  titleRequired: 'Skriv forløbets titel.',
  organisationRequired: 'Skriv organisationens navn.',
  contactNameRequired: 'Skriv kontaktpersonens navn.',
  email: 'Skriv en gyldig e-mailadresse, fx navn@eksempel.dk.',
  facilitatorNameRequired: 'Skriv facilitatorens navn.',
  meetingTitleRequired: 'Skriv mødets titel.',
  minutesRequired: 'Skriv varigheden i minutter.',
  minutesWhole: 'Skriv et helt antal minutter, fx 90.',
  minutesRange: `Varigheden skal være mellem 0 og ${MAX_MEETING_MINUTES} minutter (24 timer).`,
} as const;

const isBlank = (value: string | undefined): boolean => (value ?? '').trim() === '';

/** Over the schema's limit: says by how much, so the user knows what to cut ("Navnet er 224 tegn …"). */
export function tooLongMessage(what: string, length: number, max: number = LIMITS.shortText): string {
  const n = (value: number): string => value.toLocaleString('da-DK');
  return `${what} er ${n(length)} tegn, men må højst være ${n(max)}. Forkort det med ${n(length - max)} tegn.`;
}

function text(value: string, max: number, what: string, required?: string): FieldProblem {
  if (required && isBlank(value)) return required;
  if (value.length > max) return tooLongMessage(what, value.length, max);
  return undefined;
}

export const titleProblem = (value: string): FieldProblem =>
  text(value, LIMITS.shortText, 'Titlen', FIELD_MESSAGES.titleRequired);

/** The wizard's title is optional: left empty, one is made from organisation and unit. */
export const optionalTitleProblem = (value: string): FieldProblem => text(value, LIMITS.shortText, 'Titlen');

export const organisationProblem = (value: string): FieldProblem =>
  text(value, LIMITS.shortText, 'Navnet', FIELD_MESSAGES.organisationRequired);

export const unitProblem = (value: string): FieldProblem => text(value, LIMITS.shortText, 'Enheden');

export const meetingTitleProblem = (value: string): FieldProblem =>
  text(value, LIMITS.shortText, 'Mødets titel', FIELD_MESSAGES.meetingTitleRequired);

/** An e-mail address may be left empty; if given, it must look like one. */
export function emailProblem(value: string | undefined): FieldProblem {
  if (value === undefined || isBlank(value)) return undefined;
  if (value.length > LIMITS.shortText) return tooLongMessage('E-mailadressen', value.length);
  return EMAIL_PATTERN.test(value.trim()) ? undefined : FIELD_MESSAGES.email;
}

export function minutesProblem(value: number): FieldProblem {
  if (!Number.isInteger(value)) return FIELD_MESSAGES.minutesWhole;
  if (value < 0 || value > MAX_MEETING_MINUTES) return FIELD_MESSAGES.minutesRange;
  return undefined;
}

export type ParsedMinutes = { ok: true; value: number } | { ok: false; message: string };

/** What the user typed into a duration field: a whole number of minutes in range, or why not. */
export function parseMinutes(typed: string): ParsedMinutes {
  const trimmed = typed.trim();
  if (trimmed === '') return { ok: false, message: FIELD_MESSAGES.minutesRequired };
  if (!/^-?\d+([.,]\d+)?$/.test(trimmed)) return { ok: false, message: FIELD_MESSAGES.minutesWhole };
  const value = Number(trimmed.replace(',', '.'));
  const problem = minutesProblem(value);
  return problem ? { ok: false, message: problem } : { ok: true, value };
}

export interface ContactFields {
  name: string;
  email?: string | undefined;
  phone?: string | undefined;
}

/** A row left completely empty is allowed (it is a row just added); anything typed needs a name. */
export const isBlankContact = (c: ContactFields): boolean =>
  isBlank(c.name) && isBlank(c.email) && isBlank(c.phone);

export function contactProblems(c: ContactFields): RecordProblems<'name' | 'email' | 'phone'> {
  const problems: RecordProblems<'name' | 'email' | 'phone'> = {};
  const name = isBlankContact(c)
    ? undefined
    : text(c.name, LIMITS.shortText, 'Navnet', FIELD_MESSAGES.contactNameRequired);
  if (name) problems.name = name;
  const email = emailProblem(c.email);
  if (email) problems.email = email;
  if ((c.phone ?? '').length > LIMITS.shortText) problems.phone = 'Telefonnummeret';
  return problems;
}

export interface FacilitatorFields {
  name: string;
  organisation: string;
}

export const isBlankFacilitator = (f: FacilitatorFields): boolean =>
  isBlank(f.name) && isBlank(f.organisation);

export function facilitatorProblems(f: FacilitatorFields): RecordProblems<'name' | 'organisation'> {
  const problems: RecordProblems<'name' | 'organisation'> = {};
  const name = isBlankFacilitator(f)
    ? undefined
    : text(f.name, LIMITS.shortText, 'Navnet', FIELD_MESSAGES.facilitatorNameRequired);
  if (name) problems.name = name;
  if (f.organisation.length > LIMITS.shortText) problems.organisation = 'Navnet';
  return problems;
}

/** A free text of the brief, a meeting record or the pre-study: at most LIMITS.longText characters. */
export const longTextProblem = (what: string, value: string): FieldProblem =>
  text(value, LIMITS.longText, what);

/** A short free text (a name, "with whom"): at most LIMITS.shortText characters. */
export const shortTextProblem = (what: string, value: string): FieldProblem =>
  text(value, LIMITS.shortText, what);
