import type { Engagement, Meeting, Phase } from '@shared/domain/engagement';
import { PHASE_KINDS, type PhaseKind } from '@shared/domain/vocabulary';
import { scheduleStatus } from '@shared/domain/schedule';

export type PhaseState = 'done' | 'current' | 'upcoming';
export type MeetingState = 'past' | 'today' | 'upcoming' | 'undated';

export type TimelineItem =
  { type: 'meeting'; meeting: Meeting; state: MeetingState } | { type: 'today'; date: string };

export interface TimelinePhase {
  phase: Phase;
  index: number;
  state: PhaseState;
  items: TimelineItem[];
}

function meetingState(meeting: Meeting, today: string): MeetingState {
  if (!meeting.date) return 'undated';
  if (meeting.date < today) return 'past';
  if (meeting.date === today) return 'today';
  return 'upcoming';
}

/**
 * The programme page's timeline: phases in canonical order with their state,
 * and a "today" marker placed in the current phase before its next meeting.
 * No marker until at least one meeting has a date (there is nothing to place it against).
 */
export function buildTimeline(
  engagement: Pick<Engagement, 'phases'>,
  today: string,
): {
  currentPhase: PhaseKind;
  phases: TimelinePhase[];
} {
  const { currentPhase } = scheduleStatus(engagement, today);
  const currentIndex = PHASE_KINDS.indexOf(currentPhase);
  const anyDated = engagement.phases.some((p) => p.meetings.some((m) => !!m.date));

  const phases = engagement.phases.map((phase, index): TimelinePhase => {
    const order = PHASE_KINDS.indexOf(phase.kind);
    const state: PhaseState = order < currentIndex ? 'done' : order === currentIndex ? 'current' : 'upcoming';
    const items: TimelineItem[] = phase.meetings.map((meeting) => ({
      type: 'meeting',
      meeting,
      state: meetingState(meeting, today),
    }));
    if (anyDated && state === 'current') {
      const at = phase.meetings.findIndex((m) => !!m.date && m.date >= today);
      items.splice(at === -1 ? items.length : at, 0, { type: 'today', date: today });
    }
    return { phase, index, state, items };
  });
  return { currentPhase, phases };
}
