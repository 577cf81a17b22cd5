import type { ProgrammeTemplate } from '@shared/templates/programme-template';
import type { Engagement, EngagementSummary } from '@shared/domain/engagement';
import { scheduleStatus } from '@shared/domain/schedule';
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

/** The start screen's row for a programme, derived exactly as the file store derives it. */
export function summaryFromEngagement(engagement: Engagement, today: string): EngagementSummary {
  const status = scheduleStatus(engagement, today);
  const summary: EngagementSummary = {
    id: engagement.id,
    title: engagement.title,
    templateId: engagement.templateId,
    status: engagement.status,
    organisation: engagement.client.organisation,
    unit: engagement.client.unit,
    sector: engagement.client.sector,
    themes: [...engagement.themes],
    currentPhase: status.currentPhase,
    revision: engagement.revision,
    updatedAt: engagement.updatedAt,
  };
  if (status.nextMeetingDate) summary.nextMeetingDate = status.nextMeetingDate;
  return summary;
}
