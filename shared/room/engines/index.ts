import type { z } from 'zod';
import type { ExerciseKind, ExerciseStep, StepOfKind } from '../../library/card.js';
import type { RoomAnswer } from '../exercise-run.js';
import type { Engine } from './engine.js';
import type { EngineResult } from './results.js';
import { scaleEngine } from './scale.js';
import { slideEngine } from './slide.js';

/**
 * Every engine by kind. Kinds not yet built fall back to the slide engine
 * (no answers, no result) until their file exists.
 */
const ENGINES: { [K in ExerciseKind]: Engine<K> } = {
  slide: slideEngine,
  scale: scaleEngine,
  rating: slideEngine as unknown as Engine<'rating'>,
  curve: slideEngine as unknown as Engine<'curve'>,
  board: slideEngine as unknown as Engine<'board'>,
  checklist: slideEngine as unknown as Engine<'checklist'>,
  dialogue: slideEngine as unknown as Engine<'dialogue'>,
  map: slideEngine as unknown as Engine<'map'>,
};

export function engineFor<K extends ExerciseKind>(kind: K): Engine<K> {
  return ENGINES[kind];
}

/** Whether a step takes answers from the room (everything but a slide). */
export function takesAnswers(step: ExerciseStep): boolean {
  return step.kind !== 'slide';
}

/** The schema an answer's payload must pass for this step. */
export function payloadSchemaFor(step: ExerciseStep): z.ZodType {
  return (engineFor(step.kind) as Engine<ExerciseKind>).payload(step as StepOfKind<ExerciseKind>);
}

/** The step's result from its visible answers (null for a slide). */
export function summariseStep(step: ExerciseStep, answers: readonly RoomAnswer[]): EngineResult | null {
  return (engineFor(step.kind) as Engine<ExerciseKind>).summarise(step as StepOfKind<ExerciseKind>, answers);
}
