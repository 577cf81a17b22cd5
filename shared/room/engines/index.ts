import type { z } from 'zod';
import type { ExerciseKind, ExerciseStep, StepOfKind } from '../../library/card.js';
import type { RoomAnswer } from '../exercise-run.js';
import type { Engine } from './engine.js';
import type { EngineResult } from './results.js';
import { boardEngine } from './board.js';
import { checklistEngine } from './checklist.js';
import { curveEngine } from './curve.js';
import { dialogueEngine } from './dialogue.js';
import { mapEngine } from './map.js';
import { ratingEngine } from './rating.js';
import { scaleEngine } from './scale.js';
import { slideEngine } from './slide.js';

/** Every engine by kind. */
const ENGINES: { [K in ExerciseKind]: Engine<K> } = {
  slide: slideEngine,
  scale: scaleEngine,
  rating: ratingEngine,
  curve: curveEngine,
  board: boardEngine,
  checklist: checklistEngine,
  dialogue: dialogueEngine,
  map: mapEngine,
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
