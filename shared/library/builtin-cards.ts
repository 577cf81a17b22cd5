import { ExerciseCard } from './card.js';
import type { CatalogueCard } from './catalogue.js';
import { card as wellbeingBarometer } from './cards/wellbeing-barometer.js';

/** Every built-in card, in the order the library shows them before any search. */
const CARD_FILES = [wellbeingBarometer];

let parsed: readonly CatalogueCard[] | undefined;

/** The built-in cards, parsed once (defaults filled in) on first use. */
export function builtInCards(): readonly CatalogueCard[] {
  parsed ??= CARD_FILES.map((file) => ({
    ...ExerciseCard.parse(file),
    origin: 'builtin' as const,
    revision: 0,
  }));
  return parsed;
}

export function isBuiltInId(id: string): boolean {
  return CARD_FILES.some((card) => card.id === id);
}
