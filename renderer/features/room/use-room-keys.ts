import { onBeforeUnmount, onMounted } from 'vue';
import { roomKeyAction, type RoomKeyAction } from './room-keys';

/** Listens for the room's keys on the whole window while the page is shown. */
export function useRoomKeys(handle: (action: RoomKeyAction, event: KeyboardEvent) => void): void {
  const onKeydown = (event: KeyboardEvent) => {
    const action = roomKeyAction(event);
    if (!action) return;
    // Space would scroll, the arrows too; F and B have no default worth keeping here.
    event.preventDefault();
    handle(action, event);
  };
  onMounted(() => window.addEventListener('keydown', onKeydown));
  onBeforeUnmount(() => window.removeEventListener('keydown', onKeydown));
}
