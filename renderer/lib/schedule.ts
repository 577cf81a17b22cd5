import type { ProgrammeTemplate } from '@shared/templates/programme-template';
import { parseIsoDate, toIsoDate } from './format';

/** A date for every meeting of the template: the start date plus the meeting's offset in weeks. */
export function suggestMeetingDates(template: ProgrammeTemplate, startDate: string): Record<string, string> {
  const start = parseIsoDate(startDate);
  if (!start) return {};
  const dates: Record<string, string> = {};
  for (const phase of template.phases) {
    for (const meeting of phase.meetings) {
      const date = new Date(start.getFullYear(), start.getMonth(), start.getDate() + meeting.offsetWeeks * 7);
      dates[meeting.key] = toIsoDate(date);
    }
  }
  return dates;
}
