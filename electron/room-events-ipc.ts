import { EVENT_CHANNEL_PREFIX } from '../shared/bridge.js';
import { EVENTS_FOR_ROLE, type RoomEvent, type RoomSubscriberRole } from '../shared/room/room-events.js';

/** The part of Electron's WebContents this needs (kept structural so it runs under vitest). */
export interface RoomEventWebContents {
  send(channel: string, payload: unknown): void;
  isDestroyed(): boolean;
  once(event: 'destroyed', listener: () => void): unknown;
}

export const ROOM_EVENT_CHANNEL = `${EVENT_CHANNEL_PREFIX}room.event`;

/**
 * The Electron half of the room's push channel: every window registered with
 * its role gets the hub's events on the bridge event `room.event`, filtered
 * by role (a projector window gets only projection and closed events, so
 * hidden notes never reach it). Destroyed windows drop out by themselves.
 */
export class RoomEventTargets {
  private readonly targets = new Map<RoomEventWebContents, RoomSubscriberRole>();

  add(webContents: RoomEventWebContents, role: RoomSubscriberRole): void {
    if (this.targets.has(webContents)) {
      this.targets.set(webContents, role);
      return;
    }
    this.targets.set(webContents, role);
    webContents.once('destroyed', () => this.targets.delete(webContents));
  }

  remove(webContents: RoomEventWebContents): void {
    this.targets.delete(webContents);
  }

  send(event: RoomEvent): void {
    for (const [webContents, role] of this.targets) {
      if (webContents.isDestroyed()) this.targets.delete(webContents);
      else if (EVENTS_FOR_ROLE[role].has(event.type)) webContents.send(ROOM_EVENT_CHANNEL, event);
    }
  }
}
