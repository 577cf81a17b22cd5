import type { z } from 'zod';
import type { ExerciseKind, StepOfKind } from '../../library/card.js';
import type { RoomAnswer } from '../exercise-run.js';
import type { EngineResult } from './results.js';

/**
 * One engine per interaction kind, configured by the card's step: a new
 * exercise is data, not code. Both parts are pure (no I/O), shared by the hub
 * (validate before journaling, summarise for the projector) and the renderer.
 */
export interface Engine<K extends ExerciseKind> {
  kind: K;
  /** The schema one answer's payload must pass for this step (value within the scale, a known cell …). */
  payload(step: StepOfKind<K>): z.ZodType;
  /** The run's result for this step from the visible answers; null for kinds without answers (slide). */
  summarise(step: StepOfKind<K>, answers: readonly RoomAnswer[]): EngineResult | null;
}
