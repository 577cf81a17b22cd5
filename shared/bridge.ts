import { z } from 'zod';
import { ApiErrorPayload } from './errors.js';

/**
 * What every transport answers for one API call: the IPC handlers in main, the
 * web server's `POST /api/<method>`, and what the renderer's clients unwrap.
 * Errors travel as plain payloads because Electron's IPC and contextBridge
 * drop everything but `message` from a thrown Error.
 */
export const ApiEnvelope = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: ApiErrorPayload }),
]);
export type ApiEnvelope = z.infer<typeof ApiEnvelope>;

/** Main → renderer events, each sent on `EVENT_CHANNEL_PREFIX + name`; the preload refuses any other. */
export const BRIDGE_EVENTS = ['menu.newEngagement', 'menu.undo', 'menu.redo', 'room.event'] as const;
export type BridgeEvent = (typeof BRIDGE_EVENTS)[number];
export const EVENT_CHANNEL_PREFIX = 'event:';

/**
 * `window.api` as the Electron preload exposes it. `call` resolves with the
 * method's result or rejects with an `ApiErrorPayload` (never an Error);
 * `on` subscribes to a `BridgeEvent` and returns the function that unsubscribes.
 */
export interface ForlobBridge {
  call(method: string, arg: unknown): Promise<unknown>;
  on(event: string, cb: (payload: unknown) => void): () => void;
}
