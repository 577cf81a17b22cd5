import { describe, expect, it } from 'vitest';
import { ScaleStep } from '../../../shared/library/card.js';
import { scaleEngine } from '../../../shared/room/engines/scale.js';
import type { RoomAnswer } from '../../../shared/room/exercise-run.js';

const step = ScaleStep.parse({
  id: 'maal',
  kind: 'scale',
  title: 'Trivsel',
  min: 1,
  max: 5,
  minLabel: 'Meget dårlig',
  maxLabel: 'Meget god',
  askWhy: true,
});

const answer = (id: string, payload: unknown): RoomAnswer => ({
  id,
  stepId: 'maal',
  by: 'facilitator',
  at: '2026-11-22T09:00:00.000Z',
  payload,
});

describe('scale engine', () => {
  it('accepts a whole number within the step range, with or without a word', () => {
    const schema = scaleEngine.payload(step);
    expect(schema.safeParse({ value: 1 }).success).toBe(true);
    expect(schema.safeParse({ value: 5, word: 'travlt' }).success).toBe(true);
  });

  it.each([
    [{ value: 0 }, 'mellem 1 og 5'],
    [{ value: 6 }, 'mellem 1 og 5'],
    [{ value: 2.5 }, 'helt tal'],
    [{ value: '3' }, 'Vælg et tal'],
    [{ value: 3, word: 'x'.repeat(41) }, 'højst have 40 tegn'],
  ])('refuses %j in Danish', (payload, message) => {
    const parsed = scaleEngine.payload(step).safeParse(payload);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toContain(message);
  });

  it('refuses unknown fields', () => {
    expect(scaleEngine.payload(step).safeParse({ value: 3, extra: 1 }).success).toBe(false);
  });

  it('summarises distribution, mean, median, count and words', () => {
    const result = scaleEngine.summarise(step, [
      answer('a', { value: 2, word: 'Travlt' }),
      answer('b', { value: 4, word: 'travlt ' }),
      answer('c', { value: 4 }),
      answer('d', { value: 5, word: 'glad' }),
      answer('e', { value: 99 }),
    ]);
    expect(result).toEqual({
      kind: 'scale',
      count: 4,
      distribution: [
        { value: 1, count: 0 },
        { value: 2, count: 1 },
        { value: 3, count: 0 },
        { value: 4, count: 2 },
        { value: 5, count: 1 },
      ],
      mean: 3.75,
      median: 4,
      words: [
        { word: 'Travlt', count: 2 },
        { word: 'glad', count: 1 },
      ],
    });
  });

  it('gives null mean and median with no answers', () => {
    const result = scaleEngine.summarise(step, []);
    expect(result).toMatchObject({ count: 0, mean: null, median: null });
  });
});
