import { isClosed, isOverdue } from './action-due.js';
import type { Engagement, Meeting } from './engagement.js';
import type { PhaseKind } from './vocabulary.js';

export interface NextMeeting {
  meeting: Meeting;
  phase: PhaseKind;
  date: string;
}

/** The first dated meeting on or after today, in date order (then start time). */
export function nextMeeting(e: Engagement, today: string): NextMeeting | undefined {
  const upcoming = e.phases
    .flatMap((phase) =>
      phase.meetings.flatMap((meeting) =>
        meeting.date !== undefined && meeting.date >= today
          ? [{ meeting, phase: phase.kind, date: meeting.date }]
          : [],
      ),
    )
    .sort(
      (a, b) =>
        a.date.localeCompare(b.date) || (a.meeting.startTime ?? '').localeCompare(b.meeting.startTime ?? ''),
    );
  return upcoming[0];
}

/** Open actions (not done, not dropped) and how many of them are past their due date. */
export function actionCounts(e: Engagement, today: string): { open: number; overdue: number } {
  const open = e.actions.filter((action) => !isClosed(action));
  return { open: open.length, overdue: open.filter((action) => isOverdue(action, today)).length };
}
