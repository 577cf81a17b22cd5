import type { Action } from '../domain/engagement.js';
import { LIMITS } from '../domain/primitives.js';
import type { ActionStage, IgloLevel } from '../domain/vocabulary.js';
import type { ExerciseCard, ExerciseStep } from '../library/card.js';
import type { ExerciseRun, RoomAnswer } from './exercise-run.js';
import { summariseStep, takesAnswers } from './engines/index.js';
import type { EngineResult } from './engines/results.js';

/**
 * What a finished (or running) exercise run shows on the programme page: the
 * result of each answer-taking step, from the answers the room was allowed
 * to see (hidden ones left out), and the notes that can become actions.
 */

export interface StepResult {
  step: ExerciseStep;
  result: EngineResult | null;
  /** Visible answers to this step. */
  count: number;
}

/** The answers of one step the facilitator has not hidden. */
export function visibleAnswers(run: ExerciseRun, stepId: string): RoomAnswer[] {
  const hidden = new Set(run.hiddenAnswerIds);
  return run.answers.filter((answer) => answer.stepId === stepId && !hidden.has(answer.id));
}

export function runResults(run: ExerciseRun, card: ExerciseCard): StepResult[] {
  return card.steps.filter(takesAnswers).map((step) => {
    const answers = visibleAnswers(run, step.id);
    return { step, result: summariseStep(step, answers), count: answers.length };
  });
}

/** A note of a board run that can become an action, with the IGLO level and stage of its cell. */
export interface NoteForAction {
  runId: string;
  answerId: string;
  stepId: string;
  text: string;
  iglo?: IgloLevel;
  stage?: ActionStage;
  /** Dots from dot voting; the most voted notes are listed first. */
  dots: number;
  /** An action was already made from this note. */
  alreadyAction: boolean;
}

/** Every visible note on the run's boards, most dots first, then in the order they were written. */
export function notesForActions(
  run: ExerciseRun,
  card: ExerciseCard,
  actions: readonly Action[],
): NoteForAction[] {
  const made = new Set(
    actions.flatMap((action) => (action.source?.runId === run.id ? [action.source.answerId] : [])),
  );
  return runResults(run, card).flatMap(({ step, result }) => {
    if (result?.kind !== 'board') return [];
    return result.notes
      .map((note, index) => ({ note, index }))
      .sort((a, b) => b.note.dots - a.note.dots || a.index - b.index)
      .map(({ note }) => ({
        runId: run.id,
        answerId: note.answerId,
        stepId: step.id,
        text: note.text,
        ...(note.iglo ? { iglo: note.iglo } : {}),
        ...(note.stage ? { stage: note.stage } : {}),
        dots: note.dots,
        alreadyAction: made.has(note.answerId),
      }));
  });
}

/** Where a note's text is cut to become an action's title; the whole text goes in the description. */
const TITLE_MAX = LIMITS.shortText;

/**
 * A new action from a note: the note is the title (cut at a word if it is too
 * long, with the whole text kept as the description), the IGLO level and
 * stage come from the note's cell, or the given defaults where the board's
 * cell does not say.
 */
export function actionFromNote(
  note: NoteForAction,
  id: string,
  defaults: { iglo: IgloLevel; stage: ActionStage },
): Action {
  const text = note.text.trim().replace(/\s+/g, ' ');
  const title = text.length <= TITLE_MAX ? text : `${cutAtWord(text, TITLE_MAX - 1)}…`;
  return {
    id,
    title,
    description: title === text ? '' : note.text.trim(),
    iglo: note.iglo ?? defaults.iglo,
    stage: note.stage ?? defaults.stage,
    owner: '',
    status: 'ikke-startet',
    followUps: [],
    source: { runId: note.runId, answerId: note.answerId },
  };
}

function cutAtWord(text: string, max: number): string {
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return (space > max / 2 ? cut.slice(0, space) : cut).trimEnd();
}
