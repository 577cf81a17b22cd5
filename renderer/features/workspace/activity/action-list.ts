import type { LocationQuery } from 'vue-router';
import type { Action } from '@shared/domain/engagement';
import { isOverdue } from '@shared/domain/action-due';
import { ACTION_STATUSES, IGLO_LEVELS, type ActionStatus, type IgloLevel } from '@shared/domain/vocabulary';

/**
 * How the activity page shows the actions: board or table, the table's sort
 * and its filters. It lives in the address (?visning=tabel&sorter=frist…),
 * so Back and a reload find the list as the user left it.
 */
export type ActionView = 'tavle' | 'tabel';
export const SORT_KEYS = ['titel', 'ansvarlig', 'frist', 'status'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = 'op' | 'ned';

export interface ActionListState {
  view: ActionView;
  sort: SortKey;
  direction: SortDirection;
  status: ActionStatus | '';
  iglo: IgloLevel | '';
  /** Exact owner as written on the actions; '' = all. */
  owner: string;
  overdueOnly: boolean;
}

export const DEFAULT_LIST_STATE: Readonly<ActionListState> = {
  view: 'tavle',
  sort: 'frist',
  direction: 'op',
  status: '',
  iglo: '',
  owner: '',
  overdueOnly: false,
};

const one = (value: unknown): string => (typeof value === 'string' ? value : '');
const pick = <T extends string>(allowed: readonly T[], value: string): T | '' =>
  (allowed as readonly string[]).includes(value) ? (value as T) : '';

/** Reads the address; anything unknown falls back to the default, never to an error. */
export function stateFromQuery(query: LocationQuery): ActionListState {
  return {
    view: one(query.visning) === 'tabel' ? 'tabel' : 'tavle',
    sort: pick(SORT_KEYS, one(query.sorter)) || DEFAULT_LIST_STATE.sort,
    direction: one(query.retning) === 'ned' ? 'ned' : 'op',
    status: pick(ACTION_STATUSES, one(query.status)),
    iglo: pick(IGLO_LEVELS, one(query.iglo)),
    owner: one(query.ansvarlig).slice(0, 200),
    overdueOnly: one(query.over) === '1',
  };
}

/** Only what differs from the default goes into the address, so a plain page has a plain URL. */
export function queryFromState(state: ActionListState): Record<string, string> {
  const query: Record<string, string> = {};
  if (state.view !== DEFAULT_LIST_STATE.view) query.visning = state.view;
  if (state.sort !== DEFAULT_LIST_STATE.sort) query.sorter = state.sort;
  if (state.direction !== DEFAULT_LIST_STATE.direction) query.retning = state.direction;
  if (state.status) query.status = state.status;
  if (state.iglo) query.iglo = state.iglo;
  if (state.owner) query.ansvarlig = state.owner;
  if (state.overdueOnly) query.over = '1';
  return query;
}

export function isFiltered(state: ActionListState): boolean {
  return state.status !== '' || state.iglo !== '' || state.owner !== '' || state.overdueOnly;
}

export function filterActions(actions: readonly Action[], state: ActionListState, today: string): Action[] {
  return actions.filter(
    (a) =>
      (!state.status || a.status === state.status) &&
      (!state.iglo || a.iglo === state.iglo) &&
      (!state.owner || a.owner.trim() === state.owner) &&
      (!state.overdueOnly || isOverdue(a, today)),
  );
}

const collator = new Intl.Collator('da', { sensitivity: 'base', numeric: true });

/**
 * Sorted copy. Empty owners and missing due dates go last in either direction
 * (an action without a date is not "earliest"); ties keep the plan's order.
 */
export function sortActions(actions: readonly Action[], sort: SortKey, direction: SortDirection): Action[] {
  const sign = direction === 'op' ? 1 : -1;
  const text = (a: Action): string => {
    if (sort === 'titel') return a.title.trim();
    if (sort === 'ansvarlig') return a.owner.trim();
    return a.due ?? '';
  };
  return actions
    .map((action, index) => ({ action, index }))
    .sort((x, y) => {
      if (sort === 'status') {
        const d = ACTION_STATUSES.indexOf(x.action.status) - ACTION_STATUSES.indexOf(y.action.status);
        return d * sign || x.index - y.index;
      }
      const a = text(x.action);
      const b = text(y.action);
      if (a === '' || b === '') return (a === '' ? 1 : 0) - (b === '' ? 1 : 0) || x.index - y.index;
      return collator.compare(a, b) * sign || x.index - y.index;
    })
    .map(({ action }) => action);
}

/** The owners named on the actions, for the owner filter (A–Å, each once). */
export function ownersOf(actions: readonly Action[]): string[] {
  const owners = new Set(actions.map((a) => a.owner.trim()).filter((o) => o !== ''));
  return [...owners].sort(collator.compare);
}
