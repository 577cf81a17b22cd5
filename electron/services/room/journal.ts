import { z } from 'zod';
import { Id, IsoDateTime } from '../../../shared/domain/primitives.js';
import { ExerciseRun, RoomAnswer } from '../../../shared/room/exercise-run.js';
import { RoomState } from '../../../shared/room/room-state.js';

/**
 * One line of `engagements/<id>/room.ndjson`. The journal holds what the runs
 * on disk may not have yet: every record is appended and fsynced before the
 * call that caused it is acknowledged. A `room` record is a snapshot (written
 * when a room opens and when the journal is compacted after a checkpoint):
 * the state and which runs are this room's, all of them folded to runs/ then.
 */
export const JournalRecord = z.discriminatedUnion('t', [
  z.object({ t: z.literal('room'), at: IsoDateTime, state: RoomState, runIds: z.array(Id) }).strict(),
  z.object({ t: z.literal('state'), at: IsoDateTime, state: RoomState }).strict(),
  /** A run started (no answers yet). */
  z.object({ t: z.literal('run'), at: IsoDateTime, run: ExerciseRun }).strict(),
  z.object({ t: z.literal('answer'), at: IsoDateTime, runId: Id, answer: RoomAnswer }).strict(),
  z.object({ t: z.literal('hide'), at: IsoDateTime, runId: Id, answerId: Id, hidden: z.boolean() }).strict(),
  /** The room was closed; its runs are being (or have been) folded with endedAt. */
  z.object({ t: z.literal('close'), at: IsoDateTime }).strict(),
]);
export type JournalRecord = z.infer<typeof JournalRecord>;

export const journalLine = (record: JournalRecord): string => `${JSON.stringify(record)}\n`;

export interface ParsedJournal {
  records: JournalRecord[];
  /** Lines skipped: cut short by a crash, not JSON, or not a known record. */
  problems: { line: number; reason: string }[];
}

/** Splits the journal into records, skipping (and naming) every line that cannot be read; never throws. */
export function parseJournal(text: string): ParsedJournal {
  const records: JournalRecord[] = [];
  const problems: ParsedJournal['problems'] = [];
  const lines = text.split('\n');
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      const cutShort = index === lines.length - 1;
      problems.push({
        line: index + 1,
        reason: cutShort ? 'linjen er afbrudt' : 'linjen er ikke gyldig JSON',
      });
      return;
    }
    const parsed = JournalRecord.safeParse(json);
    if (parsed.success) records.push(parsed.data);
    else problems.push({ line: index + 1, reason: 'linjen passer ikke til journalens format' });
  });
  return { records, problems };
}

export interface ReplayedRoom {
  state?: RoomState;
  /** The room's runs: what runs/ held, plus everything the journal adds. */
  runs: Map<string, ExerciseRun>;
  closed: boolean;
}

/**
 * Replays the journal over the runs read from disk (pure). Answers are added
 * once (by id), hides are applied in order, the last state wins. Only the runs
 * the journal names belong to the room.
 */
export function replayJournal(
  records: readonly JournalRecord[],
  runOnDisk: (runId: string) => ExerciseRun | undefined,
): ReplayedRoom {
  const runs = new Map<string, ExerciseRun>();
  let state: RoomState | undefined;
  let closed = false;
  const runFor = (runId: string): ExerciseRun | undefined => {
    let run = runs.get(runId);
    if (!run) {
      const stored = runOnDisk(runId);
      if (!stored) return undefined;
      run = structuredClone(stored);
      runs.set(runId, run);
    }
    return run;
  };
  for (const record of records) {
    switch (record.t) {
      case 'room':
        state = record.state;
        closed = false;
        for (const runId of record.runIds) runFor(runId);
        break;
      case 'state':
        state = record.state;
        break;
      case 'run':
        if (!runFor(record.run.id)) runs.set(record.run.id, structuredClone(record.run));
        break;
      case 'answer': {
        const run = runFor(record.runId);
        if (run && !run.answers.some((answer) => answer.id === record.answer.id))
          run.answers.push(record.answer);
        break;
      }
      case 'hide': {
        const run = runFor(record.runId);
        if (run) setHidden(run, record.answerId, record.hidden);
        break;
      }
      case 'close':
        closed = true;
        break;
    }
  }
  return { state, runs, closed };
}

export function setHidden(run: ExerciseRun, answerId: string, hidden: boolean): void {
  const without = run.hiddenAnswerIds.filter((id) => id !== answerId);
  run.hiddenAnswerIds = hidden ? [...without, answerId] : without;
}
