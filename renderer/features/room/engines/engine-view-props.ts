import type { ExerciseStep } from '@shared/library/card';
import type { EngineResult } from '@shared/room/engines/results';
import type { ExerciseRun } from '@shared/room/exercise-run';
import type { Projection } from '@shared/room/projection';

/**
 * The props every engine's three faces take. The console and the projector
 * pages and the results page mount them through ENGINE_VIEWS (index.ts).
 */
export interface ProjectorFaceProps<S extends ExerciseStep = ExerciseStep> {
  step: S;
  projection: Projection;
}

/** Emits 'answer' (payload) and 'hide' (answerId, hidden). */
export interface ConsoleFaceProps<S extends ExerciseStep = ExerciseStep> {
  step: S;
  /** The current run with every answer (hidden ones too); filter by step.id inside. */
  run: ExerciseRun | undefined;
  hiddenAnswerIds: string[];
  disabled: boolean;
}

export interface ResultsFaceProps<S extends ExerciseStep = ExerciseStep> {
  step: S;
  result: EngineResult | null;
  /** A second run of the same card, shown side by side. */
  compareWith?: EngineResult | null;
  labels?: { a: string; b: string };
}
