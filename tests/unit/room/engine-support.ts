import {
  ExerciseCard,
  type ExerciseCardInput,
  type ExerciseKind,
  type StepOfKind,
} from '../../../shared/library/card.js';
import type { RoomAnswer } from '../../../shared/room/exercise-run.js';
import type { z } from 'zod';

/** A built-in card's step, parsed as the room gets it (defaults filled in). */
export function stepOf<K extends ExerciseKind>(
  card: ExerciseCardInput,
  kind: K,
  stepId?: string,
): StepOfKind<K> {
  const parsed = ExerciseCard.parse(card);
  const step = parsed.steps.find(
    (candidate) => candidate.kind === kind && (!stepId || candidate.id === stepId),
  );
  if (!step) throw new Error(`${card.id} has no ${kind} step ${stepId ?? ''}`);
  return step as StepOfKind<K>;
}

export function answer(
  id: string,
  stepId: string,
  payload: unknown,
  at = '2026-11-22T09:00:00.000Z',
): RoomAnswer {
  return { id, stepId, by: 'facilitator', at, payload };
}

/** The first refusal's message, or null when the payload passes. */
export function refusal(schema: z.ZodType, payload: unknown): string | null {
  const parsed = schema.safeParse(payload);
  return parsed.success ? null : (parsed.error.issues[0]?.message ?? '');
}
