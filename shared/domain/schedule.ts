import type { PhaseKind } from './vocabulary.js';

/** What the status is derived from: phases in order, each with its meetings' dates. */
export interface DatedPlan {
  phases: ReadonlyArray<{ kind: PhaseKind; meetings: ReadonlyArray<{ date?: string }> }>;
}

/**
 * Where a programme stands, derived from its meeting dates rather than stored,
 * so it can never disagree with the plan: the phase of the next meeting from
 * `today` on; before any date is set, the first phase; after the last dated
 * meeting, the phase of the first undated meeting after it, else wrap-up.
 */
export function scheduleStatus(
  engagement: DatedPlan,
  today: string,
): { currentPhase: PhaseKind; nextMeetingDate?: string } {
  const meetings = engagement.phases.flatMap((phase) =>
    phase.meetings.map((meeting) => ({ phase: phase.kind, date: meeting.date })),
  );
  const upcoming = meetings
    .filter((m): m is { phase: PhaseKind; date: string } => !!m.date && m.date >= today)
    .sort((a, b) => a.date.localeCompare(b.date));
  const next = upcoming[0];
  if (next) return { currentPhase: next.phase, nextMeetingDate: next.date };

  const lastPastIndex = meetings.findLastIndex((m) => !!m.date && m.date < today);
  const firstPhase = engagement.phases[0]?.kind ?? 'preparation';
  if (lastPastIndex === -1) return { currentPhase: meetings[0]?.phase ?? firstPhase };
  const undatedAfter = meetings.slice(lastPastIndex + 1).find((m) => !m.date);
  return { currentPhase: undatedAfter?.phase ?? 'wrapup' };
}

/** Today's date as YYYY-MM-DD in local time. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
