import type { AgendaItem, Meeting } from '../domain/engagement.js';
import type { ExerciseCard, ExerciseStep } from '../library/card.js';
import { takesAnswers } from './engines/index.js';

/** What the room needs of a card: its room-facing text and its steps. */
export type RoomCard = Pick<ExerciseCard, 'id' | 'title' | 'projectorText' | 'steps'>;

/**
 * One agenda item as the room walks through it. An item whose card is found
 * has the card's steps; an item without an exercise (a talk, a break) or whose
 * card is missing has no steps and is one position on its own.
 */
export interface OutlineItem {
  item: AgendaItem;
  /** Position in the agenda, 0-based. */
  index: number;
  card?: RoomCard;
  steps: readonly ExerciseStep[];
  /** The item's card takes answers in at least one step, so reaching it starts a run. */
  hasExercise: boolean;
}

/** The meeting's agenda in order, each item with its card's steps: every position the room can be at. */
export interface RoomOutline {
  meetingId: string;
  items: readonly OutlineItem[];
}

/** Builds the outline from the meeting and the cards found for its items (a missing card leaves the item stepless). */
export function buildOutline(
  meeting: Pick<Meeting, 'id' | 'agenda'>,
  cardFor: (exerciseId: string) => RoomCard | undefined,
): RoomOutline {
  return {
    meetingId: meeting.id,
    items: meeting.agenda.map((item, index) => {
      const card = item.exerciseId === undefined ? undefined : cardFor(item.exerciseId);
      const steps = card?.steps ?? [];
      return { item, index, card, steps, hasExercise: steps.some(takesAnswers) };
    }),
  };
}

export function outlineItem(outline: RoomOutline, itemId: string | undefined): OutlineItem | undefined {
  return itemId === undefined ? undefined : outline.items.find((entry) => entry.item.id === itemId);
}

/** The step on screen, when the item has a card. */
export function outlineStep(
  outline: RoomOutline,
  itemId: string | undefined,
  stepId: string | undefined,
): ExerciseStep | undefined {
  if (stepId === undefined) return undefined;
  return outlineItem(outline, itemId)?.steps.find((step) => step.id === stepId);
}
