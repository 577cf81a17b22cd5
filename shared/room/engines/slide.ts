import { z } from 'zod';
import type { Engine } from './engine.js';

/** A slide is shown, not answered: every payload is refused and there is no result. */
export const slideEngine: Engine<'slide'> = {
  kind: 'slide',
  payload: () => z.never({ message: 'Dette trin tager ikke imod svar' }),
  summarise: () => null,
};
