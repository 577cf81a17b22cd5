import { describe, expect, it } from 'vitest';
import { card } from '../../../shared/library/cards/load-curve.js';
import { curveEngine, curveMonths, curveZoneOf, monthLabel } from '../../../shared/room/engines/curve.js';
import { answer, refusal, stepOf } from './engine-support.js';

const step = stepOf(card, 'curve');

describe('curve engine', () => {
  const schema = curveEngine.payload(step);

  it('names the months ending with the run month, in Danish time', () => {
    expect(curveMonths(6, '2026-11-22T09:00:00.000Z')).toEqual([
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
    ]);
    expect(curveMonths(3, '2027-01-31T23:30:00.000Z')).toEqual(['2026-12', '2027-01', '2027-02']);
    expect(monthLabel('2026-05')).toBe('maj 2026');
  });

  it('puts levels 1–3, 4–6, 7–9 in the three zones', () => {
    expect([1, 3, 4, 6, 7, 9].map(curveZoneOf)).toEqual([
      'under',
      'under',
      'optimal',
      'optimal',
      'over',
      'over',
    ]);
  });

  it('accepts a level or a gap per month, with an optional label', () => {
    expect(refusal(schema, { points: [5, 6, null, 8, 9, 4] })).toBeNull();
    expect(schema.parse({ points: [1, null, null, null, null, null], label: '  Team A ' })).toEqual({
      points: [1, null, null, null, null, null],
      label: 'Team A',
    });
  });

  it.each([
    [{ points: [5, 5, 5] }, 'ét punkt pr. måned, 6 i alt'],
    [{ points: [null, null, null, null, null, null] }, 'mindst ét punkt'],
    [{ points: [10, 5, 5, 5, 5, 5] }, 'mellem 1 og 9'],
    [{ points: [0, 5, 5, 5, 5, 5] }, 'mellem 1 og 9'],
    [{ points: [2.5, 5, 5, 5, 5, 5] }, 'helt niveau'],
    [{ points: ['5', 5, 5, 5, 5, 5] }, 'Vælg et niveau'],
    [{ points: 'x' }, 'mangler sine punkter'],
    [{ points: [5, 5, 5, 5, 5, 5], label: 'x'.repeat(41) }, 'højst have 40 tegn'],
    [{ points: [5, 5, 5, 5, 5, 5], x: 1 }, ''],
  ])('refuses %j', (payload, message) => {
    const found = refusal(schema, payload);
    expect(found).not.toBeNull();
    expect(found).toContain(message);
  });

  it('keeps each curve and draws the median per month, skipping gaps', () => {
    const result = curveEngine.summarise(step, [
      answer('c1', step.id, { points: [2, 4, 6, 8, null, 5] }, '2026-11-22T09:05:00.000Z'),
      answer('c2', step.id, { points: [4, 4, 8, 8, null, null], label: 'B' }, '2026-11-22T09:01:00.000Z'),
      answer('c3', step.id, { points: [9, 5, 7, 2, null, 3] }, '2026-11-22T09:03:00.000Z'),
      answer('bad', step.id, { points: [1] }, '2026-10-01T09:00:00.000Z'),
    ]);
    expect(result).toEqual({
      kind: 'curve',
      count: 3,
      months: ['2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11'],
      curves: [
        { answerId: 'c1', points: [2, 4, 6, 8, null, 5] },
        { answerId: 'c2', label: 'B', points: [4, 4, 8, 8, null, null] },
        { answerId: 'c3', points: [9, 5, 7, 2, null, 3] },
      ],
      median: [4, 4, 7, 8, null, 4],
    });
  });

  it('is empty with no answers', () => {
    expect(curveEngine.summarise(step, [])).toEqual({
      kind: 'curve',
      count: 0,
      months: [],
      curves: [],
      median: [],
    });
  });
});
