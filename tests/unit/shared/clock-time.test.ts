import { describe, expect, it } from 'vitest';
import { CLOCK_TIME_MESSAGE, parseClockTime } from '../../../shared/domain/clock-time.js';
import { ClockTime } from '../../../shared/domain/engagement.js';
import { longTextProblem } from '../../../shared/domain/field-rules.js';

describe('parseClockTime', () => {
  it.each([
    ['09:30', '09:30'],
    ['9:30', '09:30'],
    ['9.30', '09:30'],
    ['0930', '09:30'],
    ['930', '09:30'],
    [' 23:59 ', '23:59'],
    ['0:00', '00:00'],
    ['9', '09:00'],
    ['13', '13:00'],
    ['9.00', '09:00'],
  ])('reads %j as %s, which the schema accepts', (typed, value) => {
    expect(parseClockTime(typed)).toEqual({ ok: true, value });
    expect(ClockTime.safeParse(value).success).toBe(true);
  });

  it('an empty field means no start time', () => {
    expect(parseClockTime('  ')).toEqual({ ok: true, value: undefined });
  });

  it.each(['24:00', '12:60', '24', '9:5', 'kl. 9', '09:30:00', '-1:00', '12;30'])(
    'refuses %j with the Danish message',
    (typed) => {
      expect(parseClockTime(typed)).toEqual({ ok: false, message: CLOCK_TIME_MESSAGE });
    },
  );
});

describe('longTextProblem', () => {
  it('allows 20.000 characters and says by how much a longer text is over', () => {
    expect(longTextProblem('Formålet', 'x'.repeat(20_000))).toBeUndefined();
    expect(longTextProblem('Formålet', 'x'.repeat(20_001))).toBe(
      'Formålet er 20.001 tegn, men må højst være 20.000. Forkort det med 1 tegn.',
    );
  });
});
