import { isClosed, isOverdue } from '../action-due.js';
import type { Action, Engagement } from '../engagement.js';
import type { ChecklistItem } from './checklist.js';

const named = (actions: Action[]): string =>
  actions
    .slice(0, 3)
    .map((a) => (a.title.trim() ? `»${a.title.trim()}«` : 'et tiltag uden titel'))
    .join(', ') + (actions.length > 3 ? ` og ${actions.length - 3} flere` : '');

const count = (n: number): string => (n === 1 ? '1 tiltag' : `${n} tiltag`);

/**
 * Activity phase: at least one action, every open action with an owner and a
 * due date, none overdue. Closed actions (done or dropped) need neither: a
 * dropped idea should not keep the phase from being ready.
 */
export function activityChecklist(e: Engagement, today: string): ChecklistItem[] {
  const open = e.actions.filter((a) => !isClosed(a));
  const unowned = open.filter((a) => a.owner.trim() === '' || a.due === undefined);
  const overdue = open.filter((a) => isOverdue(a, today));
  return [
    {
      id: 'actions-any',
      label: 'Mindst ét tiltag',
      done: e.actions.length > 0,
      missing: 'Tilføj de tiltag, arbejdspladsen har aftalt på seminaret.',
    },
    {
      id: 'actions-owned',
      label: 'Hvert åbent tiltag har en ansvarlig og en frist',
      done: e.actions.length > 0 && unowned.length === 0,
      missing:
        unowned.length > 0
          ? `${count(unowned.length)} mangler en ansvarlig eller en frist: ${named(unowned)}.`
          : 'Tilføj først et tiltag med en ansvarlig og en frist.',
    },
    {
      id: 'actions-on-time',
      label: 'Ingen tiltag over fristen',
      done: overdue.length === 0,
      missing: `${count(overdue.length)} er over fristen: ${named(overdue)}. Følg op, sæt en ny frist eller luk tiltaget.`,
    },
  ];
}
