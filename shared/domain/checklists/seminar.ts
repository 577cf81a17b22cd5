import { agendaClock, overrunMessage } from '../agenda-clock.js';
import type { Engagement, Meeting } from '../engagement.js';
import type { ChecklistItem } from './checklist.js';

/** "mangler for »Workshop 1« og »Workshop 2«" */
const missingFor = (what: string, meetings: readonly Meeting[]): string | undefined =>
  meetings.length === 0
    ? undefined
    : `${what} mangler for ${meetings.map((m) => `»${m.title}«`).join(' og ')}.`;

/**
 * Seminar: every seminar or workshop has a date, a start time and an agenda
 * that fits its available time; what is missing names the meeting, and an
 * agenda that runs over says by how much.
 */
export function seminarChecklist(e: Engagement): ChecklistItem[] {
  const meetings = e.phases.filter((phase) => phase.kind === 'seminar').flatMap((phase) => phase.meetings);
  const none = meetings.length === 0 ? 'Tilføj et seminar eller en workshop i seminarfasen.' : undefined;
  const overruns = meetings.flatMap((m) => {
    const message = overrunMessage(agendaClock(m.agenda, m.startTime, m.minutes));
    return message ? [`${message} til »${m.title}«.`] : [];
  });
  const item = (id: string, label: string, lacking: Meeting[], what: string): ChecklistItem => {
    const missing = none ?? missingFor(what, lacking);
    return { id, label, done: meetings.length > 0 && lacking.length === 0, ...(missing ? { missing } : {}) };
  };
  return [
    item(
      'seminar-dates',
      'Dato for hvert møde',
      meetings.filter((m) => !m.date),
      'Datoen',
    ),
    item(
      'seminar-start-times',
      'Starttidspunkt for hvert møde',
      meetings.filter((m) => !m.startTime),
      'Starttidspunktet',
    ),
    item(
      'seminar-agenda',
      'Dagsorden for hvert møde',
      meetings.filter((m) => m.agenda.length === 0),
      'Dagsordenen',
    ),
    {
      id: 'seminar-fits',
      label: 'Dagsordenen holder sig inden for tiden',
      done: overruns.length === 0,
      ...(overruns.length > 0 ? { missing: overruns.join(' ') } : {}),
    },
  ];
}
