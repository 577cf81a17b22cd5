import { describe, expect, it } from 'vitest';
import type { Action } from '@shared/domain/engagement';
import {
  DEFAULT_LIST_STATE,
  filterActions,
  ownersOf,
  queryFromState,
  sortActions,
  stateFromQuery,
} from '@/features/workspace/activity/action-list';
import {
  actionFormProblems,
  actionFromForm,
  blankActionForm,
} from '@/features/workspace/activity/action-form';

const action = (id: string, a: Partial<Action>): Action => ({
  id,
  title: id,
  description: '',
  iglo: 'gruppe',
  stage: 'forebyggelse',
  owner: '',
  status: 'ikke-startet',
  followUps: [],
  ...a,
});

const ACTIONS = [
  action('b', { title: 'Bølle', owner: 'Åse', due: '2026-12-01', status: 'i-gang' }),
  action('a', { title: 'æble', owner: 'Bo', due: '2026-11-01', iglo: 'ledelse' }),
  action('c', { title: 'Cykel', owner: '', status: 'opgivet', due: '2026-10-01' }),
  action('d', { title: 'Ø-dag', owner: 'Bo' }),
];
const ids = (list: Action[]) => list.map((a) => a.id);
const TODAY = '2026-11-21';

describe('action list state in the address', () => {
  it('round-trips and leaves defaults out of the URL', () => {
    expect(queryFromState(DEFAULT_LIST_STATE)).toEqual({});
    const state = {
      ...DEFAULT_LIST_STATE,
      view: 'tabel',
      sort: 'ansvarlig',
      direction: 'ned',
      iglo: 'ledelse',
      owner: 'Bo',
      overdueOnly: true,
    } as const;
    expect(stateFromQuery(queryFromState(state))).toEqual(state);
  });

  it('falls back to the defaults for anything unknown', () => {
    expect(
      stateFromQuery({ visning: 'kanban', sorter: 'x', status: 'slut', iglo: ['a'], over: 'ja' }),
    ).toEqual(DEFAULT_LIST_STATE);
  });
});

describe('sorting and filtering actions', () => {
  it('sorts by due date with undated last, in both directions', () => {
    expect(ids(sortActions(ACTIONS, 'frist', 'op'))).toEqual(['c', 'a', 'b', 'd']);
    expect(ids(sortActions(ACTIONS, 'frist', 'ned'))).toEqual(['b', 'a', 'c', 'd']);
  });

  it('sorts titles and owners the Danish way (æ, ø, å last), empty owners last', () => {
    expect(ids(sortActions(ACTIONS, 'titel', 'op'))).toEqual(['b', 'c', 'a', 'd']);
    expect(ids(sortActions(ACTIONS, 'ansvarlig', 'op'))).toEqual(['a', 'd', 'b', 'c']);
  });

  it('sorts by status in board order', () => {
    expect(ids(sortActions(ACTIONS, 'status', 'op'))).toEqual(['a', 'd', 'b', 'c']);
  });

  it('filters by status, IGLO level, owner and overdue (closed actions are never overdue)', () => {
    const f = (patch: object) => ids(filterActions(ACTIONS, { ...DEFAULT_LIST_STATE, ...patch }, TODAY));
    expect(f({ status: 'i-gang' })).toEqual(['b']);
    expect(f({ iglo: 'ledelse' })).toEqual(['a']);
    expect(f({ owner: 'Bo' })).toEqual(['a', 'd']);
    expect(f({ overdueOnly: true })).toEqual(['a']);
    expect(ownersOf(ACTIONS)).toEqual(['Bo', 'Åse']);
  });
});

describe('action form', () => {
  it('asks for a title, refuses too long text and a date that is not one', () => {
    const form = { ...blankActionForm(), title: '  ', owner: 'x'.repeat(201), due: '32.13.2026' };
    expect(actionFormProblems(form)).toEqual({
      title: expect.stringMatching(/^Skriv, hvad tiltaget går ud på/),
      owner: 'Navnet er 201 tegn, men må højst være 200. Forkort det med 1 tegn.',
      due: 'Skriv fristen som dd.mm.åååå, fx 12.03.2027, eller lad feltet stå tomt.',
    });
  });

  it('makes a trimmed action without a due date when none is given, newest follow-up first', () => {
    const form = {
      ...blankActionForm(),
      title: ' Tavlemøde ',
      owner: ' Bo ',
      followUps: [
        { id: 'f1', date: '2026-10-01', note: 'a' },
        { id: 'f2', date: '2026-11-01', note: 'b' },
      ],
    };
    expect(actionFormProblems(form)).toEqual({});
    const made = actionFromForm('x', form);
    expect(made).toMatchObject({ title: 'Tavlemøde', owner: 'Bo' });
    expect('due' in made).toBe(false);
    expect(made.followUps.map((f) => f.id)).toEqual(['f2', 'f1']);
  });
});
