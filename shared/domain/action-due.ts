import type { Action } from './engagement.js';

/** Done and dropped actions are closed: they are never overdue. */
export const isClosed = (action: Pick<Action, 'status'>): boolean =>
  action.status === 'gennemfoert' || action.status === 'opgivet';

/**
 * An open action is overdue from the day after its due date: on the due date
 * itself it is still on time. `today` is the local calendar day (YYYY-MM-DD),
 * so the comparison is a plain string comparison.
 */
export function isOverdue(action: Pick<Action, 'status' | 'due'>, today: string): boolean {
  return !isClosed(action) && action.due !== undefined && action.due < today;
}

const DAY_MS = 86_400_000;
const utcDay = (iso: string): number => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10));

/** How many days past its due date an overdue action is (1 on the day after); 0 when it is not overdue. */
export function daysOverdue(action: Pick<Action, 'status' | 'due'>, today: string): number {
  if (!isOverdue(action, today) || action.due === undefined) return 0;
  return Math.round((utcDay(today) - utcDay(action.due)) / DAY_MS);
}
