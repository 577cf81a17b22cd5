import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { ApiEnvelope } from '../../../shared/bridge.js';
import { RoomEvent } from '../../../shared/room/room-events.js';
import { EngagementStore } from '../../../electron/services/file-store/index.js';
import { startWebServer, type WebServer } from '../../../electron/web.js';
import { engagementWithSeminar } from '../../support/room-fixtures.js';

let root: string;
let dataDir: string;
let server: WebServer;
let engagementId: string;
let meetingId: string;
const sockets: WebSocket[] = [];

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'forlob-web-room-'));
  dataDir = join(root, 'data');
  await mkdir(dataDir);
  const store = new EngagementStore({ dataDir });
  ({ engagementId, meetingId } = await engagementWithSeminar(store));
  await store.flush();
  server = await startWebServer({ dataDir, port: 0, logError: () => undefined });
});

afterEach(() => {
  for (const socket of sockets.splice(0)) {
    socket.on('error', () => undefined);
    if (socket.readyState !== WebSocket.CONNECTING) socket.terminate();
  }
});

afterAll(async () => {
  await server.close();
  await rm(root, { recursive: true, force: true });
});

async function call(method: string, arg: unknown): Promise<{ status: number; body: ApiEnvelope }> {
  const response = await fetch(`${server.url}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(arg),
  });
  return { status: response.status, body: ApiEnvelope.parse(await response.json()) };
}

async function value(method: string, arg: unknown): Promise<unknown> {
  const { body } = await call(method, arg);
  if (!body.ok) throw new Error(`${method}: ${body.error.message}`);
  return body.value;
}

const eventsUrl = (query: string) => `${server.url.replace('http', 'ws')}/api/room/events?${query}`;

interface Follower {
  events: RoomEvent[];
  socket: WebSocket;
  /** Resolves once `n` events have come in. */
  count(n: number): Promise<void>;
}

/** Opens the event socket as a page of this server would (its own Origin). */
async function follow(role: string, origin = server.url): Promise<Follower> {
  const socket = new WebSocket(eventsUrl(`engagementId=${engagementId}&role=${role}`), { origin });
  sockets.push(socket);
  const events: RoomEvent[] = [];
  const waiters: { n: number; resolve: () => void }[] = [];
  socket.on('message', (data) => {
    events.push(RoomEvent.parse(JSON.parse(String(data))));
    for (const waiter of waiters) if (events.length >= waiter.n) waiter.resolve();
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  return {
    events,
    socket,
    count: (n) =>
      events.length >= n ? Promise.resolve() : new Promise((resolve) => waiters.push({ n, resolve })),
  };
}

/** The HTTP status a refused upgrade got. */
function refusedStatus(url: string, options: WebSocket.ClientOptions): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, options);
    sockets.push(socket);
    socket.once('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
    socket.once('open', () => reject(new Error('the upgrade was accepted')));
  });
}

describe('the room over HTTP and the WebSocket', () => {
  it('runs room.* and runs.list over HTTP, and delivers events by role', async () => {
    const opened = (await value('room.open', { engagementId, meetingId })) as { itemId: string };
    expect(opened.itemId).toBe('velkomst');
    const consoleFollower = await follow('console');
    const projector = await follow('projector');
    // Catch-up on connect: the console gets the state and the projection; the projector only the projection.
    await consoleFollower.count(2);
    await projector.count(1);
    expect(consoleFollower.events.map((e) => e.type)).toEqual(['room.state', 'room.projection']);
    expect(projector.events.map((e) => e.type)).toEqual(['room.projection']);

    await value('room.command', { engagementId, command: { type: 'next' } });
    await value('room.command', { engagementId, command: { type: 'minAnswers', value: 1 } });
    const secret = (await value('room.answer', {
      engagementId,
      payload: { value: 9, word: 'Hemmeligt' },
    })) as {
      answerId: string;
    };
    await value('room.answer', { engagementId, payload: { value: 3 } });
    // Hidden before the result is revealed: the projector never gets it.
    await value('room.command', {
      engagementId,
      command: { type: 'hide', answerId: secret.answerId, hidden: true },
    });
    await value('room.command', { engagementId, command: { type: 'reveal', on: true } });

    const bad = await call('room.answer', { engagementId, payload: { value: 'ti' } });
    expect(bad.status).toBe(400);
    expect(!bad.body.ok && bad.body.error).toMatchObject({ code: 'invalid_argument' });
    expect(!bad.body.ok && bad.body.error.message).toMatch(/^Ugyldige data for svaret/);

    const projection = (await value('room.projection', { engagementId })) as { result?: { count: number } };
    expect(projection.result).toMatchObject({ kind: 'scale', count: 1 });
    await value('room.close', { engagementId });
    await expect.poll(() => projector.events.at(-1)?.type).toBe('room.closed');
    await expect.poll(() => consoleFollower.events.at(-1)?.type).toBe('room.closed');

    const projectorTypes = new Set(projector.events.map((e) => e.type));
    expect(projectorTypes).toEqual(new Set(['room.projection', 'room.closed']));
    expect(JSON.stringify(projector.events)).not.toContain('Hemmeligt');
    expect(new Set(consoleFollower.events.map((e) => e.type))).toEqual(
      new Set(['room.state', 'room.run', 'room.projection', 'room.closed']),
    );
    expect(JSON.stringify(consoleFollower.events)).toContain('Hemmeligt');

    const runs = (await value('runs.list', { engagementId })) as { answers: unknown[]; endedAt?: string }[];
    expect(runs).toHaveLength(1);
    expect(runs[0]!.answers).toHaveLength(2);
    expect(runs[0]!.endedAt).toBeDefined();
  });

  it('refuses a WebSocket from a foreign Origin or Host, and a bad query', async () => {
    const query = `engagementId=${engagementId}&role=projector`;
    expect(await refusedStatus(eventsUrl(query), { origin: 'http://evil.example' })).toBe(403);
    expect(await refusedStatus(eventsUrl(query), { origin: 'null' })).toBe(403);
    const port = new URL(server.url).port;
    expect(await refusedStatus(eventsUrl(query), { headers: { host: `evil.example:${port}` } })).toBe(403);
    expect(await refusedStatus(eventsUrl(`engagementId=../x&role=projector`), { origin: server.url })).toBe(
      400,
    );
    expect(
      await refusedStatus(eventsUrl(`engagementId=${engagementId}&role=admin`), { origin: server.url }),
    ).toBe(400);
    expect(await refusedStatus(eventsUrl(`${query}&extra=1`), { origin: server.url })).toBe(400);
    // Our own page is let in (the control for the refusals above).
    const allowed = await follow('projector');
    expect(allowed.socket.readyState).toBe(WebSocket.OPEN);
  });
});
