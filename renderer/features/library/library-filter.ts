import { EXERCISE_KINDS, type ExerciseKind } from '@shared/library/card';
import { EXERCISE_KIND_LABELS, type CatalogueCard } from '@shared/library/catalogue';
import {
  IGLO_LEVEL_LABELS,
  IGLO_LEVELS,
  PHASE_KINDS,
  PHASE_LABELS,
  THEME_IDS,
  THEME_LABELS,
  type IgloLevel,
  type PhaseKind,
  type ThemeId,
} from '@shared/domain/vocabulary';
import { matchesSearch } from '@/lib/search';

/** Suggested-time brackets the library filters on. */
export const MINUTE_BRACKETS = {
  'op-til-15': { label: 'Op til 15 min', min: 0, max: 15 },
  '16-30': { label: '16–30 min', min: 16, max: 30 },
  '31-60': { label: '31–60 min', min: 31, max: 60 },
  'over-60': { label: 'Over 60 min', min: 61, max: Infinity },
} as const;
export type MinuteBracket = keyof typeof MINUTE_BRACKETS;

export interface LibraryFilter {
  query: string;
  kind: ExerciseKind | '';
  phase: PhaseKind | '';
  iglo: IgloLevel | '';
  theme: ThemeId | '';
  minutes: MinuteBracket | '';
  /** Only the consultant's own cards. */
  ownOnly: boolean;
}

export const EMPTY_FILTER: LibraryFilter = {
  query: '',
  kind: '',
  phase: '',
  iglo: '',
  theme: '',
  minutes: '',
  ownOnly: false,
};

/** The texts a search looks through: title, purpose, instructions and prompts (and what the room reads). */
export function searchFieldsOf(card: CatalogueCard): string[] {
  return [card.title, card.purpose, ...card.instructions, ...card.prompts, card.projectorText];
}

export function matchesFilter(card: CatalogueCard, filter: LibraryFilter): boolean {
  const bracket = filter.minutes === '' ? undefined : MINUTE_BRACKETS[filter.minutes];
  return (
    (filter.kind === '' ||
      card.kind === filter.kind ||
      card.steps.some((step) => step.kind === filter.kind)) &&
    (filter.phase === '' || card.phases.includes(filter.phase)) &&
    (filter.iglo === '' || card.iglo.includes(filter.iglo)) &&
    (filter.theme === '' || card.themes.includes(filter.theme)) &&
    (bracket === undefined || (card.minutes >= bracket.min && card.minutes <= bracket.max)) &&
    (!filter.ownOnly || card.origin === 'custom') &&
    matchesSearch(filter.query, searchFieldsOf(card))
  );
}

export function isFiltered(filter: LibraryFilter): boolean {
  return (Object.keys(EMPTY_FILTER) as (keyof LibraryFilter)[]).some(
    (key) => filter[key] !== EMPTY_FILTER[key],
  );
}

/** The cards the filter lets through, those with the search words in their title first. */
export function filterCards(cards: readonly CatalogueCard[], filter: LibraryFilter): CatalogueCard[] {
  const hits = cards.filter((card) => matchesFilter(card, filter));
  if (!filter.query) return hits;
  const inTitle = hits.filter((card) => matchesSearch(filter.query, [card.title]));
  return [...inTitle, ...hits.filter((card) => !inTitle.includes(card))];
}

const optionsOf = <V extends string>(values: readonly V[], labels: Record<V, string>) =>
  values.map((value) => ({ value, label: labels[value] }));

/** The options of each filter select, in the order the selects show them. */
export const FILTER_OPTIONS = {
  kind: optionsOf(EXERCISE_KINDS, EXERCISE_KIND_LABELS),
  phase: optionsOf(PHASE_KINDS, PHASE_LABELS),
  iglo: optionsOf(IGLO_LEVELS, IGLO_LEVEL_LABELS),
  theme: optionsOf(THEME_IDS, THEME_LABELS),
  minutes: (Object.keys(MINUTE_BRACKETS) as MinuteBracket[]).map((value) => ({
    value,
    label: MINUTE_BRACKETS[value].label,
  })),
};
