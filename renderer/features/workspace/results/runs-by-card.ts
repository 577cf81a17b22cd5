import type { Engagement } from '@shared/domain/engagement';
import type { ExerciseRun } from '@shared/room/exercise-run';

/** One run as the results page lists it: where and when it ran, and how many answers it got. */
export interface RunRow {
  run: ExerciseRun;
  /** The meeting's title, or a plain word when the meeting is gone. */
  meetingTitle: string;
  /** The meeting's date, else the day the run started (YYYY-MM-DD). */
  date: string;
  /** Visible answers. */
  answers: number;
}

export interface CardRuns {
  exerciseId: string;
  rows: RunRow[];
}

/** The runs grouped by exercise card, cards in the order first run, runs oldest first. */
export function runsByCard(engagement: Engagement, runs: readonly ExerciseRun[]): CardRuns[] {
  const meetings = new Map(engagement.phases.flatMap((phase) => phase.meetings).map((m) => [m.id, m]));
  const groups = new Map<string, RunRow[]>();
  const sorted = [...runs].sort((a, b) => a.startedAt.localeCompare(b.startedAt));
  for (const run of sorted) {
    const meeting = meetings.get(run.meetingId);
    const hidden = new Set(run.hiddenAnswerIds);
    const row: RunRow = {
      run,
      meetingTitle: meeting?.title || 'Et møde, der ikke findes længere',
      date: meeting?.date ?? run.startedAt.slice(0, 10),
      answers: run.answers.filter((answer) => !hidden.has(answer.id)).length,
    };
    const rows = groups.get(run.exerciseId) ?? [];
    rows.push(row);
    groups.set(run.exerciseId, rows);
  }
  return [...groups].map(([exerciseId, rows]) => ({ exerciseId, rows }));
}
