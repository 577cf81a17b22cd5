import { z } from 'zod';
import { Id } from '../domain/primitives.js';
import { ExerciseRun } from './exercise-run.js';
import { Projection } from './projection.js';
import { RoomState } from './room-state.js';

/**
 * The one push channel of the room. In Electron each event is sent on the
 * bridge event `room.event`; in web mode on the room WebSocket. A subscriber
 * is either the console (state, the full current run, projection preview) or
 * the projector (projection only: hidden notes never reach it).
 */
export const ROOM_SUBSCRIBER_ROLES = ['console', 'projector'] as const;
export const RoomSubscriberRole = z.enum(ROOM_SUBSCRIBER_ROLES);
export type RoomSubscriberRole = z.infer<typeof RoomSubscriberRole>;

export const RoomEvent = z.discriminatedUnion('type', [
  /** Console only. */
  z.object({ type: z.literal('room.state'), engagementId: Id, state: RoomState }),
  /** Console only: the current run with every answer, hidden ones marked. */
  z.object({ type: z.literal('room.run'), engagementId: Id, run: ExerciseRun }),
  /** Console and projector. */
  z.object({ type: z.literal('room.projection'), engagementId: Id, projection: Projection }),
  /** Console and projector: the room was closed. */
  z.object({ type: z.literal('room.closed'), engagementId: Id }),
]);
export type RoomEvent = z.infer<typeof RoomEvent>;

/** Which events each role receives. */
export const EVENTS_FOR_ROLE: Record<RoomSubscriberRole, ReadonlySet<RoomEvent['type']>> = {
  console: new Set(['room.state', 'room.run', 'room.projection', 'room.closed']),
  projector: new Set(['room.projection', 'room.closed']),
};
