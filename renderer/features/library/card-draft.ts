import type { ExerciseStep } from '@shared/library/card';
import {
  CUSTOM_ID_PREFIX,
  CustomCardDraft,
  EXERCISE_KIND_LABELS,
  type CatalogueCard,
} from '@shared/library/catalogue';
import { LIMITS } from '@shared/domain/primitives';
import { cloneJson } from '@/lib/clone';
import { foldForSearch } from '@/lib/search';

/** What the card editor edits: a card without the catalogue's bookkeeping (origin, save time). */
export type CardDraft = Omit<CatalogueCard, 'origin' | 'updatedAt'>;

/** A file-safe slug of a Danish title: "Fjern stenene i skoen" → "fjern-stenene-i-skoen". */
export function slugOf(text: string): string {
  return foldForSearch(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function randomSuffix(): string {
  return Math.random().toString(36).slice(2, 8).padEnd(6, '0');
}

/** An id for a new own card: "egen-" + the title's slug + a random suffix, within the id pattern's 64 characters. */
export function newCustomId(title: string, suffix: string = randomSuffix()): string {
  const room = 64 - CUSTOM_ID_PREFIX.length - suffix.length - 1;
  const slug = slugOf(title).slice(0, room).replace(/-+$/, '') || 'oevelse';
  return `${CUSTOM_ID_PREFIX}${slug}-${suffix}`;
}

/** "Kopiér og tilpas": an own card that starts as a copy of `card`, with a new id and a title saying it is a copy. */
export function copyOf(card: CatalogueCard, id: string = newCustomId(card.title)): CardDraft {
  const { origin: _origin, updatedAt: _updatedAt, ...fields } = cloneJson(card);
  const title = `${card.title} (egen udgave)`;
  return {
    ...fields,
    id,
    title: title.length <= LIMITS.shortText ? title : card.title,
    basedOn: card.origin === 'builtin' ? card.id : (card.basedOn ?? card.id),
    revision: 0,
  };
}

/** An own card opened for editing. */
export function draftOf(card: CatalogueCard): CardDraft {
  const { origin: _origin, updatedAt: _updatedAt, ...fields } = cloneJson(card);
  return fields;
}

/** An id not yet used in `taken`: "punkt-4", "punkt-5" … */
export function nextId(prefix: string, taken: readonly { id: string }[]): string {
  const used = new Set(taken.map((item) => item.id));
  for (let n = taken.length + 1; ; n++) {
    const id = `${prefix}-${n}`;
    if (!used.has(id)) return id;
  }
}

/** The draft's problems by path ("steps.0.questions.2.text" → message), as the user types. */
export function problemsOf(draft: CardDraft): Map<string, string> {
  const result = CustomCardDraft.safeParse(draft);
  const problems = new Map<string, string>();
  if (result.success) return problems;
  for (const issue of result.error.issues) {
    const path = issue.path.map(String).join('.');
    if (!problems.has(path)) problems.set(path, issue.message);
  }
  return problems;
}

/** A new step of the given kind with a sensible start, for "Tilføj trin". */
export function newStep(kind: ExerciseStep['kind'], id: string): ExerciseStep {
  return { ...stepConfig(kind), id, title: EXERCISE_KIND_LABELS[kind], optional: false } as ExerciseStep;
}

type StepConfig = {
  [K in ExerciseStep['kind']]: Omit<Extract<ExerciseStep, { kind: K }>, 'id' | 'title' | 'optional'>;
};

function stepConfig<K extends ExerciseStep['kind']>(kind: K): StepConfig[K];
function stepConfig(kind: ExerciseStep['kind']): StepConfig[ExerciseStep['kind']] {
  switch (kind) {
    case 'slide':
      return { kind, blocks: [{ type: 'paragraph', text: '' }] };
    case 'scale':
      return {
        kind,
        min: 1,
        max: 10,
        minLabel: 'Meget lidt',
        maxLabel: 'Rigtig meget',
        askWhy: false,
      };
    case 'rating':
      return {
        kind,
        items: [{ id: 'punkt-1', label: '' }],
        scale: [
          { value: 1, label: 'Slet ikke' },
          { value: 2, label: 'I nogen grad' },
          { value: 3, label: 'I høj grad' },
        ],
        notes: false,
      };
    case 'curve':
      return {
        kind,
        monthsBack: 6,
        zones: [
          { id: 'under', label: 'Underbelastning' },
          { id: 'optimal', label: 'Optimal belastning' },
          { id: 'over', label: 'Overbelastning' },
        ],
        questions: [''],
      };
    case 'board':
      return {
        kind,
        board: { layout: 'columns', columns: [{ id: 'kolonne-1', label: '' }] },
        notesBecomeActions: false,
        dots: 3,
      };
    case 'checklist':
      return { kind, groups: [{ id: 'gruppe-1', items: [{ id: 'punkt-1', label: '' }] }] };
    case 'dialogue':
      return { kind, questions: [{ id: 'spoergsmaal-1', text: '' }] };
    case 'map':
      return {
        kind,
        unitFields: [{ id: 'navn', label: 'Enhed' }],
        suggestedUnits: [],
        states: [
          { id: 'green', label: 'God kontakt', symbol: '✓' },
          { id: 'red', label: 'Mangler kontakt', symbol: '✕' },
        ],
        planFields: [{ id: 'handling', label: 'Hvad gør vi' }],
      };
  }
}
