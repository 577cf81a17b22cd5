import { ApiError } from '../errors.js';
import { takesAnswers } from './engines/index.js';
import { DEFAULT_MIN_ANSWERS, type RoomCommand, type RoomState, type RoomTimer } from './room-state.js';
import { outlineItem, type OutlineItem, type RoomOutline } from './room-outline.js';

/**
 * The room's state transitions, pure: (state, command, context) → state.
 * Runs (and their ids) belong to the hub; the reducer only reads which runs
 * this room has, and says when the hub must start one or hide an answer.
 */

/** What the reducer needs to know of one of the room's runs. */
export interface RoomRunInfo {
  id: string;
  agendaItemId: string;
  answers: readonly { id: string; stepId: string }[];
}

export interface RoomContext {
  outline: RoomOutline;
  now: Date;
  /** The runs of this room so far. */
  runs: readonly RoomRunInfo[];
}

export interface RoomTransition {
  state: RoomState;
  /** The room reached an item with an exercise that has no run yet: the hub starts one and sets state.runId. */
  startRun?: { itemId: string };
  /** An answer to hide or show again; hidden ids live in the run, not in RoomState. */
  hide?: { runId: string; answerId: string; hidden: boolean };
}

const MINUTE_MS = 60_000;

export const ROOM_MESSAGES = {
  unknownItem: 'Punktet findes ikke på mødets dagsorden. Genindlæs rummet og prøv igen.',
  unknownStep: 'Trinnet findes ikke i punktets øvelse. Genindlæs rummet og prøv igen.',
  unknownAnswer: 'Svaret findes ikke i dette rum. Genindlæs rummet og prøv igen.',
} as const;

export interface OpenRoomArg {
  engagementId: string;
  outline: RoomOutline;
  now: Date;
  runs?: readonly RoomRunInfo[];
  minAnswers?: number;
}

/** The room as it opens: at the first item's first step, timer set to the item's minutes, nothing revealed. */
export function openRoom(arg: OpenRoomArg): RoomTransition {
  const at = arg.now.toISOString();
  const first = arg.outline.items[0];
  const base: RoomState = {
    engagementId: arg.engagementId,
    meetingId: arg.outline.meetingId,
    blackout: false,
    revealed: false,
    minAnswers: arg.minAnswers ?? DEFAULT_MIN_ANSWERS,
    open: false,
    timer: stoppedTimer(0),
    answerCount: 0,
    openedAt: at,
    updatedAt: at,
  };
  if (!first) return { state: base };
  return moveTo(base, first, first.steps[0]?.id, {
    outline: arg.outline,
    now: arg.now,
    runs: arg.runs ?? [],
  });
}

export function applyCommand(state: RoomState, command: RoomCommand, context: RoomContext): RoomTransition {
  const { outline, now } = context;
  const at = now.toISOString();
  const touched = (changes: Partial<RoomState>): RoomTransition => ({
    state: { ...state, ...changes, updatedAt: at },
  });

  switch (command.type) {
    case 'goto': {
      const target = outlineItem(outline, command.itemId);
      if (!target)
        throw new ApiError('invalid_argument', ROOM_MESSAGES.unknownItem, { itemId: command.itemId });
      if (command.stepId !== undefined && !target.steps.some((step) => step.id === command.stepId)) {
        throw new ApiError('invalid_argument', ROOM_MESSAGES.unknownStep, { stepId: command.stepId });
      }
      return moveTo(state, target, command.stepId ?? target.steps[0]?.id, context);
    }
    case 'next':
    case 'prev': {
      const target = neighbour(state, outline, command.type === 'next' ? 1 : -1);
      return target ? moveTo(state, target.item, target.stepId, context) : { state };
    }
    case 'blackout':
      return touched({ blackout: command.on });
    case 'timer':
      return touched({ timer: timerAfter(state.timer, command, now) });
    case 'reveal':
      return touched({ revealed: command.on });
    case 'input':
      return touched({ open: command.open && currentStepTakesAnswers(state, outline) });
    case 'minAnswers':
      return touched({ minAnswers: command.value });
    case 'hide': {
      const run = context.runs.find((candidate) => candidate.answers.some((a) => a.id === command.answerId));
      if (!run)
        throw new ApiError('invalid_argument', ROOM_MESSAGES.unknownAnswer, { answerId: command.answerId });
      return {
        state: { ...state, updatedAt: at },
        hide: { runId: run.id, answerId: command.answerId, hidden: command.hidden },
      };
    }
  }
}

/** The number of answers (hidden ones included) a run holds for one step. */
export function answerCountFor(
  runs: readonly RoomRunInfo[],
  itemId: string,
  stepId: string | undefined,
): number {
  if (stepId === undefined) return 0;
  const run = runs.find((candidate) => candidate.agendaItemId === itemId);
  return run ? run.answers.filter((answer) => answer.stepId === stepId).length : 0;
}

function currentStepTakesAnswers(state: RoomState, outline: RoomOutline): boolean {
  const step = outlineItem(outline, state.itemId)?.steps.find((candidate) => candidate.id === state.stepId);
  return step !== undefined && takesAnswers(step);
}

/**
 * Moves to a position. A new step hides the result again and opens input when
 * the step takes answers; a new item also resets the timer to its minutes and
 * picks (or asks the hub to start) its run. Blackout and minAnswers stay.
 */
function moveTo(
  state: RoomState,
  target: OutlineItem,
  stepId: string | undefined,
  context: RoomContext,
): RoomTransition {
  const itemId = target.item.id;
  const itemChanged = itemId !== state.itemId;
  const stepChanged = itemChanged || stepId !== state.stepId;
  const step = target.steps.find((candidate) => candidate.id === stepId);
  const run = context.runs.find((candidate) => candidate.agendaItemId === itemId);
  const next: RoomState = {
    ...state,
    itemId,
    stepId,
    runId: target.hasExercise ? run?.id : undefined,
    revealed: stepChanged ? false : state.revealed,
    open: stepChanged ? step !== undefined && takesAnswers(step) : state.open,
    timer: itemChanged ? stoppedTimer(target.item.minutes * MINUTE_MS) : state.timer,
    answerCount: answerCountFor(context.runs, itemId, stepId),
    updatedAt: context.now.toISOString(),
  };
  if (next.stepId === undefined) delete next.stepId;
  if (next.runId === undefined) delete next.runId;
  return target.hasExercise && !run ? { state: next, startRun: { itemId } } : { state: next };
}

/** The position one step forward or back: through the item's steps, then into the next or previous item. */
function neighbour(
  state: RoomState,
  outline: RoomOutline,
  direction: 1 | -1,
): { item: OutlineItem; stepId: string | undefined } | undefined {
  const current = outlineItem(outline, state.itemId);
  if (!current) {
    // No position yet (an empty agenda has none to go to).
    const first = outline.items[0];
    return first ? { item: first, stepId: first.steps[0]?.id } : undefined;
  }
  const stepIndex = current.steps.findIndex((step) => step.id === state.stepId);
  const nextStep = current.steps[stepIndex + direction];
  if (stepIndex >= 0 && nextStep) return { item: current, stepId: nextStep.id };
  const item = outline.items[current.index + direction];
  if (!item) return undefined;
  const stepId = direction === 1 ? item.steps[0]?.id : item.steps[item.steps.length - 1]?.id;
  return { item, stepId };
}

function stoppedTimer(durationMs: number): RoomTimer {
  return { durationMs, remainingMs: durationMs };
}

/** Time left now; negative once the time is up (the console shows overtime). */
export function remainingMs(timer: RoomTimer, now: Date): number {
  if (timer.startedAt === undefined) return timer.remainingMs;
  return timer.remainingMs - (now.getTime() - Date.parse(timer.startedAt));
}

function timerAfter(
  timer: RoomTimer,
  command: Extract<RoomCommand, { type: 'timer' }>,
  now: Date,
): RoomTimer {
  const durationMs =
    command.minutes === undefined ? timer.durationMs : Math.round(command.minutes * MINUTE_MS);
  switch (command.action) {
    case 'start':
      if (command.minutes !== undefined)
        return { durationMs, remainingMs: durationMs, startedAt: now.toISOString() };
      return timer.startedAt === undefined ? { ...timer, startedAt: now.toISOString() } : timer;
    case 'pause':
      return { durationMs: timer.durationMs, remainingMs: Math.round(remainingMs(timer, now)) };
    case 'reset':
      return stoppedTimer(durationMs);
  }
}
