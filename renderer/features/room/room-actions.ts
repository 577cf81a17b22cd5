import type { RoomCommand, RoomState } from '@shared/room/room-state';
import type { RoomKeyAction } from './room-keys';

/** The command a room key sends, given where the room is; null for the keys each page handles itself. */
export function commandForKey(
  action: RoomKeyAction,
  state: Pick<RoomState, 'blackout' | 'timer'>,
): RoomCommand | null {
  switch (action) {
    case 'next':
      return { type: 'next' };
    case 'prev':
      return { type: 'prev' };
    case 'blackout':
      return { type: 'blackout', on: !state.blackout };
    case 'timer':
      return { type: 'timer', action: state.timer.startedAt ? 'pause' : 'start' };
    default:
      return null;
  }
}
