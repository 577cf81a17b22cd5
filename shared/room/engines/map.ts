import { z } from 'zod';
import type { Engine } from './engine.js';
import { FIELD_MAX, fieldRecord, parsedAnswers } from './payload-parts.js';

export interface MapPayload {
  fields: Record<string, string>;
  state: 'green' | 'red';
  plan?: Record<string, string>;
}

/**
 * A unit of the workplace placed on the map: its fields (the first, its name,
 * must be written), green or red contact, and for a red one what the plan is.
 * Each answer is one unit; a changed unit is hidden and entered again.
 */
export const mapEngine: Engine<'map'> = {
  kind: 'map',
  payload(step) {
    const first = step.unitFields[0]!;
    const [green, red] = step.states;
    return z
      .object({
        fields: fieldRecord(
          step.unitFields.map((field) => field.id),
          FIELD_MAX,
        ).refine((fields) => Boolean(fields[first.id]), { message: `Udfyld »${first.label}«` }),
        state: z.enum(['green', 'red'], { message: `Vælg »${green!.label}« eller »${red!.label}«` }),
        plan: fieldRecord(
          step.planFields.map((field) => field.id),
          FIELD_MAX,
        ).optional(),
      })
      .strict();
  },
  summarise(step, answers) {
    const units = parsedAnswers<MapPayload>(this.payload(step), answers);
    return {
      kind: 'map',
      count: units.length,
      units: units.map(({ answerId, payload }) => ({
        answerId,
        fields: payload.fields,
        state: payload.state,
        plan: payload.plan ?? {},
      })),
    };
  },
};
