import { z } from 'zod';

/**
 * Ids become folder names in the file store, so they are deliberately narrow:
 * lower-case letters, digits and dashes, 1-64 characters, no dots or separators.
 */
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;
export const Id = z.string().regex(ID_PATTERN, { message: 'Ugyldigt id' });
export type Id = z.infer<typeof Id>;

/** Calendar date as YYYY-MM-DD (no time zone: a meeting day is a local day). */
export const IsoDate = z.iso.date();
export const IsoDateTime = z.iso.datetime({ offset: true });

/** Length limits keep one bad paste or a phone's oversized note from bloating a file. */
export const LIMITS = {
  shortText: 200,
  longText: 20_000,
  listItems: 500,
} as const;

export const ShortText = z.string().max(LIMITS.shortText);
export const LongText = z.string().max(LIMITS.longText);

/** An optional short text that may also be left empty in a form. */
export const OptionalShortText = ShortText.optional();
