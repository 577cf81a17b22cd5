import { z } from 'zod';
import type { Engine } from './engine.js';
import { distribution, mean, median, wordCounts } from './statistics.js';

/** Longest word given with a mark on the scale. */
export const SCALE_WORD_MAX = 40;

/** A mark on the scale (a whole number within the step's range), with an optional word on why. */
export const scaleEngine: Engine<'scale'> = {
  kind: 'scale',
  payload: (step) =>
    z
      .object({
        value: z
          .number({ message: 'Vælg et tal på skalaen' })
          .int({ message: 'Vælg et helt tal på skalaen' })
          .min(step.min, { message: `Tallet skal være mellem ${step.min} og ${step.max}` })
          .max(step.max, { message: `Tallet skal være mellem ${step.min} og ${step.max}` }),
        word: z
          .string()
          .trim()
          .max(SCALE_WORD_MAX, { message: `Ordet må højst have ${SCALE_WORD_MAX} tegn` })
          .optional(),
      })
      .strict(),
  summarise(step, answers) {
    const payload = this.payload(step);
    const values: number[] = [];
    const words: string[] = [];
    for (const answer of answers) {
      const parsed = payload.safeParse(answer.payload);
      if (!parsed.success) continue;
      const { value, word } = parsed.data as { value: number; word?: string };
      values.push(value);
      if (word) words.push(word);
    }
    return {
      kind: 'scale',
      count: values.length,
      distribution: distribution(values, step.min, step.max),
      mean: mean(values),
      median: median(values),
      words: wordCounts(words),
    };
  },
};
