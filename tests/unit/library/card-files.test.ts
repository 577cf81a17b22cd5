import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExerciseCard, type ExerciseCardInput } from '../../../shared/library/card';

/** Every card file in shared/library/cards, read directly so a file the catalogue forgot is still checked. */
const files = import.meta.glob<{ card: ExerciseCardInput }>('../../../shared/library/cards/*.ts', {
  eager: true,
});
const entries = Object.entries(files).map(([path, module]) => ({
  file: basename(path, '.ts'),
  card: module.card,
}));

/** Every string anywhere in a value, with where it sits. */
function* stringsOf(value: unknown, path = ''): Generator<[string, string]> {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value))
    for (const [i, item] of value.entries()) yield* stringsOf(item, `${path}[${i}]`);
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) yield* stringsOf(item, path ? `${path}.${key}` : key);
  }
}

describe('card files', () => {
  it('there are card files', () => {
    expect(entries.length).toBeGreaterThan(0);
  });

  describe.each(entries)('$file', ({ file, card }) => {
    it('parses with the card schema, and its id is its file name', () => {
      const result = ExerciseCard.safeParse(card);
      expect(result.success ? [] : result.error.issues).toEqual([]);
      expect(card.id).toBe(file);
    });

    it('is written with Danish typography: „quotes“, no straight double quotes, no leftover markup', () => {
      const offending = [...stringsOf(card)].filter(([, text]) => /["<>]|\s{2,}|^\s|\s$/.test(text));
      expect(offending).toEqual([]);
    });

    it('names its source section', () => {
      expect(card.source.document).not.toBe('egen');
    });
  });
});
