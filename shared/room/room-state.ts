import { z } from 'zod';
import { Id, IsoDateTime } from '../domain/primitives.js';

/**
 * The live room: where the seminar is (agenda item and the step of its card),
 * what the projector may show, and whether answers are taken. The hub owns it;
 * the console and the projector both follow the hub, so they never disagree.
 * Changes are a pure function of (state, command, context): see room-reducer.ts.
 */

/** Default minimum number of answers before a result may be shown (no small group singled out). */
export const DEFAULT_MIN_ANSWERS = 5;
export const MAX_MIN_ANSWERS = 100;

/**
 * The timer of the current item. Running: `startedAt` is set and the time left
 * is `remainingMs - (now - startedAt)`. Paused or not started: `startedAt` is
 * absent and `remainingMs` is what is left.
 */
export const RoomTimer = z.object({
  durationMs: z.number().int().min(0),
  remainingMs: z.number().int(),
  startedAt: IsoDateTime.optional(),
});
export type RoomTimer = z.infer<typeof RoomTimer>;

export const RoomState = z.object({
  engagementId: Id,
  meetingId: Id,
  /** The agenda item on screen; absent only when the agenda is empty. */
  itemId: Id.optional(),
  /** The step of the item's card on screen (a card can have several steps). */
  stepId: Id.optional(),
  /** The run that records answers for the current item, when its card takes answers. */
  runId: Id.optional(),
  blackout: z.boolean(),
  /** The facilitator has revealed the current step's result (still withheld below minAnswers). */
  revealed: z.boolean(),
  minAnswers: z.number().int().min(1).max(MAX_MIN_ANSWERS),
  /** Answers are being taken for the current step. */
  open: z.boolean(),
  timer: RoomTimer,
  /** Answers recorded for the current step (hidden ones included). */
  answerCount: z.number().int().min(0),
  /** When the room was opened, and last changed (for resume). */
  openedAt: IsoDateTime,
  updatedAt: IsoDateTime,
  /**
   * Lines of room.ndjson that could not be read when the room was resumed
   * (a line cut short by a crash, bad JSON, an unknown record); they were
   * skipped. Absent when there were none.
   */
  journalProblems: z.number().int().min(1).optional(),
});
export type RoomState = z.infer<typeof RoomState>;

export const RoomCommand = z.discriminatedUnion('type', [
  z.object({ type: z.literal('goto'), itemId: Id, stepId: Id.optional() }).strict(),
  z.object({ type: z.literal('next') }).strict(),
  z.object({ type: z.literal('prev') }).strict(),
  z.object({ type: z.literal('blackout'), on: z.boolean() }).strict(),
  z
    .object({
      type: z.literal('timer'),
      action: z.enum(['start', 'pause', 'reset']),
      minutes: z.number().min(0).max(600).optional(),
    })
    .strict(),
  z.object({ type: z.literal('reveal'), on: z.boolean() }).strict(),
  z.object({ type: z.literal('input'), open: z.boolean() }).strict(),
  z.object({ type: z.literal('hide'), answerId: Id, hidden: z.boolean() }).strict(),
  z.object({ type: z.literal('minAnswers'), value: z.number().int().min(1).max(MAX_MIN_ANSWERS) }).strict(),
]);
export type RoomCommand = z.infer<typeof RoomCommand>;
