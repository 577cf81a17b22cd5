import type { Component } from 'vue';
import type { ExerciseKind } from '@shared/library/card';
import board from './board';
import checklist from './checklist';
import curve from './curve';
import dialogue from './dialogue';
import map from './map';
import rating from './rating';
import scale from './scale';
import slide from './slide';

/** An engine's three faces: answer entry on the console, the projector view, and the results view. */
export interface EngineViews {
  console: Component;
  projector: Component;
  results: Component;
}

/** Every engine's faces by kind (props in engine-view-props.ts). */
export const ENGINE_VIEWS: Record<ExerciseKind, EngineViews> = {
  slide,
  scale,
  rating,
  curve,
  board,
  checklist,
  dialogue,
  map,
};
