/**
 * TEMPORARY, removed when the engines are merged: `ENGINE_VIEWS` as announced
 * for features/room/engines/index.ts.
 */
import { defineComponent, h, type Component } from 'vue';
import type { ExerciseKind } from '@shared/library/card';

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
