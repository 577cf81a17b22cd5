import { z } from 'zod';
import { Id, IsoDateTime } from '../domain/primitives.js';

/** Who gave an answer: the facilitator typing what the room says, or an anonymous participant id. */
export const AnswerAuthor = z.union([z.literal('facilitator'), Id]);

/**
 * One answer to one step of a run. The payload's shape is the step's engine's
 * (see engines/): it was validated against the step's config before it was
 * journaled, and is parsed again by the engine when summarised.
 */
export const RoomAnswer = z.object({
  id: Id,
  stepId: Id,
  by: AnswerAuthor,
  at: IsoDateTime,
  payload: z.unknown(),
});
export type RoomAnswer = z.infer<typeof RoomAnswer>;

/**
 * One exercise run: the answers an agenda item's card got in one room. Kept
 * apart from the edited programme in `engagements/<id>/runs/<runId>.json`.
 */
export const ExerciseRun = z.object({
  id: Id,
  engagementId: Id,
  meetingId: Id,
  agendaItemId: Id,
  exerciseId: Id,
  startedAt: IsoDateTime,
  endedAt: IsoDateTime.optional(),
  answers: z.array(RoomAnswer),
  hiddenAnswerIds: z.array(Id),
});
export type ExerciseRun = z.infer<typeof ExerciseRun>;
