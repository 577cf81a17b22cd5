import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import type { Engagement } from '../../../shared/domain/engagement.js';
import { ApiError, isApiError } from '../../../shared/errors.js';
import { buildProjection } from '../../../shared/room/build-projection.js';
import { engineFor, payloadSchemaFor, takesAnswers } from '../../../shared/room/engines/index.js';
import type { ExerciseRun, RoomAnswer } from '../../../shared/room/exercise-run.js';
import type { Projection } from '../../../shared/room/projection.js';
import {
  EVENTS_FOR_ROLE,
  type RoomEvent,
  type RoomSubscriberRole,
} from '../../../shared/room/room-events.js';
import {
  buildOutline,
  outlineItem,
  outlineStep,
  type RoomCard,
  type RoomOutline,
} from '../../../shared/room/room-outline.js';
import { answerCountFor, applyCommand, openRoom } from '../../../shared/room/room-reducer.js';
import type { RoomCommand, RoomState } from '../../../shared/room/room-state.js';
import { parseOrThrow } from '../../../shared/validation.js';
import { replaceFile, syncDir } from '../file-store/durable-write.js';
import { KeyedMutex } from '../file-store/keyed-mutex.js';
import { assertValidId } from '../file-store/paths.js';
import { journalLine, parseJournal, replayJournal, setHidden, type JournalRecord } from './journal.js';
import { RoomFiles } from './room-files.js';

/** What the hub needs of the file store and the catalogue (EngagementStore and CatalogueStore satisfy them). */
export interface RoomEngagementSource {
  get(id: string): Promise<Engagement>;
}
export interface RoomCardSource {
  get(id: string): Promise<RoomCard>;
}

export interface RoomHubOptions {
  dataDir: string;
  engagements: RoomEngagementSource;
  cards: RoomCardSource;
  now?: () => Date;
  /** How often an open room folds its journal into the runs (ms). */
  checkpointEveryMs?: number;
  /** The journal is compacted after a checkpoint once it has grown past this (bytes). */
  compactAboveBytes?: number;
  warn?: (message: string) => void;
}

/** The largest answer accepted, as JSON (a note is limited by its engine far below this). */
export const MAX_ANSWER_BYTES = 16 * 1024;

export const HUB_MESSAGES = {
  notOpen: 'Der er ikke noget åbent rum for dette forløb. Start seminaret fra mødets dagsorden.',
  noMeeting: 'Mødet findes ikke i forløbet. Det kan være slettet; genindlæs programmet.',
  noAnswersHere: 'Det, der vises nu, tager ikke imod svar. Gå til et trin med en øvelse.',
  inputClosed: 'Der er lukket for svar på dette trin. Åbn for svar først.',
  tooLarge: `Svaret er for stort (højst ${MAX_ANSWER_BYTES / 1024} kB). Del det op i flere svar.`,
  unknownKind: 'Trinnets øvelsestype kendes ikke af denne version af Forløb, så svaret kan ikke gemmes.',
} as const;

interface LiveRoom {
  engagementId: string;
  outline: RoomOutline;
  state: RoomState;
  /** This room's runs, with every acknowledged answer. */
  runs: Map<string, ExerciseRun>;
  /** Runs changed since they were last written to runs/. */
  dirty: Set<string>;
  journal: FileHandle;
  journalBytes: number;
  checkpointTimer: NodeJS.Timeout;
}

export type RoomListener = (event: RoomEvent) => void;

/**
 * The live room hub: one room per programme, the state changed only through
 * the pure reducer (shared/room/room-reducer.ts), every answer and command
 * journaled (append + fsync) before it is acknowledged and pushed, runs folded
 * into runs/<runId>.json at checkpoints. The hub's own writes are serialised
 * per programme; it never writes engagement.json. No Electron here.
 */
export class RoomHub {
  private readonly files: RoomFiles;
  private readonly engagements: RoomEngagementSource;
  private readonly cards: RoomCardSource;
  private readonly now: () => Date;
  private readonly checkpointEveryMs: number;
  private readonly compactAboveBytes: number;
  private readonly warn: (message: string) => void;
  private readonly locks = new KeyedMutex();
  private readonly rooms = new Map<string, LiveRoom>();
  private readonly listeners = new Set<RoomListener>();

  constructor(options: RoomHubOptions) {
    this.files = new RoomFiles(options.dataDir);
    this.engagements = options.engagements;
    this.cards = options.cards;
    this.now = options.now ?? (() => new Date());
    this.checkpointEveryMs = options.checkpointEveryMs ?? 5_000;
    this.compactAboveBytes = options.compactAboveBytes ?? 64 * 1024;
    this.warn = options.warn ?? ((message) => console.warn(`Rummet: ${message}`));
  }

  /** Every event of every room; filter by engagementId and role (EVENTS_FOR_ROLE) before passing it on. */
  subscribe(listener: RoomListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Follows one programme's room for a role: first the room as it is now
   * (nothing when no room is open or interrupted), then every later event the
   * role may receive. Taken under the programme's lock, so nothing falls
   * between the catch-up and the live events. Resolves with the unsubscribe.
   */
  async follow(engagementId: string, role: RoomSubscriberRole, listener: RoomListener): Promise<() => void> {
    assertValidId(engagementId);
    const wanted = EVENTS_FOR_ROLE[role];
    return this.locks.run(engagementId, async () => {
      const room = this.rooms.get(engagementId) ?? (await this.resume(engagementId));
      if (room) {
        const run = room.state.runId === undefined ? undefined : room.runs.get(room.state.runId);
        const now: RoomEvent[] = [
          { type: 'room.state', engagementId, state: room.state },
          ...(run ? [{ type: 'room.run' as const, engagementId, run: structuredClone(run) }] : []),
          { type: 'room.projection', engagementId, projection: this.projectionOf(room) },
        ];
        for (const event of now) if (wanted.has(event.type)) listener(event);
      }
      return this.subscribe((event) => {
        if (event.engagementId === engagementId && wanted.has(event.type)) listener(event);
      });
    });
  }

  /** Opens the room for a meeting, or resumes it (same meeting) with everything the journal holds. */
  async open(engagementId: string, meetingId: string): Promise<RoomState> {
    assertValidId(engagementId);
    assertValidId(meetingId);
    return this.locks.run(engagementId, async () => {
      const live = this.rooms.get(engagementId);
      if (live && live.state.meetingId === meetingId) return live.state;
      if (live) await this.closeLive(live);
      const resumed = await this.resume(engagementId, meetingId);
      if (resumed) {
        this.publish(resumed);
        return resumed.state;
      }
      const engagement = await this.engagements.get(engagementId);
      const outline = await this.outlineFor(engagement, meetingId);
      const now = this.now();
      const transition = openRoom({ engagementId, outline, now });
      const runs = new Map<string, ExerciseRun>();
      let state = transition.state;
      if (transition.startRun) {
        const run = this.newRun(state, outline, transition.startRun.itemId, now);
        runs.set(run.id, run);
        state = { ...state, runId: run.id };
      }
      const room = await this.goLive(engagementId, outline, state, runs);
      this.publish(room);
      return room.state;
    });
  }

  get(engagementId: string): Promise<RoomState> {
    return this.withRoom(engagementId, async (room) => room.state);
  }

  projection(engagementId: string): Promise<Projection> {
    return this.withRoom(engagementId, async (room) => this.projectionOf(room));
  }

  command(engagementId: string, command: RoomCommand): Promise<RoomState> {
    return this.withRoom(engagementId, async (room) => {
      const now = this.now();
      const transition = applyCommand(room.state, command, {
        outline: room.outline,
        now,
        runs: [...room.runs.values()],
      });
      const at = now.toISOString();
      const records: JournalRecord[] = [];
      let state = transition.state;
      let started: ExerciseRun | undefined;
      if (transition.startRun) {
        started = this.newRun(state, room.outline, transition.startRun.itemId, now);
        state = { ...state, runId: started.id };
        records.push({ t: 'run', at, run: started });
      }
      if (transition.hide) records.push({ t: 'hide', at, ...transition.hide });
      if (state === room.state) return state;
      records.push({ t: 'state', at, state });
      const itemChanged = state.itemId !== room.state.itemId;

      if (!started && !transition.hide) {
        // A move, the timer, blackout, reveal, input or the minimum carries no
        // answer: the projector may paint it while the journal line is fsynced
        // (the console's reply still waits for the fsync). Keeps a slide change
        // within a frame instead of behind a disk flush.
        room.state = state;
        this.publish(room, undefined);
        await this.append(room, records);
        if (itemChanged) void this.checkpointLater(room);
        return state;
      }
      await this.append(room, records);

      if (started) {
        room.runs.set(started.id, started);
        room.dirty.add(started.id);
      }
      if (transition.hide) {
        const run = room.runs.get(transition.hide.runId);
        if (run) {
          setHidden(run, transition.hide.answerId, transition.hide.hidden);
          room.dirty.add(run.id);
        }
      }
      room.state = state;
      this.publish(room, transition.hide ? room.runs.get(transition.hide.runId) : undefined);
      // Item change is a checkpoint; it runs after this answer, ahead of the next call.
      if (itemChanged) void this.checkpointLater(room);
      return state;
    });
  }

  /** Records one answer to the current step; resolves only once it is fsynced in the journal. */
  async answer(engagementId: string, payload: unknown): Promise<{ answerId: string; runId: string }> {
    assertValidId(engagementId);
    const size = Buffer.byteLength(JSON.stringify(payload ?? null) ?? '', 'utf8');
    if (size > MAX_ANSWER_BYTES) {
      throw new ApiError('invalid_argument', HUB_MESSAGES.tooLarge, { bytes: size });
    }
    return this.withRoom(engagementId, async (room) => {
      const { state } = room;
      const step = outlineStep(room.outline, state.itemId, state.stepId);
      const run = state.runId === undefined ? undefined : room.runs.get(state.runId);
      if (!step || !run) throw new ApiError('invalid_argument', HUB_MESSAGES.noAnswersHere);
      if (!(engineFor(step.kind) as unknown))
        throw new ApiError('invalid_argument', HUB_MESSAGES.unknownKind);
      if (!takesAnswers(step)) throw new ApiError('invalid_argument', HUB_MESSAGES.noAnswersHere);
      if (!state.open) throw new ApiError('invalid_argument', HUB_MESSAGES.inputClosed);
      const value: unknown = parseOrThrow(payloadSchemaFor(step), payload, 'svaret');
      const now = this.now();
      const answer: RoomAnswer = {
        id: randomUUID(),
        stepId: step.id,
        by: 'facilitator',
        at: now.toISOString(),
        payload: value,
      };
      await this.append(room, [{ t: 'answer', at: answer.at, runId: run.id, answer }]);
      run.answers.push(answer);
      room.dirty.add(run.id);
      room.state = {
        ...state,
        answerCount: answerCountFor([...room.runs.values()], run.agendaItemId, step.id),
      };
      this.publish(room, run);
      return { answerId: answer.id, runId: run.id };
    });
  }

  /** Folds everything into the runs (ended now), removes the journal and the live room. Closing a closed room is fine. */
  async close(engagementId: string): Promise<Record<string, never>> {
    assertValidId(engagementId);
    return this.locks.run(engagementId, async () => {
      const live = this.rooms.get(engagementId);
      if (live) await this.closeLive(live);
      else await this.closeJournalOnly(engagementId);
      return {};
    });
  }

  /** Every run of the programme, oldest first, an open (or interrupted) room's acknowledged answers included. */
  async listRuns(engagementId: string): Promise<ExerciseRun[]> {
    assertValidId(engagementId);
    return this.locks.run(engagementId, async () => {
      const runs = await this.files.readRuns(engagementId, this.warn);
      const live = this.rooms.get(engagementId);
      if (live) {
        for (const run of live.runs.values()) runs.set(run.id, structuredClone(run));
      } else {
        const text = await this.files.readJournal(engagementId);
        if (text !== undefined) {
          const replayed = replayJournal(parseJournal(text).records, (id) => runs.get(id));
          for (const run of replayed.runs.values()) runs.set(run.id, run);
        }
      }
      return [...runs.values()].sort(
        (a, b) => a.startedAt.localeCompare(b.startedAt) || a.id.localeCompare(b.id),
      );
    });
  }

  /** Folds every open room into its runs and lets go of the journals (the rooms resume on the next open). */
  async shutdown(): Promise<void> {
    await Promise.all(
      [...this.rooms.values()].map((room) =>
        this.locks.run(room.engagementId, async () => {
          await this.checkpoint(room, false);
          clearInterval(room.checkpointTimer);
          await room.journal.close();
          this.rooms.delete(room.engagementId);
        }),
      ),
    );
  }

  // ── inside the programme's lock ──────────────────────────────────────────

  private async withRoom<T>(engagementId: string, task: (room: LiveRoom) => Promise<T>): Promise<T> {
    assertValidId(engagementId);
    return this.locks.run(engagementId, async () => {
      const room = this.rooms.get(engagementId) ?? (await this.resume(engagementId));
      if (!room) throw new ApiError('not_found', HUB_MESSAGES.notOpen);
      return task(room);
    });
  }

  /**
   * Brings back a room the journal says is still open (after a crash or a
   * restart): the runs on disk plus what the journal adds. With `meetingId`,
   * only that meeting's room resumes; another meeting's room is folded and
   * closed first. Damaged lines are skipped, counted and reported.
   */
  private async resume(engagementId: string, meetingId?: string): Promise<LiveRoom | undefined> {
    const text = await this.files.readJournal(engagementId);
    if (text === undefined) return undefined;
    const { records, problems } = parseJournal(text);
    for (const problem of problems)
      this.warn(`room.ndjson linje ${problem.line} springes over: ${problem.reason}`);
    const onDisk = await this.files.readRuns(engagementId, this.warn);
    const replayed = replayJournal(records, (id) => onDisk.get(id));
    const state = replayed.state;
    if (replayed.closed || !state || (meetingId !== undefined && state.meetingId !== meetingId)) {
      await this.finish(engagementId, replayed.runs);
      return undefined;
    }
    const engagement = await this.engagements.get(engagementId);
    const outline = await this.outlineFor(engagement, state.meetingId);
    const runs = [...replayed.runs.values()];
    // The agenda may have been edited since: a position that no longer exists starts over at the top.
    const stillThere = outlineItem(outline, state.itemId) !== undefined || outline.items.length === 0;
    let resumed: RoomState = stillThere
      ? { ...state, answerCount: state.itemId ? answerCountFor(runs, state.itemId, state.stepId) : 0 }
      : { ...openRoom({ engagementId, outline, now: this.now(), runs }).state, minAnswers: state.minAnswers };
    if (problems.length > 0)
      resumed = { ...resumed, journalProblems: (state.journalProblems ?? 0) + problems.length };
    else if (resumed.journalProblems === undefined) delete resumed.journalProblems;
    return this.goLive(engagementId, outline, resumed, replayed.runs);
  }

  /** Writes every run, compacts the journal to one snapshot, and keeps a handle open for appends. */
  private async goLive(
    engagementId: string,
    outline: RoomOutline,
    state: RoomState,
    runs: Map<string, ExerciseRun>,
  ): Promise<LiveRoom> {
    await this.files.writeRuns(engagementId, [...runs.values()]);
    const journalFile = this.files.journal(engagementId);
    const snapshot = journalLine({
      t: 'room',
      at: this.now().toISOString(),
      state,
      runIds: [...runs.keys()],
    });
    await replaceFile(journalFile, snapshot, { durable: true });
    const room: LiveRoom = {
      engagementId,
      outline,
      state,
      runs,
      dirty: new Set(),
      journal: await fs.open(journalFile, 'a'),
      journalBytes: Buffer.byteLength(snapshot),
      checkpointTimer: setInterval(() => {
        void this.checkpointLater(room);
      }, this.checkpointEveryMs),
    };
    room.checkpointTimer.unref();
    this.rooms.set(engagementId, room);
    return room;
  }

  /** Appends records as whole lines in one write and fsyncs them: only then may the call be acknowledged. */
  private async append(room: LiveRoom, records: readonly JournalRecord[]): Promise<void> {
    const text = records.map(journalLine).join('');
    await room.journal.appendFile(text, 'utf8');
    await room.journal.sync();
    room.journalBytes += Buffer.byteLength(text);
  }

  private checkpointLater(room: LiveRoom): Promise<void> {
    return this.locks
      .run(room.engagementId, async () => {
        if (this.rooms.get(room.engagementId) === room) await this.checkpoint(room, false);
      })
      .catch((error: unknown) => this.warn(`checkpoint mislykkedes: ${String(error)}`));
  }

  /**
   * Folds the changed runs into runs/ (atomic, durable); then, if the journal
   * has grown, rewrites it atomically as one snapshot (everything it held is
   * now in the runs) and reopens the append handle on the new file.
   */
  private async checkpoint(room: LiveRoom, forceCompaction: boolean): Promise<void> {
    const changed = [...room.dirty].flatMap((id) => room.runs.get(id) ?? []);
    await this.files.writeRuns(room.engagementId, changed);
    for (const run of changed) room.dirty.delete(run.id);
    if (!forceCompaction && room.journalBytes <= this.compactAboveBytes) return;
    const journalFile = this.files.journal(room.engagementId);
    const snapshot = journalLine({
      t: 'room',
      at: this.now().toISOString(),
      state: room.state,
      runIds: [...room.runs.keys()],
    });
    await replaceFile(journalFile, snapshot, { durable: true });
    await room.journal.close();
    room.journal = await fs.open(journalFile, 'a');
    room.journalBytes = Buffer.byteLength(snapshot);
  }

  private async closeLive(room: LiveRoom): Promise<void> {
    clearInterval(room.checkpointTimer);
    await this.append(room, [{ t: 'close', at: this.now().toISOString() }]);
    await room.journal.close();
    this.rooms.delete(room.engagementId);
    await this.finish(room.engagementId, room.runs);
    this.emit({ type: 'room.closed', engagementId: room.engagementId });
  }

  /** Close for a room that is only in the journal (the app restarted and nobody opened it yet). */
  private async closeJournalOnly(engagementId: string): Promise<void> {
    const text = await this.files.readJournal(engagementId);
    if (text === undefined) return;
    const onDisk = await this.files.readRuns(engagementId, this.warn);
    const replayed = replayJournal(parseJournal(text).records, (id) => onDisk.get(id));
    await this.finish(engagementId, replayed.runs);
    this.emit({ type: 'room.closed', engagementId });
  }

  /** Ends the runs, writes them durably, then removes the journal: every answer is in runs/ first. */
  private async finish(engagementId: string, runs: Map<string, ExerciseRun>): Promise<void> {
    const endedAt = this.now().toISOString();
    const ended = [...runs.values()].map((run) => (run.endedAt ? run : { ...run, endedAt }));
    await this.files.writeRuns(engagementId, ended);
    await fs.rm(this.files.journal(engagementId), { force: true });
    await syncDir(this.files.engagementDir(engagementId));
  }

  private newRun(state: RoomState, outline: RoomOutline, itemId: string, now: Date): ExerciseRun {
    const entry = outlineItem(outline, itemId);
    if (!entry?.card) throw new ApiError('internal', 'Punktet har ingen øvelse at køre.');
    return {
      id: randomUUID(),
      engagementId: state.engagementId,
      meetingId: state.meetingId,
      agendaItemId: itemId,
      exerciseId: entry.card.id,
      startedAt: now.toISOString(),
      answers: [],
      hiddenAnswerIds: [],
    };
  }

  private async outlineFor(engagement: Engagement, meetingId: string): Promise<RoomOutline> {
    const meeting = engagement.phases.flatMap((phase) => phase.meetings).find((m) => m.id === meetingId);
    if (!meeting) throw new ApiError('not_found', HUB_MESSAGES.noMeeting, { meetingId });
    const ids = [...new Set(meeting.agenda.flatMap((item) => (item.exerciseId ? [item.exerciseId] : [])))];
    const cards = new Map<string, RoomCard>();
    await Promise.all(
      ids.map(async (id) => {
        try {
          cards.set(id, await this.cards.get(id));
        } catch (error) {
          if (!isApiError(error)) throw error;
          // A missing or damaged card: the item runs without steps; the console shows it as such.
          this.warn(`øvelsen ${id} kunne ikke hentes: ${error.message}`);
        }
      }),
    );
    return buildOutline(meeting, (id) => cards.get(id));
  }

  private projectionOf(room: LiveRoom): Projection {
    const run = room.state.runId === undefined ? undefined : room.runs.get(room.state.runId);
    return buildProjection(room.state, room.outline, run);
  }

  /** Pushes the state, the run that changed (console only) and the projection. */
  private publish(room: LiveRoom, changedRun?: ExerciseRun): void {
    const { engagementId } = room;
    this.emit({ type: 'room.state', engagementId, state: room.state });
    const current = room.state.runId === undefined ? undefined : room.runs.get(room.state.runId);
    const run = changedRun ?? current;
    if (run) this.emit({ type: 'room.run', engagementId, run: structuredClone(run) });
    this.emit({ type: 'room.projection', engagementId, projection: this.projectionOf(room) });
  }

  private emit(event: RoomEvent): void {
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch (error) {
        this.warn(`en modtager af rummets hændelser fejlede: ${String(error)}`);
      }
    }
  }
}
