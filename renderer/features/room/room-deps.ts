/**
 * TEMPORARY, removed when the hub and the engines are merged: the two things
 * the room pages take from them, written against their announced contracts
 * (`subscribeRoom` in renderer/api/room-events.ts, `ENGINE_VIEWS` in
 * features/room/engines/index.ts).
 */
import { defineComponent, h, type Component } from 'vue';
import type { ExerciseKind } from '@shared/library/card';
import type { RoomEvent, RoomSubscriberRole } from '@shared/room/room-events';

export function subscribeRoom(
  _engagementId: string,
  _role: RoomSubscriberRole,
  _onEvent: (event: RoomEvent) => void,
): () => void {
  return () => undefined;
}

const Placeholder = defineComponent({
  props: { step: { type: Object, required: true } },
  setup: (props) => () => h('p', String((props.step as { title?: string }).title ?? '')),
});

const views = { console: Placeholder, projector: Placeholder, results: Placeholder } as const;
export const ENGINE_VIEWS: Record<
  ExerciseKind,
  { console: Component; projector: Component; results: Component }
> = {
  slide: views,
  scale: views,
  rating: views,
  curve: views,
  board: views,
  checklist: views,
  dialogue: views,
  map: views,
};
