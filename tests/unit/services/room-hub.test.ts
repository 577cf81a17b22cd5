import { promises as fs } from 'node:fs';
import os from 'node:os';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { CatalogueStore } from '../../../electron/services/catalogue/index.js';
import { HUB_MESSAGES, RoomHub, type RoomHubOptions } from '../../../electron/services/room/index.js';
import { ApiError } from '../../../shared/errors.js';
import { ExerciseRun } from '../../../shared/room/exercise-run.js';
import type { RoomEvent } from '../../../shared/room/room-events.js';
import { RoomState } from '../../../shared/room/room-state.js';
import { engagementPath, useTempStore } from '../../support/file-store-fixtures.js';
import { engagementWithSeminar } from '../../support/room-fixtures.js';

const t = useTempStore();
const hubs: RoomHub[] = [];
const warnings: string[] = [];

afterEach(async () => {
  vi.restoreAllMocks();
  // A hub left open stands for a crashed process; only its timers need to go.
  await Promise.all(hubs.splice(0).map((hub) => hub.shutdown().catch(() => undefined)));
  warnings.length = 0;
});

function newHub(options: Partial<RoomHubOptions> = {}): RoomHub {
  const hub = new RoomHub({
    dataDir: t.dataDir,
    engagements: t.open(),
    cards: new CatalogueStore({ dataDir: t.dataDir }),
    checkpointEveryMs: 60_000,
    warn: (message) => warnings.push(message),
    ...options,
  });
  hubs.push(hub);
  return hub;
}

/** A programme with the seminar agenda, its room open at the barometer's scale step. */
async function atBarometer(options: Partial<RoomHubOptions> = {}) {
  const ids = await engagementWithSeminar(t.open());
  const hub = newHub(options);
  await hub.open(ids.engagementId, ids.meetingId);
  const state = await hub.command(ids.engagementId, { type: 'next' });
  return { ...ids, hub, state };
}

async function rejection(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError);
    return error as ApiError;
  }
  throw new Error('expected a rejection');
}

const journalOf = (engagementId: string) => engagementPath(t.dataDir, engagementId, 'room.ndjson');
const runFile = (engagementId: string, runId: string) =>
  engagementPath(t.dataDir, engagementId, 'runs', `${runId}.json`);
const readRun = async (engagementId: string, runId: string) =>
  ExerciseRun.parse(JSON.parse(await fs.readFile(runFile(engagementId, runId), 'utf8')));

describe('room hub: open, answer, list', () => {
  it('opens at the first item, starts a run at the exercise, records answers and lists them', async () => {
    const { engagementId, hub, state } = await atBarometer();
    expect(RoomState.parse(state)).toMatchObject({ itemId: 'barometer', stepId: 'barometer', open: true });
    expect(state.runId).toBeDefined();
    const first = await hub.answer(engagementId, { value: 7, word: 'travlt' });
    const second = await hub.answer(engagementId, { value: 3 });
    expect(first.runId).toBe(state.runId);
    expect(first.answerId).not.toBe(second.answerId);
    expect((await hub.get(engagementId)).answerCount).toBe(2);

    const runs = await hub.listRuns(engagementId);
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ agendaItemId: 'barometer', exerciseId: 'wellbeing-barometer' });
    expect(runs[0]!.answers.map((a) => [a.id, a.stepId, a.payload])).toEqual([
      [first.answerId, 'barometer', { value: 7, word: 'travlt' }],
      [second.answerId, 'barometer', { value: 3 }],
    ]);
    // Coming back to the item reuses its run.
    await hub.command(engagementId, { type: 'goto', itemId: 'velkomst' });
    const back = await hub.command(engagementId, { type: 'goto', itemId: 'barometer' });
    expect(back.runId).toBe(state.runId);
    expect(back.answerCount).toBe(2);
    expect(await hub.listRuns(engagementId)).toHaveLength(1);
  });

  it('never writes engagement.json', async () => {
    const { engagementId, hub } = await atBarometer();
    const before = await fs.stat(engagementPath(t.dataDir, engagementId, 'engagement.json'));
    await hub.answer(engagementId, { value: 5 });
    await hub.command(engagementId, { type: 'next' });
    await hub.close(engagementId);
    const after = await fs.stat(engagementPath(t.dataDir, engagementId, 'engagement.json'));
    expect(after.mtimeMs).toBe(before.mtimeMs);
    expect(after.ino).toBe(before.ino);
  });

  it('refuses when no room is open, with a Danish message', async () => {
    const { engagementId } = await engagementWithSeminar(t.open());
    const error = await rejection(newHub().get(engagementId));
    expect(error.code).toBe('not_found');
    expect(error.message).toBe(HUB_MESSAGES.notOpen);
    expect((await rejection(newHub().open(engagementId, 'findes-ikke'))).message).toBe(
      HUB_MESSAGES.noMeeting,
    );
  });
});

describe('room hub: durability', () => {
  let handleProto: { sync: () => Promise<void>; appendFile: (...args: unknown[]) => Promise<void> };
  beforeAll(async () => {
    const probe = await fs.open(os.tmpdir(), 'r');
    handleProto = Object.getPrototypeOf(probe) as typeof handleProto;
    await probe.close();
  });

  it('appends the answer to room.ndjson and fsyncs it before acknowledging and pushing it', async () => {
    const { engagementId, hub } = await atBarometer();
    await hub.get(engagementId); // lets the checkpoint of the item change finish
    const log: string[] = [];
    hub.subscribe((event) => log.push(`event ${event.type}`));
    const append = handleProto.appendFile;
    vi.spyOn(handleProto, 'appendFile').mockImplementation(async function (this: object, ...args: unknown[]) {
      await append.apply(this, args);
      log.push(`append ${String(args[0]).includes('"t":"answer"') ? 'answer' : 'other'}`);
    });
    const sync = handleProto.sync;
    vi.spyOn(handleProto, 'sync').mockImplementation(async function (this: object) {
      await sync.call(this);
      log.push('fsync');
    });
    const { answerId } = await hub.answer(engagementId, { value: 4 });
    log.push('ack');
    expect(log).toEqual([
      'append answer',
      'fsync',
      'event room.state',
      'event room.run',
      'event room.projection',
      'ack',
    ]);
    const journal = await fs.readFile(journalOf(engagementId), 'utf8');
    expect(journal.endsWith('\n')).toBe(true);
    expect(journal).toContain(answerId);
  });

  it('folds answers into runs/<runId>.json at an item change', async () => {
    const { engagementId, hub, state } = await atBarometer();
    const { answerId } = await hub.answer(engagementId, { value: 9 });
    expect((await readRun(engagementId, state.runId!)).answers).toEqual([]);
    await hub.command(engagementId, { type: 'goto', itemId: 'model' });
    await hub.get(engagementId); // waits behind the checkpoint
    expect((await readRun(engagementId, state.runId!)).answers.map((a) => a.id)).toEqual([answerId]);
  });

  it('folds on the timer too, and compacts the journal to one snapshot once it has grown', async () => {
    const { engagementId, hub, state } = await atBarometer({ checkpointEveryMs: 20, compactAboveBytes: 0 });
    const ids: string[] = [];
    for (let i = 1; i <= 3; i++) ids.push((await hub.answer(engagementId, { value: i })).answerId);
    await vi.waitFor(async () => {
      expect((await readRun(engagementId, state.runId!)).answers.map((a) => a.id)).toEqual(ids);
      expect((await fs.readFile(journalOf(engagementId), 'utf8')).trim().split('\n')).toHaveLength(1);
    });
    // Appends after a compaction land in the new journal, and a crash now loses nothing.
    ids.push((await hub.answer(engagementId, { value: 10 })).answerId);
    await hub.command(engagementId, { type: 'reveal', on: true });
    const resumed = newHub();
    const again = await resumed.get(engagementId);
    expect(again).toMatchObject({ itemId: 'barometer', revealed: true, answerCount: 4 });
    expect((await resumed.listRuns(engagementId))[0]!.answers.map((a) => a.id)).toEqual(ids);
  });

  it('resumes after a crash at the same item and step, with timer, reveal, minAnswers and every answer', async () => {
    const { engagementId, meetingId, hub } = await atBarometer();
    const ids = [];
    for (const value of [1, 2, 3]) ids.push((await hub.answer(engagementId, { value })).answerId);
    await hub.command(engagementId, { type: 'hide', answerId: ids[1]!, hidden: true });
    await hub.command(engagementId, { type: 'timer', action: 'start', minutes: 7 });
    await hub.command(engagementId, { type: 'reveal', on: true });
    await hub.command(engagementId, { type: 'minAnswers', value: 2 });
    const before = await hub.get(engagementId);
    // No close, no checkpoint: the process "dies" here. A new hub reads only the disk.
    const resumed = newHub();
    const state = await resumed.open(engagementId, meetingId);
    expect(state).toMatchObject({
      itemId: 'barometer',
      stepId: 'barometer',
      runId: before.runId,
      revealed: true,
      minAnswers: 2,
      timer: before.timer,
      answerCount: 3,
    });
    expect(state.journalProblems).toBeUndefined();
    const [run] = await resumed.listRuns(engagementId);
    expect(run!.answers.map((a) => a.id)).toEqual(ids);
    expect(run!.hiddenAnswerIds).toEqual([ids[1]]);
    const projection = await resumed.projection(engagementId);
    expect(projection.result).toMatchObject({ kind: 'scale', count: 2 });
  });

  it('skips a damaged journal line and a line cut short, reports them, and keeps everything else', async () => {
    const { engagementId, meetingId, hub } = await atBarometer();
    const first = (await hub.answer(engagementId, { value: 2 })).answerId;
    const journal = journalOf(engagementId);
    await fs.appendFile(journal, 'ikke json\n{"t":"answer","at":"2026-01-01T00:00:00Z"}\n');
    const second = (await hub.answer(engagementId, { value: 8 })).answerId;
    // A crash in the middle of an append: the last line is cut short.
    await fs.appendFile(journal, '{"t":"answer","runId":"x","answer":{"id":"y"');
    const resumed = newHub();
    const state = await resumed.open(engagementId, meetingId);
    expect(state.journalProblems).toBe(3);
    expect(warnings.filter((w) => w.includes('room.ndjson'))).toHaveLength(3);
    expect((await resumed.listRuns(engagementId))[0]!.answers.map((a) => a.id)).toEqual([first, second]);
    // The journal was rewritten whole: new answers are readable after the next crash.
    const third = (await resumed.answer(engagementId, { value: 5 })).answerId;
    const again = newHub();
    expect((await again.get(engagementId)).journalProblems).toBe(3);
    expect((await again.listRuns(engagementId))[0]!.answers.map((a) => a.id)).toEqual([first, second, third]);
  });

  it('lists an interrupted room’s answers before anyone reopens it', async () => {
    const { engagementId, hub } = await atBarometer();
    const { answerId } = await hub.answer(engagementId, { value: 6 });
    const runs = await newHub().listRuns(engagementId);
    expect(runs[0]!.answers.map((a) => a.id)).toEqual([answerId]);
  });

  it('close folds everything, ends the runs and removes the journal and the live room', async () => {
    const { engagementId, hub, state } = await atBarometer();
    const events: RoomEvent[] = [];
    hub.subscribe((event) => events.push(event));
    const { answerId } = await hub.answer(engagementId, { value: 6 });
    expect(await hub.close(engagementId)).toEqual({});
    const run = await readRun(engagementId, state.runId!);
    expect(run.answers.map((a) => a.id)).toEqual([answerId]);
    expect(run.endedAt).toBeDefined();
    await expect(fs.access(journalOf(engagementId))).rejects.toThrow();
    expect(events.at(-1)).toEqual({ type: 'room.closed', engagementId });
    expect((await rejection(hub.get(engagementId))).code).toBe('not_found');
    // Opening the meeting again later is a new run (the barometer at the wrap-up).
    const ids = await hub.listRuns(engagementId);
    expect(ids).toHaveLength(1);
  });
});

describe('room hub: refusals', () => {
  it('refuses bad payloads with Danish messages and records nothing', async () => {
    const { engagementId, hub } = await atBarometer();
    const wrongType = await rejection(hub.answer(engagementId, { value: 'høj' }));
    expect(wrongType.code).toBe('invalid_argument');
    expect(wrongType.message).toMatch(/^Ugyldige data for svaret \(value\): Vælg et tal på skalaen/);
    const outOfRange = await rejection(hub.answer(engagementId, { value: 11 }));
    expect(outOfRange.message).toContain('Tallet skal være mellem 1 og 10');
    const oversized = await rejection(hub.answer(engagementId, { value: 5, word: 'x'.repeat(20_000) }));
    expect(oversized.message).toBe(HUB_MESSAGES.tooLarge);

    await hub.command(engagementId, { type: 'input', open: false });
    expect((await rejection(hub.answer(engagementId, { value: 5 }))).message).toBe(HUB_MESSAGES.inputClosed);
    // A slide takes no answers; neither does an item without an exercise.
    await hub.command(engagementId, { type: 'goto', itemId: 'model' });
    expect((await rejection(hub.answer(engagementId, { value: 5 }))).message).toBe(
      HUB_MESSAGES.noAnswersHere,
    );
    await hub.command(engagementId, { type: 'goto', itemId: 'velkomst' });
    expect((await rejection(hub.answer(engagementId, { value: 5 }))).message).toBe(
      HUB_MESSAGES.noAnswersHere,
    );
    expect((await hub.listRuns(engagementId))[0]!.answers).toEqual([]);
  });

  it('refuses an answer to a step whose kind has no engine', async () => {
    const { engagementId, hub } = await atBarometer();
    const engines = await import('../../../shared/room/engines/index.js');
    vi.spyOn(engines, 'engineFor').mockReturnValue(undefined as never);
    const error = await rejection(hub.answer(engagementId, { value: 5 }));
    expect(error.message).toBe(HUB_MESSAGES.unknownKind);
  });

  it('refuses path-like ids before they become paths', async () => {
    const hub = newHub();
    for (const id of ['../evil', 'a/b', '..', 'A', '']) {
      expect((await rejection(hub.open(id, 'm'))).code).toBe('invalid_argument');
      expect((await rejection(hub.answer(id, { value: 1 }))).code).toBe('invalid_argument');
      expect((await rejection(hub.listRuns(id))).code).toBe('invalid_argument');
      expect((await rejection(hub.close(id))).code).toBe('invalid_argument');
    }
    const { engagementId } = await engagementWithSeminar(t.open());
    expect((await rejection(hub.open(engagementId, '../../x'))).code).toBe('invalid_argument');
    expect(await fs.readdir(t.root)).toEqual(['data']);
  });

  it('refuses to hide an answer the room does not have', async () => {
    const { engagementId, hub } = await atBarometer();
    const error = await rejection(
      hub.command(engagementId, { type: 'hide', answerId: 'findes-ikke', hidden: true }),
    );
    expect(error.message).toMatch(/Svaret findes ikke/);
  });
});

describe('room hub: events by role', () => {
  it('gives the console state, run and projection, the projector only the projection, and hidden notes never to it', async () => {
    const { engagementId, hub } = await atBarometer();
    const consoleEvents: RoomEvent[] = [];
    const projectorEvents: RoomEvent[] = [];
    const stopConsole = await hub.follow(engagementId, 'console', (e) => consoleEvents.push(e));
    await hub.follow(engagementId, 'projector', (e) => projectorEvents.push(e));
    // Catch-up first.
    expect(consoleEvents.map((e) => e.type)).toEqual(['room.state', 'room.run', 'room.projection']);
    expect(projectorEvents.map((e) => e.type)).toEqual(['room.projection']);

    await hub.command(engagementId, { type: 'minAnswers', value: 1 });
    await hub.command(engagementId, { type: 'reveal', on: true });
    const secret = await hub.answer(engagementId, { value: 10, word: 'Hemmeligt' });
    await hub.answer(engagementId, { value: 2, word: 'synligt' });
    await hub.command(engagementId, { type: 'hide', answerId: secret.answerId, hidden: true });

    expect(new Set(projectorEvents.map((e) => e.type))).toEqual(new Set(['room.projection']));
    const last = projectorEvents.at(-1);
    expect(last?.type === 'room.projection' && last.projection.result).toMatchObject({
      kind: 'scale',
      count: 1,
    });
    expect(JSON.stringify(last)).not.toContain('Hemmeligt');
    const lastRun = consoleEvents.filter((e) => e.type === 'room.run').at(-1);
    expect(lastRun?.type === 'room.run' && lastRun.run.hiddenAnswerIds).toEqual([secret.answerId]);

    stopConsole();
    const count = consoleEvents.length;
    await hub.close(engagementId);
    expect(consoleEvents).toHaveLength(count);
    expect(projectorEvents.at(-1)).toEqual({ type: 'room.closed', engagementId });
  });
});
