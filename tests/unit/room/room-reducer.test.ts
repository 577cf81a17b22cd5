import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/errors.js';
import {
  applyCommand,
  openRoom,
  remainingMs,
  type RoomContext,
  type RoomRunInfo,
} from '../../../shared/room/room-reducer.js';
import { RoomCommand, RoomState } from '../../../shared/room/room-state.js';
import { later, NOW, seminarOutline } from '../../support/room-fixtures.js';

const outline = seminarOutline();
const run: RoomRunInfo = {
  id: 'run-1',
  agendaItemId: 'barometer',
  answers: [
    { id: 'a-1', stepId: 'barometer' },
    { id: 'a-2', stepId: 'barometer' },
    { id: 'a-3', stepId: 'samtale' },
  ],
};
const ctx = (overrides: Partial<RoomContext> = {}): RoomContext => ({
  outline,
  now: NOW,
  runs: [run],
  ...overrides,
});

const opened = () => openRoom({ engagementId: 'eng-1', outline, now: NOW, runs: [run] }).state;

/** Applies commands in order and returns the final state (each parsed like the API would). */
function after(state: RoomState, ...commands: RoomCommand[]): RoomState {
  return commands.reduce((current, command) => {
    const next = applyCommand(current, RoomCommand.parse(command), ctx()).state;
    return RoomState.parse(next);
  }, state);
}

const position = (state: RoomState) => [state.itemId, state.stepId];

function expectApiError(fn: () => unknown, message: RegExp): void {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('invalid_argument');
    expect((error as ApiError).message).toMatch(message);
    return;
  }
  throw new Error('expected an ApiError');
}

describe('openRoom', () => {
  it('starts at the first item, timer stopped at its minutes, defaults for the rest', () => {
    const state = RoomState.parse(opened());
    expect(position(state)).toEqual(['velkomst', undefined]);
    expect(state.timer).toEqual({ durationMs: 10 * 60_000, remainingMs: 10 * 60_000 });
    expect(state).toMatchObject({
      blackout: false,
      revealed: false,
      open: false,
      minAnswers: 5,
      answerCount: 0,
    });
    expect(state.openedAt).toBe(NOW.toISOString());
  });

  it('opens on an empty agenda with no position', () => {
    const empty = seminarOutline([]);
    const { state, startRun } = openRoom({ engagementId: 'eng-1', outline: empty, now: NOW });
    expect(RoomState.parse(state).itemId).toBeUndefined();
    expect(startRun).toBeUndefined();
  });

  it('asks for a run when the first item has an exercise and none exists yet', () => {
    const outlineFirstExercise = seminarOutline(outline.items.slice(1).map((entry) => entry.item));
    const { state, startRun } = openRoom({ engagementId: 'eng-1', outline: outlineFirstExercise, now: NOW });
    expect(startRun).toEqual({ itemId: 'barometer' });
    expect(state).toMatchObject({ itemId: 'barometer', stepId: 'barometer', open: true });
  });
});

describe('next and prev', () => {
  it('walks through the steps of each card, then to the next item, and stays put at the end', () => {
    let state = opened();
    const seen: unknown[] = [position(state)];
    for (let i = 0; i < 7; i++) {
      state = after(state, { type: 'next' });
      seen.push(position(state));
    }
    expect(seen).toEqual([
      ['velkomst', undefined],
      ['barometer', 'barometer'],
      ['barometer', 'samtale'],
      ['model', 'niveauer'],
      ['model', 'sammenhaeng'],
      ['mangler', undefined],
      ['mangler', undefined],
      ['mangler', undefined],
    ]);
  });

  it('walks back into the last step of the previous item and stays put at the start', () => {
    let state = after(opened(), { type: 'goto', itemId: 'model' });
    const seen: unknown[] = [];
    for (let i = 0; i < 5; i++) {
      state = after(state, { type: 'prev' });
      seen.push(position(state));
    }
    expect(seen).toEqual([
      ['barometer', 'samtale'],
      ['barometer', 'barometer'],
      ['velkomst', undefined],
      ['velkomst', undefined],
      ['velkomst', undefined],
    ]);
  });

  it('does nothing on an empty agenda', () => {
    const empty = seminarOutline([]);
    const state = openRoom({ engagementId: 'eng-1', outline: empty, now: NOW }).state;
    for (const type of ['next', 'prev'] as const) {
      const { state: next, startRun } = applyCommand(
        state,
        { type },
        { outline: empty, now: later(1000), runs: [] },
      );
      expect(next).toEqual(state);
      expect(startRun).toBeUndefined();
    }
    expectApiError(
      () => applyCommand(state, { type: 'goto', itemId: 'velkomst' }, { outline: empty, now: NOW, runs: [] }),
      /Punktet findes ikke/,
    );
  });

  it('asks for a run on reaching an exercise without one, and reuses an existing run', () => {
    const state = opened();
    const withoutRun = applyCommand(state, { type: 'next' }, ctx({ runs: [] }));
    expect(withoutRun.startRun).toEqual({ itemId: 'barometer' });
    expect(withoutRun.state.runId).toBeUndefined();
    const withRun = applyCommand(state, { type: 'next' }, ctx());
    expect(withRun.startRun).toBeUndefined();
    expect(withRun.state.runId).toBe('run-1');
    // A slide-only card and a missing card take no answers: no run.
    const model = applyCommand(withRun.state, { type: 'goto', itemId: 'model' }, ctx());
    expect(model.startRun).toBeUndefined();
    expect(model.state.runId).toBeUndefined();
    expect(applyCommand(model.state, { type: 'next' }, ctx()).startRun).toBeUndefined();
  });
});

describe('goto', () => {
  it('goes to an item (first step) or to a given step, counting that step’s answers', () => {
    const state = after(opened(), { type: 'goto', itemId: 'barometer' });
    expect(position(state)).toEqual(['barometer', 'barometer']);
    expect(state.answerCount).toBe(2);
    const dialogue = after(state, { type: 'goto', itemId: 'barometer', stepId: 'samtale' });
    expect(position(dialogue)).toEqual(['barometer', 'samtale']);
    expect(dialogue.answerCount).toBe(1);
  });

  it('refuses an unknown item or step with a Danish message', () => {
    expectApiError(() => after(opened(), { type: 'goto', itemId: 'findes-ikke' }), /Punktet findes ikke/);
    expectApiError(
      () => after(opened(), { type: 'goto', itemId: 'barometer', stepId: 'niveauer' }),
      /Trinnet findes ikke/,
    );
    expectApiError(
      () => after(opened(), { type: 'goto', itemId: 'velkomst', stepId: 'x' }),
      /Trinnet findes ikke/,
    );
  });
});

describe('reveal, input and timer follow the position', () => {
  it('reveal resets to hidden when the step changes, not on other commands', () => {
    const revealed = after(opened(), { type: 'goto', itemId: 'barometer' }, { type: 'reveal', on: true });
    expect(revealed.revealed).toBe(true);
    expect(after(revealed, { type: 'blackout', on: true }).revealed).toBe(true);
    expect(after(revealed, { type: 'goto', itemId: 'barometer' }).revealed).toBe(true);
    expect(after(revealed, { type: 'next' }).revealed).toBe(false);
    expect(after(revealed, { type: 'reveal', on: false }).revealed).toBe(false);
  });

  it('input opens on entering a step that takes answers, can be closed, and never opens on a slide', () => {
    const scale = after(opened(), { type: 'next' });
    expect(scale.open).toBe(true);
    const closed = after(scale, { type: 'input', open: false });
    expect(closed.open).toBe(false);
    expect(after(closed, { type: 'input', open: true }).open).toBe(true);
    const slide = after(scale, { type: 'goto', itemId: 'model' });
    expect(slide.open).toBe(false);
    expect(after(slide, { type: 'input', open: true }).open).toBe(false);
    expect(after(opened(), { type: 'input', open: true }).open).toBe(false);
  });

  it('timer: start, pause, start again, reset; minutes sets the duration', () => {
    const start = opened();
    const running = applyCommand(start, { type: 'timer', action: 'start' }, ctx()).state;
    expect(running.timer.startedAt).toBe(NOW.toISOString());
    expect(remainingMs(running.timer, later(60_000))).toBe(9 * 60_000);
    // Starting a running timer again changes nothing.
    expect(
      applyCommand(running, { type: 'timer', action: 'start' }, ctx({ now: later(5000) })).state.timer,
    ).toEqual(running.timer);
    const paused = applyCommand(
      running,
      { type: 'timer', action: 'pause' },
      ctx({ now: later(90_000) }),
    ).state;
    expect(paused.timer).toEqual({ durationMs: 600_000, remainingMs: 510_000 });
    expect(remainingMs(paused.timer, later(10 * 60_000))).toBe(510_000);
    const resumed = applyCommand(
      paused,
      { type: 'timer', action: 'start' },
      ctx({ now: later(100_000) }),
    ).state;
    expect(remainingMs(resumed.timer, later(110_000))).toBe(500_000);
    // Overtime is negative, not clamped.
    expect(remainingMs(resumed.timer, later(700_000))).toBe(-90_000);
    const reset = applyCommand(resumed, { type: 'timer', action: 'reset' }, ctx()).state;
    expect(reset.timer).toEqual({ durationMs: 600_000, remainingMs: 600_000 });
    const three = applyCommand(reset, { type: 'timer', action: 'start', minutes: 3 }, ctx()).state;
    expect(three.timer).toEqual({ durationMs: 180_000, remainingMs: 180_000, startedAt: NOW.toISOString() });
    const setOnly = applyCommand(reset, { type: 'timer', action: 'reset', minutes: 2.5 }, ctx()).state;
    expect(setOnly.timer).toEqual({ durationMs: 150_000, remainingMs: 150_000 });
  });

  it('timer resets to the new item’s minutes on an item change, not on a step change', () => {
    const running = after(opened(), { type: 'next' }, { type: 'timer', action: 'start', minutes: 1 });
    expect(running.timer.durationMs).toBe(60_000);
    const nextStep = after(running, { type: 'next' });
    expect(nextStep.timer).toEqual(running.timer);
    const nextItem = after(nextStep, { type: 'next' });
    expect(nextItem.timer).toEqual({ durationMs: 20 * 60_000, remainingMs: 20 * 60_000 });
  });
});

describe('blackout, minAnswers and hide', () => {
  it('blackout toggles and survives navigation', () => {
    const black = after(opened(), { type: 'blackout', on: true });
    expect(black.blackout).toBe(true);
    expect(after(black, { type: 'next' }).blackout).toBe(true);
    expect(after(black, { type: 'blackout', on: false }).blackout).toBe(false);
  });

  it('minAnswers sets the room’s minimum and survives navigation', () => {
    const three = after(opened(), { type: 'minAnswers', value: 3 });
    expect(three.minAnswers).toBe(3);
    expect(after(three, { type: 'next' }, { type: 'next' }).minAnswers).toBe(3);
    expect(() => RoomCommand.parse({ type: 'minAnswers', value: 0 })).toThrow();
  });

  it('hide names the run the answer belongs to and leaves the state’s position alone', () => {
    const state = after(opened(), { type: 'next' });
    const { state: next, hide } = applyCommand(
      state,
      { type: 'hide', answerId: 'a-2', hidden: true },
      ctx({ now: later(1000) }),
    );
    expect(hide).toEqual({ runId: 'run-1', answerId: 'a-2', hidden: true });
    expect({ ...next, updatedAt: state.updatedAt }).toEqual(state);
    expect(next.updatedAt).toBe(later(1000).toISOString());
  });

  it('hide refuses an answer id that is not in the room', () => {
    expectApiError(
      () => applyCommand(opened(), { type: 'hide', answerId: 'a-9', hidden: true }, ctx()),
      /Svaret findes ikke/,
    );
  });
});
