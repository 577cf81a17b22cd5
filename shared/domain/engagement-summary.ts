import type { Engagement, EngagementSummary } from './engagement.js';
import { scheduleStatus } from './schedule.js';

/** The summary fields copied straight from a programme; the schedule-derived ones depend on the day. */
export type SummaryFields = Omit<EngagementSummary, 'currentPhase' | 'nextMeetingDate' | 'damaged'>;

export function summaryFields(engagement: Engagement): SummaryFields {
  return {
    id: engagement.id,
    title: engagement.title,
    templateId: engagement.templateId,
    status: engagement.status,
    organisation: engagement.client.organisation,
    unit: engagement.client.unit,
    sector: engagement.client.sector,
    themes: [...engagement.themes],
    revision: engagement.revision,
    updatedAt: engagement.updatedAt,
  };
}

/** The start screen's row for a programme on `today`: the file store and the renderer both derive it here. */
export function withSchedule(
  fields: SummaryFields,
  plan: Pick<Engagement, 'phases'>,
  today: string,
): EngagementSummary {
  const { currentPhase, nextMeetingDate } = scheduleStatus(plan, today);
  return nextMeetingDate ? { ...fields, currentPhase, nextMeetingDate } : { ...fields, currentPhase };
}

export function summarizeEngagement(engagement: Engagement, today: string): EngagementSummary {
  return withSchedule(summaryFields(engagement), engagement, today);
}
