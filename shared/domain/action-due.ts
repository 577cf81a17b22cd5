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
