import { LIMITS } from './primitives.js';
import { tooLongMessage, type FieldProblem } from './field-rules.js';

/**
 * The rules for what a user types into a seminar's agenda, with the Danish
 * message shown beside the field. The planner and the file store (through
 * engagement-rules.ts) refuse the same things with the same words.
 */
export const AGENDA_MESSAGES = {
  titleRequired: 'Skriv punktets titel.',
  startTime: 'Skriv starttidspunktet som tt:mm, fx 09:00.',
} as const;

export function agendaTitleProblem(value: string): FieldProblem {
  if (value.trim() === '') return AGENDA_MESSAGES.titleRequired;
  if (value.length > LIMITS.shortText) return tooLongMessage('Titlen', value.length);
  return undefined;
}

/** One material per line; each line is a short text. */
export function materialsProblem(lines: readonly string[]): FieldProblem {
  const long = lines.find((line) => line.length > LIMITS.shortText);
  return long === undefined ? undefined : tooLongMessage('Et materiale', long.length);
}

/** The text of a materials field (one per line) → the list saved, without empty lines. */
export const materialLines = (text: string): string[] =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');

export function notesProblem(value: string): FieldProblem {
  return value.length > LIMITS.longText
    ? tooLongMessage('Noterne', value.length, LIMITS.longText)
    : undefined;
}
