import { onBeforeUnmount, ref, shallowRef } from 'vue';
import type { ApiClient } from '@shared/api';
import type { RoomCommand, RoomState } from '@shared/room/room-state';
import type { ExerciseRun } from '@shared/room/exercise-run';
import type { Projection } from '@shared/room/projection';
import type { RoomEvent, RoomSubscriberRole } from '@shared/room/room-events';
import { toApiError } from '@/api/api-result';
import { subscribeRoom } from '@/api/room-events';

const RETRY_MS = 2_000;

/**
 * One page's view of the live room: it asks the hub once and then follows its
 * pushed events, so the console, its preview and the projector all show the
 * hub's own state and never a copy that could drift. A fetch answered after a
 * newer event is dropped; a reconnect fetches again.
 */
const isNewer = (next: RoomState, current: RoomState | null) =>
  current === null || Date.parse(next.updatedAt) >= Date.parse(current.updatedAt);

export function useRoomFollower(
  api: ApiClient,
  engagementId: string,
  role: RoomSubscriberRole,
  /** The console opens the room when the hub does not have it (a restart, a reload after a crash). */
  meetingId?: string,
) {
  const state = shallowRef<RoomState | null>(null);
  const run = shallowRef<ExerciseRun | undefined>(undefined);
  const projection = shallowRef<Projection | null>(null);
  const closed = ref(false);
  const problem = ref('');
  /** Bumped by every pushed event: a fetch begun before it may hold older news. */
  let eventCount = 0;

  function acceptState(next: RoomState): void {
    if (isNewer(next, state.value)) state.value = next;
  }

  function onEvent(event: RoomEvent): void {
    if (event.engagementId !== engagementId) return;
    eventCount++;
    switch (event.type) {
      case 'room.state':
        acceptState(event.state);
        closed.value = false;
        break;
      case 'room.run':
        if (event.run.id === state.value?.runId || state.value?.runId === undefined) run.value = event.run;
        break;
      case 'room.projection':
        projection.value = event.projection;
        closed.value = false;
        problem.value = '';
        break;
      case 'room.closed':
        closed.value = true;
        break;
    }
  }

  async function consoleState(): Promise<RoomState> {
    try {
      return await api.call('room.get', { engagementId });
    } catch (error) {
      if (toApiError(error).code !== 'not_found' || meetingId === undefined) throw error;
      return api.call('room.open', { engagementId, meetingId });
    }
  }

  async function refresh(): Promise<void> {
    const before = eventCount;
    try {
      if (role === 'console') {
        const fresh = await consoleState();
        const [runs, shown] = await Promise.all([
          fresh.runId ? api.call('runs.list', { engagementId }) : Promise.resolve([]),
          api.call('room.projection', { engagementId }),
        ]);
        acceptState(fresh);
        if (eventCount === before) {
          run.value = runs.find((r) => r.id === fresh.runId);
          projection.value = shown;
        }
      } else {
        const shown = await api.call('room.projection', { engagementId });
        if (eventCount === before) projection.value = shown;
      }
      closed.value = false;
      problem.value = '';
    } catch (error) {
      const failure = toApiError(error);
      if (failure.code === 'not_found') closed.value = true;
      problem.value = failure.message;
      // The projector may be opened a moment before its room (or while the app restarts): ask again.
      if (role === 'projector' && !stopped) retry = setTimeout(() => void refresh(), RETRY_MS);
    }
  }

  let stopped = false;
  let retry: ReturnType<typeof setTimeout> | undefined;
  // After a dropped connection (the server restarted) events may have been missed: ask again.
  const unsubscribe = subscribeRoom(engagementId, role, onEvent, { onReconnect: () => void refresh() });
  onBeforeUnmount(() => {
    stopped = true;
    clearTimeout(retry);
    unsubscribe();
  });
  void refresh();

  return { state, run, projection, closed, problem, refresh, acceptState };
}

/** Sends a command; the answer is the new state (the pushed event says the same). */
export async function sendCommand(
  api: ApiClient,
  engagementId: string,
  command: RoomCommand,
): Promise<RoomState> {
  return api.call('room.command', { engagementId, command });
}
