import { z } from 'zod';
import { Id, IsoDateTime } from '../domain/primitives.js';
import { checkCard, ExerciseCardFields, type ExerciseKind } from './card.js';

/** The schema version of an own card's file (library/<id>.json). Older files are migrated on read. */
export const CUSTOM_CARD_SCHEMA_VERSION = 1;

export const CARD_ORIGINS = ['builtin', 'custom'] as const;
export const CardOrigin = z.enum(CARD_ORIGINS);
export type CardOrigin = z.infer<typeof CardOrigin>;

const ownCardFields = {
  /** The card an own exercise was copied from, if any. */
  basedOn: Id.optional(),
};

/** A card as the catalogue hands it out: built in, or the consultant's own. */
export const CatalogueCard = ExerciseCardFields.extend({
  ...ownCardFields,
  origin: CardOrigin,
  /** 0 for built-in cards; an own card's revision goes up by one per save. */
  revision: z.number().int().min(0),
  updatedAt: IsoDateTime.optional(),
}).superRefine(checkCard);
export type CatalogueCard = z.infer<typeof CatalogueCard>;

/**
 * What the editor sends to `catalogue.saveCustom`: a card, and the revision it
 * was based on (left out, or 0, for a new card). A stale revision is refused.
 */
export const CustomCardDraft = ExerciseCardFields.extend({
  ...ownCardFields,
  revision: z.number().int().min(0).optional(),
}).superRefine(checkCard);
export type CustomCardDraft = z.input<typeof CustomCardDraft>;

/** An own card on disk. */
export const StoredCustomCard = ExerciseCardFields.extend({
  ...ownCardFields,
  schemaVersion: z.literal(CUSTOM_CARD_SCHEMA_VERSION),
  revision: z.number().int().min(1),
  updatedAt: IsoDateTime,
}).superRefine(checkCard);
export type StoredCustomCard = z.infer<typeof StoredCustomCard>;

/** An own card that could not be read; the rest of the library still lists. */
export const CatalogueProblem = z.object({
  id: Id.optional(),
  /** Relative to the data folder, with forward slashes. */
  file: z.string(),
  message: z.string(),
});
export type CatalogueProblem = z.infer<typeof CatalogueProblem>;

export const EXERCISE_KIND_LABELS: Record<ExerciseKind, string> = {
  slide: 'Viden',
  scale: 'Skala',
  rating: 'Vurdering',
  curve: 'Kurve',
  board: 'Tavle',
  checklist: 'Tjekliste',
  dialogue: 'Dialog',
  map: 'Kort',
};

/** The prefix of every own card's id, so an own card can never take a built-in card's id. */
export const CUSTOM_ID_PREFIX = 'egen-';
