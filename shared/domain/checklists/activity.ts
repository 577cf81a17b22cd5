import { isOverdue } from '../action-due.js';
import type { Engagement } from '../engagement.js';
import type { ChecklistItem } from './checklist.js';

/** Activity phase: actions with owners and dates, none overdue. */
export function activityChecklist(e: Engagement, today: string): ChecklistItem[] {
  const open = e.actions.filter((a) => a.status !== 'gennemfoert' && a.status !== 'opgivet');
  return [
    { id: 'actions-any', label: 'Mindst ét tiltag', done: e.actions.length > 0 },
    {
      id: 'actions-owned',
      label: 'Hvert tiltag har en ansvarlig og en frist',
      done: e.actions.length > 0 && e.actions.every((a) => a.owner.trim() !== '' && a.due !== undefined),
    },
    {
      id: 'actions-on-time',
      label: 'Ingen tiltag over fristen',
      done: !open.some((a) => isOverdue(a, today)),
    },
  ];
}
