import { describe, expect, it } from 'vitest';
import { card } from '../../../shared/library/cards/contact-map.js';
import { mapEngine } from '../../../shared/room/engines/map.js';
import { answer, refusal, stepOf } from './engine-support.js';

const step = stepOf(card, 'map');

describe('map engine', () => {
  const schema = mapEngine.payload(step);

  it('accepts a unit with its name, a state and a plan, trimmed and without empty fields', () => {
    expect(
      schema.parse({
        fields: { navn: ' Køkken ', kontaktperson: '' },
        state: 'red',
        plan: { handling: 'Besøg køkkenet', ansvarlig: 'Per' },
      }),
    ).toEqual({
      fields: { navn: 'Køkken' },
      state: 'red',
      plan: { handling: 'Besøg køkkenet', ansvarlig: 'Per' },
    });
    expect(refusal(schema, { fields: { navn: 'Ledelse' }, state: 'green' })).toBeNull();
  });

  it.each([
    [{ fields: { kontaktperson: 'Per' }, state: 'green' }, 'Udfyld »Del af arbejdspladsen«'],
    [{ fields: { navn: '   ' }, state: 'green' }, 'Udfyld »Del af arbejdspladsen«'],
    [{ fields: { navn: 'x', farve: 'blå' }, state: 'green' }, 'Ukendt felt: farve'],
    [{ fields: { navn: 'x'.repeat(201) }, state: 'green' }, 'højst have 200 tegn'],
    [{ fields: { navn: 'x' }, state: 'yellow' }, 'Vælg »God kontakt og viden« eller »Mangler kontakt«'],
    [{ fields: { navn: 'x' }, state: 'red', plan: { hvem: 'x' } }, 'Ukendt felt: hvem'],
    [{ fields: 'x', state: 'red' }, 'Felterne mangler'],
    [{ fields: { navn: 'x' }, state: 'red', extra: 1 }, ''],
  ])('refuses %j', (payload, message) => {
    const found = refusal(schema, payload);
    expect(found).not.toBeNull();
    expect(found).toContain(message);
  });

  it('lists units with status and plan', () => {
    const result = mapEngine.summarise(step, [
      answer('u1', step.id, { fields: { navn: 'Køkken' }, state: 'red', plan: { handling: 'Besøg' } }),
      answer('u2', step.id, { fields: { navn: 'Ledelse', kontaktperson: 'Anne' }, state: 'green' }),
      answer('u3', step.id, { fields: {}, state: 'green' }),
    ]);
    expect(result).toEqual({
      kind: 'map',
      count: 2,
      units: [
        { answerId: 'u1', fields: { navn: 'Køkken' }, state: 'red', plan: { handling: 'Besøg' } },
        { answerId: 'u2', fields: { navn: 'Ledelse', kontaktperson: 'Anne' }, state: 'green', plan: {} },
      ],
    });
  });

  it('is empty with no answers', () => {
    expect(mapEngine.summarise(step, [])).toEqual({ kind: 'map', count: 0, units: [] });
  });
});
