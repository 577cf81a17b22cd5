import { describe, expect, it } from 'vitest';
import { card } from '../../../shared/library/cards/iglo-checklist.js';
import { checklistEngine } from '../../../shared/room/engines/checklist.js';
import { answer, refusal, stepOf } from './engine-support.js';

const step = stepOf(card, 'checklist');
const [individ, gruppe] = step.groups;
const a = individ!.items[0]!.id;
const b = individ!.items[1]!.id;
const g = gruppe!.items[0]!.id;

describe('checklist engine', () => {
  const schema = checklistEngine.payload(step);

  it('accepts ticks on known items, and no ticks at all', () => {
    expect(refusal(schema, { itemIds: [a, g] })).toBeNull();
    expect(refusal(schema, { itemIds: [] })).toBeNull();
  });

  it.each([
    [{ itemIds: 'x' }, 'Vælg de punkter'],
    [{ itemIds: ['findes-ikke'] }, 'findes ikke på listen'],
    [{ itemIds: [a, a] }, 'to gange'],
    [{ itemIds: [a], extra: true }, ''],
    [{}, 'Vælg de punkter'],
  ])('refuses %j', (payload, message) => {
    const found = refusal(schema, payload);
    expect(found).not.toBeNull();
    expect(found).toContain(message);
  });

  it('counts per item and per group, and answers including empty ones', () => {
    const result = checklistEngine.summarise(step, [
      answer('x1', step.id, { itemIds: [a, b] }),
      answer('x2', step.id, { itemIds: [a, g] }),
      answer('x3', step.id, { itemIds: [] }),
      answer('x4', step.id, { itemIds: ['ukendt'] }),
    ]);
    expect(result?.kind).toBe('checklist');
    if (result?.kind !== 'checklist') return;
    expect(result.count).toBe(3);
    expect(result.items.find((item) => item.itemId === a)?.count).toBe(2);
    expect(result.items.find((item) => item.itemId === b)?.count).toBe(1);
    expect(result.items.find((item) => item.itemId === g)?.count).toBe(1);
    expect(result.items).toHaveLength(step.groups.flatMap((group) => group.items).length);
    expect(result.groups[0]).toEqual({ groupId: individ!.id, count: 3 });
    expect(result.groups[1]).toEqual({ groupId: gruppe!.id, count: 1 });
  });

  it('gives zeros for every item with no answers', () => {
    const result = checklistEngine.summarise(step, []);
    expect(result).toMatchObject({ kind: 'checklist', count: 0 });
    if (result?.kind !== 'checklist') return;
    expect(result.items.every((item) => item.count === 0)).toBe(true);
  });
});
