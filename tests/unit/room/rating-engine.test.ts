import { describe, expect, it } from 'vitest';
import { card as riskFactors } from '../../../shared/library/cards/risk-factors-dialogue.js';
import { card as preventionFocus } from '../../../shared/library/cards/prevention-focus.js';
import { ratingEngine } from '../../../shared/room/engines/rating.js';
import { answer, refusal, stepOf } from './engine-support.js';

const step = stepOf(riskFactors, 'rating');
const withNotes = stepOf(preventionFocus, 'rating');
const [first, second] = step.items;

describe('rating engine', () => {
  const schema = ratingEngine.payload(step);

  it('accepts a known item rated on one of the scale steps', () => {
    expect(refusal(schema, { itemId: first!.id, value: 1 })).toBeNull();
    expect(refusal(schema, { itemId: first!.id, value: 4 })).toBeNull();
  });

  it('takes a trimmed note only when the step asks for notes', () => {
    const item = withNotes.items[0]!.id;
    expect(
      ratingEngine.payload(withNotes).parse({ itemId: item, value: withNotes.scale[0]!.value, note: ' ja ' }),
    ).toEqual({ itemId: item, value: withNotes.scale[0]!.value, note: 'ja' });
    expect(refusal(schema, { itemId: first!.id, value: 2, note: 'x' })).toContain('tager ikke imod noter');
    expect(
      refusal(ratingEngine.payload(withNotes), { itemId: item, value: 1, note: 'x'.repeat(501) }),
    ).toContain('højst have 500 tegn');
  });

  it.each([
    [{ itemId: 'ukendt', value: 2 }, 'Vælg et af trinnets punkter'],
    [{ itemId: 'vold', value: 5 }, 'Vælg et af skalaens trin: 1 (Slet ikke)'],
    [{ itemId: 'vold', value: 0 }, 'Vælg et af skalaens trin'],
    [{ itemId: 'vold', value: '2' }, 'Vælg et trin på skalaen'],
    [{ itemId: 'vold', value: 2, x: 1 }, ''],
  ])('refuses %j', (payload, message) => {
    const found = refusal(schema, payload);
    expect(found).not.toBeNull();
    expect(found).toContain(message);
  });

  it('summarises per-item distributions and means; count is the most ratings any item got', () => {
    const result = ratingEngine.summarise(step, [
      answer('r1', step.id, { itemId: first!.id, value: 1 }),
      answer('r2', step.id, { itemId: first!.id, value: 3 }),
      answer('r3', step.id, { itemId: first!.id, value: 3 }),
      answer('r4', step.id, { itemId: second!.id, value: 4 }),
      answer('r5', step.id, { itemId: second!.id, value: 9 }),
    ]);
    if (result?.kind !== 'rating') throw new Error('not a rating result');
    expect(result.count).toBe(3);
    expect(result.items[0]).toEqual({
      itemId: first!.id,
      count: 3,
      distribution: [
        { value: 1, count: 1 },
        { value: 2, count: 0 },
        { value: 3, count: 2 },
        { value: 4, count: 0 },
      ],
      mean: 7 / 3,
    });
    expect(result.items[1]).toMatchObject({ count: 1, mean: 4 });
    expect(result.items[2]).toMatchObject({ count: 0, mean: null });
    expect(result.notes).toEqual([]);
  });

  it('collects notes', () => {
    const item = withNotes.items[1]!.id;
    const result = ratingEngine.summarise(withNotes, [
      answer('r1', withNotes.id, { itemId: item, value: withNotes.scale[1]!.value, note: 'Vi gør for lidt' }),
      answer('r2', withNotes.id, { itemId: item, value: withNotes.scale[1]!.value, note: '' }),
    ]);
    expect(result).toMatchObject({ notes: [{ answerId: 'r1', itemId: item, text: 'Vi gør for lidt' }] });
  });

  it('is empty but complete with no answers', () => {
    const result = ratingEngine.summarise(step, []);
    expect(result).toMatchObject({ kind: 'rating', count: 0, notes: [] });
    if (result?.kind !== 'rating') return;
    expect(result.items).toHaveLength(step.items.length);
  });
});
