import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { Id } from '../shared/domain/primitives.js';
import { RoomSubscriberRole, type RoomEvent } from '../shared/room/room-events.js';
import type { RoomHub } from './services/room/index.js';

/** The web push channel's address; the Host/Origin guard of web.ts runs on the upgrade request like on any other. */
export const ROOM_EVENTS_PATH = '/api/room/events';

export const RoomEventsQuery = z.object({ engagementId: Id, role: RoomSubscriberRole }).strict();

const BAD_QUERY = 'Rummets hændelser kræver engagementId og role (console eller projector).';

/**
 * GET /api/room/events?engagementId=…&role=console|projector as a WebSocket:
 * first the room as it is now, then every RoomEvent of that programme the role
 * may receive (a projector never gets the state or the run, so hidden notes
 * never reach it). Messages from the client are not expected and are ignored.
 */
export function registerRoomEvents(app: FastifyInstance, hub: RoomHub, config: { api: true }): void {
  app.get(
    ROOM_EVENTS_PATH,
    {
      websocket: true,
      config,
      // Refused with a plain HTTP 400 before the upgrade.
      preValidation: async (request, reply) => {
        if (!RoomEventsQuery.safeParse(request.query).success) {
          return reply
            .status(400)
            .send({ ok: false, error: { code: 'invalid_argument', message: BAD_QUERY } });
        }
      },
    },
    (socket, request) => {
      const { engagementId, role } = RoomEventsQuery.parse(request.query);
      let unsubscribe: (() => void) | undefined;
      let closed = false;
      socket.on('close', () => {
        closed = true;
        unsubscribe?.();
      });
      hub
        .follow(engagementId, role, (event: RoomEvent) => {
          if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(event));
        })
        .then(
          (stop) => {
            if (closed) stop();
            else unsubscribe = stop;
          },
          () => socket.close(1011),
        );
    },
  );
}
