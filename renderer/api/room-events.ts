import type { ForlobBridge } from '@shared/bridge';
import { RoomEvent, type RoomSubscriberRole } from '@shared/room/room-events';
import { isBridge } from './bridge-guard';

/** The room's push channel in web mode (electron/room-events-ws.ts). */
export const ROOM_EVENTS_PATH = '/api/room/events';

export interface SubscribeRoomOptions {
  /**
   * Called each time the WebSocket is connected again after it dropped (the
   * server restarted, the network blinked): events may have been missed, so
   * re-fetch room.get / room.projection. The server also sends the room as it
   * is now on every connect.
   */
  onReconnect?: () => void;
  /** Where to look for the Electron bridge, and the WebSocket to use (tests). */
  scope?: object;
  WebSocketImpl?: typeof WebSocket;
  /** Base address of the web server; defaults to the page's own origin. */
  baseUrl?: string;
}

/** Backoff between reconnects: 250 ms doubling up to 5 s, reset once connected. */
export const RECONNECT_MIN_MS = 250;
export const RECONNECT_MAX_MS = 5_000;

/**
 * Follows one programme's live room as `role`. In Electron the main process
 * sends the events on the bridge event `room.event` (already filtered by the
 * window's role); in a browser a WebSocket to the web server carries them and
 * reconnects with backoff when it drops. Every message is parsed with the
 * RoomEvent schema; anything else is ignored. Returns the unsubscribe.
 */
export function subscribeRoom(
  engagementId: string,
  role: RoomSubscriberRole,
  onEvent: (event: RoomEvent) => void,
  options: SubscribeRoomOptions = {},
): () => void {
  const scope = options.scope ?? globalThis;
  const bridge: unknown = (scope as { api?: unknown }).api;
  const deliver = (raw: unknown) => {
    const parsed = RoomEvent.safeParse(raw);
    if (parsed.success && parsed.data.engagementId === engagementId) onEvent(parsed.data);
  };
  if (isBridge(bridge)) return subscribeOverBridge(bridge, deliver);
  return subscribeOverWebSocket(engagementId, role, deliver, options);
}

function subscribeOverBridge(bridge: ForlobBridge, deliver: (raw: unknown) => void): () => void {
  return bridge.on('room.event', deliver);
}

function subscribeOverWebSocket(
  engagementId: string,
  role: RoomSubscriberRole,
  deliver: (raw: unknown) => void,
  options: SubscribeRoomOptions,
): () => void {
  const Impl = options.WebSocketImpl ?? globalThis.WebSocket;
  const base = new URL(options.baseUrl ?? globalThis.location.origin);
  base.protocol = base.protocol === 'https:' ? 'wss:' : 'ws:';
  const url = new URL(ROOM_EVENTS_PATH, base);
  url.searchParams.set('engagementId', engagementId);
  url.searchParams.set('role', role);

  let socket: WebSocket | undefined;
  let stopped = false;
  let delay = RECONNECT_MIN_MS;
  let retry: ReturnType<typeof setTimeout> | undefined;
  let dropped = false;

  const connect = () => {
    if (stopped) return;
    const current = new Impl(url.href);
    socket = current;
    current.onopen = () => {
      delay = RECONNECT_MIN_MS;
      if (dropped) options.onReconnect?.();
    };
    current.onmessage = (message: MessageEvent) => {
      if (typeof message.data !== 'string') return;
      try {
        deliver(JSON.parse(message.data));
      } catch {
        // Not JSON: not one of ours.
      }
    };
    // A failed connect is followed by close, which schedules the retry.
    current.onerror = () => undefined;
    current.onclose = () => {
      if (stopped || socket !== current) return;
      dropped = true;
      retry = setTimeout(connect, delay);
      delay = Math.min(delay * 2, RECONNECT_MAX_MS);
    };
  };
  connect();

  return () => {
    stopped = true;
    if (retry !== undefined) clearTimeout(retry);
    socket?.close();
  };
}
