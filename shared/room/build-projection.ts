import type { ExerciseStep } from '../library/card.js';
import { summariseStep, takesAnswers } from './engines/index.js';
import type { ExerciseRun, RoomAnswer } from './exercise-run.js';
import type { Projection } from './projection.js';
import { outlineItem, type RoomOutline } from './room-outline.js';
import type { RoomState } from './room-state.js';

/**
 * What the projector may show now, and nothing more (the SAFE REVEAL rule):
 * a result only when the facilitator has revealed it AND at least minAnswers
 * visible answers have come in; hidden answers never count and never appear;
 * facilitator-only parts of the step (dialogue hints) are removed. During a
 * blackout no result is sent at all.
 *
 * `run` is the run of the current item (state.runId), when there is one.
 */
export function buildProjection(state: RoomState, outline: RoomOutline, run?: ExerciseRun): Projection {
  const projection: Projection = {
    engagementId: state.engagementId,
    blackout: state.blackout,
    timer: state.timer,
    open: state.open,
    answerCount: 0,
  };
  const entry = outlineItem(outline, state.itemId);
  if (!entry) return projection;
  projection.itemId = entry.item.id;
  projection.item = {
    title: entry.item.title,
    type: entry.item.type,
    position: entry.index + 1,
    total: outline.items.length,
  };
  const card = entry.card;
  if (!card) return projection;
  projection.exercise = { id: card.id, title: card.title, projectorText: card.projectorText };
  const stepIndex = entry.steps.findIndex((step) => step.id === state.stepId);
  const step = entry.steps[stepIndex];
  if (!step) return projection;
  projection.step = forTheRoom(step);
  projection.stepPosition = stepIndex + 1;
  projection.stepTotal = entry.steps.length;
  if (!takesAnswers(step)) return projection;

  const visible = visibleAnswers(run?.id === state.runId ? run : undefined, step.id);
  projection.answerCount = visible.length;
  if (state.blackout) return projection;
  const withheld = (reason: 'notRevealed' | 'tooFewAnswers') => ({
    reason,
    count: visible.length,
    minAnswers: state.minAnswers,
  });
  if (!state.revealed) projection.withheld = withheld('notRevealed');
  else if (visible.length < state.minAnswers) projection.withheld = withheld('tooFewAnswers');
  else {
    const result = summariseStep(step, visible);
    if (result) projection.result = result;
  }
  return projection;
}

/** The run's answers to one step that the facilitator has not hidden. */
export function visibleAnswers(run: ExerciseRun | undefined, stepId: string): RoomAnswer[] {
  if (!run) return [];
  const hidden = new Set(run.hiddenAnswerIds);
  return run.answers.filter((answer) => answer.stepId === stepId && !hidden.has(answer.id));
}

/** The step without what only the facilitator may see. */
function forTheRoom(step: ExerciseStep): ExerciseStep {
  if (step.kind !== 'dialogue') return step;
  return { ...step, questions: step.questions.map(({ hint: _hint, ...question }) => question) };
}
