import type { ProgrammeTemplate } from '@shared/templates/programme-template';
import { addDays, isCalendarDay } from '@shared/domain/calendar-day';
import { dayOffReason, nextWorkingDay } from '@shared/domain/danish-holidays';

/** The template's rhythm: the start date plus the meeting's offset in weeks, before any day off is skipped. */
export function plannedMeetingDate(startDate: string, offsetWeeks: number): string {
  return addDays(startDate, offsetWeeks * 7);
}

/**
 * A date for every meeting of the template: the start date plus the meeting's
 * offset in weeks, moved on to the next working day when that falls on a
 * weekend or a Danish holiday. Empty when the start date is not a date.
 */
export function suggestMeetingDates(template: ProgrammeTemplate, startDate: string): Record<string, string> {
  if (!isCalendarDay(startDate)) return {};
  const dates: Record<string, string> = {};
  for (const phase of template.phases) {
    for (const meeting of phase.meetings) {
      dates[meeting.key] = nextWorkingDay(plannedMeetingDate(startDate, meeting.offsetWeeks));
    }
  }
  return dates;
}

/**
 * Meetings whose suggested date was moved off a day off, with the reason
 * ("2. påskedag", "søndag"), as long as the date is still the suggested one.
 */
export function movedMeetings(
  template: ProgrammeTemplate,
  startDate: string,
  dates: Record<string, string>,
): Map<string, string> {
  const moved = new Map<string, string>();
  if (!isCalendarDay(startDate)) return moved;
  for (const phase of template.phases) {
    for (const meeting of phase.meetings) {
      const planned = plannedMeetingDate(startDate, meeting.offsetWeeks);
      const reason = dayOffReason(planned);
      if (reason && dates[meeting.key] === nextWorkingDay(planned)) moved.set(meeting.key, reason);
    }
  }
  return moved;
}
