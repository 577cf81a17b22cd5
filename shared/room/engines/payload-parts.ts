import { z } from 'zod';

/**
 * Pieces the engines build their payload schemas from, so every kind words
 * its refusals the same way (Danish, saying what to do).
 */

/** Longest note on a board or in a dialogue. */
export const NOTE_MAX = 500;
/** Longest value of a field (a map unit's name, a plan's owner, a table cell). */
export const FIELD_MAX = 200;
/** Longest short label (a curve's name). */
export const LABEL_MAX = 40;

/** Text that must be written: trimmed, not empty, at most `max` characters. */
export function requiredText(max: number, what = 'Teksten') {
  return z
    .string({ message: `${what} skal være tekst` })
    .trim()
    .min(1, { message: `${what} må ikke være tom` })
    .max(max, { message: `${what} må højst have ${max} tegn` });
}

/** Text that may be left out or empty (an empty value is dropped by the summary). */
export function optionalText(max: number, what = 'Teksten') {
  return z
    .string({ message: `${what} skal være tekst` })
    .trim()
    .max(max, { message: `${what} må højst have ${max} tegn` })
    .optional();
}

/** One of the step's own ids (a cell, an item, a question); anything else is refused with `message`. */
export function knownId(ids: readonly string[], message: string) {
  const known = new Set(ids);
  return z.string({ message }).refine((id) => known.has(id), { message });
}

/**
 * A record of texts keyed by the step's own field ids: unknown keys are refused,
 * values trimmed and limited; empty values are dropped.
 */
export function fieldRecord(ids: readonly string[], max: number) {
  const known = new Set(ids);
  return z
    .record(
      z.string(),
      z
        .string({ message: 'Feltet skal være tekst' })
        .trim()
        .max(max, { message: `Et felt må højst have ${max} tegn` }),
      { message: 'Felterne mangler' },
    )
    .superRefine((record, ctx) => {
      for (const key of Object.keys(record)) {
        if (!known.has(key)) ctx.addIssue({ code: 'custom', path: [key], message: `Ukendt felt: ${key}` });
      }
    })
    .transform((record) => {
      const kept: Record<string, string> = {};
      for (const id of ids) if (record[id]) kept[id] = record[id];
      return kept;
    });
}

/** The parsed payloads of the answers that pass `schema`, with their answer ids (anything else is skipped). */
export function parsedAnswers<T>(
  schema: z.ZodType,
  answers: readonly { id: string; payload: unknown }[],
): { answerId: string; payload: T }[] {
  const parsed: { answerId: string; payload: T }[] = [];
  for (const answer of answers) {
    const result = schema.safeParse(answer.payload);
    if (result.success) parsed.push({ answerId: answer.id, payload: result.data as T });
  }
  return parsed;
}
