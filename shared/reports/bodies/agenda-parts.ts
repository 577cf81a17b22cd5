import type { Content } from 'pdfmake/interfaces.js';
import { agendaClock, minutesText, type ClockPoint, type TimedItem } from '../../domain/agenda-clock.js';
import type { Meeting } from '../../domain/engagement.js';
import { AGENDA_ITEM_TYPE_LABELS } from '../../domain/vocabulary.js';
import { danishDate, table } from './body-parts.js';

/** The agenda's clock for a meeting (start time plus the minutes before each item). */
export const meetingClock = (meeting: Meeting) =>
  agendaClock(meeting.agenda, meeting.startTime, meeting.minutes);

const clockText = (point: ClockPoint) => (point.dayOffset > 0 ? `${point.text} (næste dag)` : point.text);

/** "09:00–09:15", or "0–15 min." when the meeting has no start time. */
export function itemTime(timed: TimedItem): string {
  if (timed.start && timed.end) return `${clockText(timed.start)}–${clockText(timed.end)}`;
  return `${timed.fromMinute}–${timed.toMinute} min.`;
}

/** "22. november 2026 kl. 09:00–12:30" (as much of it as the meeting has). */
export function meetingWhen(meeting: Meeting): string {
  const clock = meetingClock(meeting);
  const date = meeting.date ? danishDate(meeting.date) : 'Dato ikke fastsat';
  if (!meeting.startTime) return date;
  const end = clock.end && clock.items.length > 0 ? `–${clockText(clock.end)}` : '';
  return `${date} kl. ${meeting.startTime}${end}`;
}

/** The timed agenda as a table: time, item (with its type), minutes. */
export function agendaTable(meeting: Meeting): Content {
  const clock = meetingClock(meeting);
  const rows = meeting.agenda.map((item, index) => [
    itemTime(clock.items[index]!),
    {
      stack: [
        { text: item.title, style: 'tableCell' },
        { text: AGENDA_ITEM_TYPE_LABELS[item.type], style: 'muted' },
      ],
    },
    String(item.minutes),
  ]);
  return table(['Tid', 'Punkt', 'Min.'], rows, [92, '*', 32]);
}

/** One line on the agenda's length against the meeting's time. */
export function agendaTotal(meeting: Meeting): string {
  const clock = meetingClock(meeting);
  const total = `Dagsordenen varer ${minutesText(clock.totalMinutes)}`;
  if (clock.overrunMinutes > 0)
    return `${total}, ${minutesText(clock.overrunMinutes)} mere end mødets ${minutesText(clock.availableMinutes)}.`;
  if (clock.spareMinutes > 0) return `${total}; mødet har ${minutesText(clock.spareMinutes)} til overs.`;
  return `${total}.`;
}
