import { z } from 'zod';
import type { Engine } from './engine.js';
import { knownId, NOTE_MAX, optionalText, parsedAnswers } from './payload-parts.js';
import { mean } from './statistics.js';

export interface RatingPayload {
  itemId: string;
  value: number;
  note?: string;
}

/**
 * One item rated on the step's short scale, with a note when the step asks for
 * notes. A participant rates item by item, so one answer is one rating; the
 * result's `count` is the most ratings any item got (about the number of
 * people who rated), which the reveal rule compares with the room's minimum.
 */
export const ratingEngine: Engine<'rating'> = {
  kind: 'rating',
  payload(step) {
    const values = step.scale.map((level) => level.value);
    const words = step.scale.map((level) => `${level.value} (${level.label})`).join(', ');
    return z
      .object({
        itemId: knownId(
          step.items.map((item) => item.id),
          'Vælg et af trinnets punkter',
        ),
        value: z
          .number({ message: 'Vælg et trin på skalaen' })
          .refine((value) => values.includes(value), { message: `Vælg et af skalaens trin: ${words}` }),
        note: step.notes
          ? optionalText(NOTE_MAX, 'Noten')
          : z.never({ message: 'Dette trin tager ikke imod noter' }).optional(),
      })
      .strict();
  },
  summarise(step, answers) {
    const ratings = parsedAnswers<RatingPayload>(this.payload(step), answers);
    const items = step.items.map((item) => {
      const values = ratings
        .filter(({ payload }) => payload.itemId === item.id)
        .map(({ payload }) => payload.value);
      return {
        itemId: item.id,
        count: values.length,
        distribution: step.scale.map((level) => ({
          value: level.value,
          count: values.filter((value) => value === level.value).length,
        })),
        mean: mean(values),
      };
    });
    return {
      kind: 'rating',
      count: Math.max(0, ...items.map((item) => item.count)),
      items,
      notes: ratings
        .filter(({ payload }) => payload.note)
        .map(({ answerId, payload }) => ({ answerId, itemId: payload.itemId, text: payload.note! })),
    };
  },
};
