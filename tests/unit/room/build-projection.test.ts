import { describe, expect, it } from 'vitest';
import { buildProjection } from '../../../shared/room/build-projection.js';
import { Projection } from '../../../shared/room/projection.js';
import { applyCommand, openRoom } from '../../../shared/room/room-reducer.js';
import type { RoomCommand, RoomState } from '../../../shared/room/room-state.js';
import { barometerRun, NOW, scaleAnswer, seminarOutline } from '../../support/room-fixtures.js';

const outline = seminarOutline();

function stateAt(commands: RoomCommand[], runs = [barometerRun([])]): RoomState {
  let state = openRoom({ engagementId: 'eng-1', outline, now: NOW, runs }).state;
  for (const command of commands) state = applyCommand(state, command, { outline, now: NOW, runs }).state;
  return state;
}

const answers = (n: number) => Array.from({ length: n }, (_, i) => scaleAnswer(`a-${i + 1}`, (i % 5) + 1));

describe('buildProjection', () => {
  it('shows the item and its position; no exercise, no step for a talk', () => {
    const projection = Projection.parse(buildProjection(stateAt([]), outline));
    expect(projection).toMatchObject({
      itemId: 'velkomst',
      item: { title: 'Punkt velkomst', type: 'oplaeg', position: 1, total: 4 },
      open: false,
      answerCount: 0,
    });
    expect(projection.exercise).toBeUndefined();
    expect(projection.step).toBeUndefined();
  });

  it('has no item on an empty agenda', () => {
    const empty = seminarOutline([]);
    const state = openRoom({ engagementId: 'eng-1', outline: empty, now: NOW }).state;
    const projection = Projection.parse(buildProjection(state, empty));
    expect(projection.itemId).toBeUndefined();
    expect(projection.item).toBeUndefined();
  });

  it('withholds the result until it is revealed', () => {
    const run = barometerRun(answers(7));
    const state = stateAt([{ type: 'goto', itemId: 'barometer' }], [run]);
    const projection = Projection.parse(buildProjection(state, outline, run));
    expect(projection.result).toBeUndefined();
    expect(projection.withheld).toEqual({ reason: 'notRevealed', count: 7, minAnswers: 5 });
    expect(projection).toMatchObject({
      exercise: { id: 'wellbeing-barometer' },
      stepPosition: 1,
      stepTotal: 2,
    });
  });

  it('withholds a revealed result at minAnswers − 1 and shows it at minAnswers', () => {
    const commands: RoomCommand[] = [
      { type: 'goto', itemId: 'barometer' },
      { type: 'reveal', on: true },
    ];
    const below = barometerRun(answers(4));
    const stateBelow = stateAt(commands, [below]);
    const withheld = Projection.parse(buildProjection(stateBelow, outline, below));
    expect(withheld.result).toBeUndefined();
    expect(withheld.withheld).toEqual({ reason: 'tooFewAnswers', count: 4, minAnswers: 5 });

    const enough = barometerRun(answers(5));
    const shown = Projection.parse(buildProjection(stateAt(commands, [enough]), outline, enough));
    expect(shown.withheld).toBeUndefined();
    expect(shown.result).toMatchObject({ kind: 'scale', count: 5, mean: 3, median: 3 });

    // The room's own minimum counts, not the default.
    const lowered = stateAt([...commands, { type: 'minAnswers', value: 4 }], [below]);
    expect(buildProjection(lowered, outline, below).result).toMatchObject({ kind: 'scale', count: 4 });
  });

  it('leaves hidden answers out of the count and the result, and their words with them', () => {
    const run = barometerRun([...answers(5), scaleAnswer('secret', 10, 'Hemmeligt-ord')], ['secret', 'a-1']);
    const state = stateAt(
      [
        { type: 'goto', itemId: 'barometer' },
        { type: 'reveal', on: true },
      ],
      [run],
    );
    const belowAfterHiding = Projection.parse(buildProjection(state, outline, run));
    // 6 answers, 2 hidden: 4 visible, below 5.
    expect(belowAfterHiding.answerCount).toBe(4);
    expect(belowAfterHiding.result).toBeUndefined();
    expect(JSON.stringify(belowAfterHiding)).not.toContain('Hemmeligt');

    const shownRun = { ...run, hiddenAnswerIds: ['secret'] };
    const shown = Projection.parse(buildProjection(state, outline, shownRun));
    expect(shown.result).toMatchObject({ kind: 'scale', count: 5 });
    expect(
      shown.result?.kind === 'scale' && shown.result.distribution.find((d) => d.value === 10)?.count,
    ).toBe(0);
    expect(JSON.stringify(shown)).not.toContain('Hemmeligt');
  });

  it('sends no result during a blackout', () => {
    const run = barometerRun(answers(6));
    const state = stateAt(
      [
        { type: 'goto', itemId: 'barometer' },
        { type: 'reveal', on: true },
        { type: 'blackout', on: true },
      ],
      [run],
    );
    const projection = Projection.parse(buildProjection(state, outline, run));
    expect(projection.blackout).toBe(true);
    expect(projection.result).toBeUndefined();
  });

  it('strips facilitator hints from a dialogue step', () => {
    const state = stateAt([{ type: 'goto', itemId: 'barometer', stepId: 'samtale' }]);
    const projection = Projection.parse(buildProjection(state, outline, barometerRun([])));
    expect(projection.step?.kind).toBe('dialogue');
    const card = outline.items[1]!.steps[1]!;
    expect(JSON.stringify(card)).toContain('"hint"');
    expect(JSON.stringify(projection)).not.toContain('"hint"');
  });

  it('ignores a run that is not the current item’s', () => {
    const run = { ...barometerRun(answers(6)), id: 'other-run' };
    const state = stateAt(
      [
        { type: 'goto', itemId: 'barometer' },
        { type: 'reveal', on: true },
      ],
      [barometerRun([])],
    );
    const projection = buildProjection(state, outline, run);
    expect(projection.answerCount).toBe(0);
    expect(projection.result).toBeUndefined();
  });
});
