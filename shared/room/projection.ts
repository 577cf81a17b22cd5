import { z } from 'zod';
import { ExerciseStep } from '../library/card.js';
import { Id } from '../domain/primitives.js';
import { AGENDA_ITEM_TYPES } from '../domain/vocabulary.js';
import { RoomTimer } from './room-state.js';
import { EngineResult } from './engines/results.js';

/**
 * What the projector shows now, and nothing more: built by the hub from the
 * room state, so hidden notes, facilitator hints and results below the
 * room's minimum never leave it for the projector.
 */
export const Projection = z.object({
  engagementId: Id,
  /** Absent when the agenda is empty. */
  itemId: Id.optional(),
  blackout: z.boolean(),
  timer: RoomTimer,
  item: z
    .object({
      title: z.string(),
      type: z.enum(AGENDA_ITEM_TYPES),
      /** Position in the agenda, 1-based, and the agenda's length. */
      position: z.number().int().min(1),
      total: z.number().int().min(1),
    })
    .optional(),
  /** The card's room-facing text, when the item runs an exercise. */
  exercise: z.object({ id: Id, title: z.string(), projectorText: z.string() }).optional(),
  /** The current step, with facilitator-only parts (hints) removed. */
  step: ExerciseStep.optional(),
  stepPosition: z.number().int().min(1).optional(),
  stepTotal: z.number().int().min(1).optional(),
  /** Whether the room is taking answers for this step, and how many came in (visible ones). */
  open: z.boolean(),
  answerCount: z.number().int().min(0),
  /** Only when it may be shown: revealed and at least minAnswers visible answers. */
  result: EngineResult.optional(),
  /** Why a result is not shown, so the projector can say so plainly. */
  withheld: z
    .object({
      reason: z.enum(['notRevealed', 'tooFewAnswers']),
      count: z.number().int().min(0),
      minAnswers: z.number().int().min(1),
    })
    .optional(),
});
export type Projection = z.infer<typeof Projection>;
