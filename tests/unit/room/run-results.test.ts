import { describe, expect, it } from 'vitest';
import type { Action } from '../../../shared/domain/engagement.js';
import { builtInCards } from '../../../shared/library/builtin-cards.js';
import type { ExerciseRun, RoomAnswer } from '../../../shared/room/exercise-run.js';
import { actionFromNote, notesForActions, runResults } from '../../../shared/room/run-results.js';

const card = (id: string) => builtInCards().find((c) => c.id === id)!;
const at = '2026-11-22T10:00:00.000Z';
const answer = (id: string, stepId: string, payload: unknown): RoomAnswer => ({
  id,
  stepId,
  by: 'facilitator',
  at,
  payload,
});
const run = (exerciseId: string, answers: RoomAnswer[], hidden: string[] = []): ExerciseRun => ({
  id: 'run-1',
  engagementId: 'e1',
  meetingId: 'm1',
  agendaItemId: 'a1',
  exerciseId,
  startedAt: at,
  answers,
  hiddenAnswerIds: hidden,
});

describe('run results', () => {
  it('summarises each answer-taking step from the visible answers only', () => {
    const barometer = card('wellbeing-barometer');
    const scaleStep = barometer.steps.find((s) => s.kind === 'scale')!;
    const results = runResults(
      run(
        'wellbeing-barometer',
        [
          answer('a1', scaleStep.id, { value: 4 }),
          answer('a2', scaleStep.id, { value: 8 }),
          answer('a3', scaleStep.id, { value: 1 }),
        ],
        ['a3'],
      ),
      barometer,
    );
    const scale = results.find((r) => r.step.id === scaleStep.id)!;
    expect(scale.count).toBe(2);
    expect(scale.result).toMatchObject({ kind: 'scale', count: 2, mean: 6 });
    expect(results.every((r) => r.step.kind !== 'slide')).toBe(true);
  });
});

describe('notes become actions', () => {
  const plan = card('iglo-action-plan');
  const notes = run(
    'iglo-action-plan',
    [
      answer('n1', 'handleplan', {
        cellId: 'foerste-tegn:ledelse',
        text: 'Lederen spørger ind ved morgenmødet',
      }),
      answer('n2', 'handleplan', { cellId: 'forebyggelse:grupper', text: 'Fast makker på aftenvagten' }),
      answer('n3', 'handleplan', { cellId: 'efter:individer', text: 'Skjult seddel' }),
      answer('v1', 'handleplan', { votes: ['n2', 'n2'] }),
    ],
    ['n3'],
  );

  it('lists visible notes with their cell’s IGLO level and stage, most dots first', () => {
    const listed = notesForActions(notes, plan, []);
    expect(listed.map((n) => [n.answerId, n.iglo, n.stage, n.dots, n.alreadyAction])).toEqual([
      ['n2', 'gruppe', 'forebyggelse', 2, false],
      ['n1', 'ledelse', 'foerste-tegn', 0, false],
    ]);
  });

  it('makes an action from a note, and knows afterwards that it did', () => {
    const [first] = notesForActions(notes, plan, []);
    const action = actionFromNote(first!, 'act-1', { iglo: 'organisation', stage: 'efter' });
    expect(action).toEqual({
      id: 'act-1',
      title: 'Fast makker på aftenvagten',
      description: '',
      iglo: 'gruppe',
      stage: 'forebyggelse',
      owner: '',
      status: 'ikke-startet',
      followUps: [],
      source: { runId: 'run-1', answerId: 'n2' },
    } satisfies Action);
    const again = notesForActions(notes, plan, [action]);
    expect(again.find((n) => n.answerId === 'n2')!.alreadyAction).toBe(true);
    expect(again.find((n) => n.answerId === 'n1')!.alreadyAction).toBe(false);
  });

  it('takes the defaults where the cell gives no level or stage, and cuts a long note at a word', () => {
    const long = `${'ord '.repeat(80)}slut`;
    const action = actionFromNote(
      { runId: 'r', answerId: 'x', stepId: 's', text: long, dots: 0, alreadyAction: false },
      'act-2',
      { iglo: 'organisation', stage: 'efter' },
    );
    expect(action.iglo).toBe('organisation');
    expect(action.stage).toBe('efter');
    expect(action.title.length).toBeLessThanOrEqual(200);
    expect(action.title.endsWith('ord…')).toBe(true);
    expect(action.description).toBe(long);
  });
});
