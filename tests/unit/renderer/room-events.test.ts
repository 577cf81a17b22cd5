import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket, { WebSocketServer } from 'ws';
import type { RoomEvent } from '@shared/room/room-events';
import { subscribeRoom } from '../../../renderer/api/room-events';

const projection = (engagementId: string, blackout: boolean): RoomEvent => ({
  type: 'room.projection',
  engagementId,
  projection: {
    engagementId,
    blackout,
    timer: { durationMs: 0, remainingMs: 0 },
    open: false,
    answerCount: 0,
  },
});

const servers: WebSocketServer[] = [];
const stops: (() => void)[] = [];
afterEach(async () => {
  for (const stop of stops.splice(0)) stop();
  await Promise.all(servers.splice(0).map((server) => closeServer(server)));
});

function closeServer(server: WebSocketServer): Promise<void> {
  for (const client of server.clients) client.terminate();
  return new Promise((resolve) => server.close(() => resolve()));
}

async function listen(port = 0): Promise<{ server: WebSocketServer; port: number; urls: string[] }> {
  const server = new WebSocketServer({ host: '127.0.0.1', port });
  servers.push(server);
  const urls: string[] = [];
  server.on('connection', (_socket, request) => urls.push(request.url ?? ''));
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  return { server, port: (server.address() as AddressInfo).port, urls };
}

const send = (server: WebSocketServer, message: unknown) => {
  for (const client of server.clients)
    client.send(typeof message === 'string' ? message : JSON.stringify(message));
};

describe('subscribeRoom over the WebSocket', () => {
  it('asks for the engagement and role, delivers parsed events of that engagement and ignores the rest', async () => {
    const { server, port, urls } = await listen();
    const events: RoomEvent[] = [];
    stops.push(
      subscribeRoom('eng-1', 'projector', (event) => events.push(event), {
        baseUrl: `http://127.0.0.1:${port}`,
        WebSocketImpl: WebSocket as unknown as typeof globalThis.WebSocket,
        scope: {},
      }),
    );
    await expect.poll(() => server.clients.size).toBe(1);
    expect(urls).toEqual(['/api/room/events?engagementId=eng-1&role=projector']);
    send(server, 'not json');
    send(server, { type: 'room.unknown', engagementId: 'eng-1' });
    send(server, projection('eng-2', true));
    send(server, projection('eng-1', true));
    await expect.poll(() => events.length).toBe(1);
    expect(events[0]).toEqual(projection('eng-1', true));
  });

  it('reconnects with backoff when the server goes away and comes back, and calls onReconnect', async () => {
    const first = await listen();
    let reconnects = 0;
    const events: RoomEvent[] = [];
    stops.push(
      subscribeRoom('eng-1', 'console', (event) => events.push(event), {
        baseUrl: `http://127.0.0.1:${first.port}`,
        WebSocketImpl: WebSocket as unknown as typeof globalThis.WebSocket,
        scope: {},
        onReconnect: () => (reconnects += 1),
      }),
    );
    await expect.poll(() => first.server.clients.size).toBe(1);
    servers.splice(servers.indexOf(first.server), 1);
    await closeServer(first.server);
    // Down for a while: several attempts fail before it is back.
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(reconnects).toBe(0);
    const second = await listen(first.port);
    await expect.poll(() => reconnects, { timeout: 10_000 }).toBe(1);
    send(second.server, projection('eng-1', false));
    await expect.poll(() => events.length).toBe(1);
  });

  it('stops for good when unsubscribed', async () => {
    const { server, port } = await listen();
    const stop = subscribeRoom('eng-1', 'console', () => undefined, {
      baseUrl: `http://127.0.0.1:${port}`,
      WebSocketImpl: WebSocket as unknown as typeof globalThis.WebSocket,
      scope: {},
    });
    await expect.poll(() => server.clients.size).toBe(1);
    stop();
    await expect.poll(() => server.clients.size).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(server.clients.size).toBe(0);
  });
});

describe('subscribeRoom over the Electron bridge', () => {
  it('listens on room.event, parses and filters, and unsubscribes', () => {
    const listeners = new Map<string, (payload: unknown) => void>();
    const bridge = {
      call: async () => undefined,
      on(event: string, cb: (payload: unknown) => void) {
        listeners.set(event, cb);
        return () => listeners.delete(event);
      },
    };
    const events: RoomEvent[] = [];
    const stop = subscribeRoom('eng-1', 'projector', (event) => events.push(event), {
      scope: { api: bridge },
    });
    const deliver = listeners.get('room.event');
    expect(deliver).toBeDefined();
    deliver?.({ type: 'room.closed', engagementId: 'eng-2' });
    deliver?.({ type: 'nonsense' });
    deliver?.({ type: 'room.closed', engagementId: 'eng-1' });
    expect(events).toEqual([{ type: 'room.closed', engagementId: 'eng-1' }]);
    stop();
    expect(listeners.size).toBe(0);
  });
});
