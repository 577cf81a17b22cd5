import type { Engagement } from '../engagement.js';
import type { ChecklistItem } from './checklist.js';

/** Seminar: every seminar or workshop has a date, a start time and an agenda that fits its time. */
export function seminarChecklist(e: Engagement): ChecklistItem[] {
  const meetings = e.phases.filter((phase) => phase.kind === 'seminar').flatMap((phase) => phase.meetings);
  return [
    {
      id: 'seminar-dates',
      label: 'Dato for hvert møde',
      done: meetings.length > 0 && meetings.every((m) => m.date),
    },
    {
      id: 'seminar-start-times',
      label: 'Starttidspunkt for hvert møde',
      done: meetings.length > 0 && meetings.every((m) => m.startTime),
    },
    {
      id: 'seminar-agenda',
      label: 'Dagsorden for hvert møde',
      done: meetings.length > 0 && meetings.every((m) => m.agenda.length > 0),
    },
    {
      id: 'seminar-fits',
      label: 'Dagsordenen holder sig inden for tiden',
      done: meetings.every((m) => m.agenda.reduce((sum, item) => sum + item.minutes, 0) <= m.minutes),
    },
  ];
}
