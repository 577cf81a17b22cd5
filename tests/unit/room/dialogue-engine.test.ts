import { describe, expect, it } from 'vitest';
import { card } from '../../../shared/library/cards/task-overview.js';
import { dialogueEngine } from '../../../shared/room/engines/dialogue.js';
import { NOTE_MAX } from '../../../shared/room/engines/payload-parts.js';
import { answer, refusal, stepOf } from './engine-support.js';

const step = stepOf(card, 'dialogue');
const [q1, q2] = step.questions;

describe('dialogue engine', () => {
  const schema = dialogueEngine.payload(step);

  it('accepts a note on a known question, trimmed', () => {
    expect(schema.parse({ questionId: q1!.id, text: '  Vi mangler tid  ' })).toEqual({
      questionId: q1!.id,
      text: 'Vi mangler tid',
    });
  });

  it.each([
    [{ questionId: 'ukendt', text: 'x' }, 'Vælg et af trinnets spørgsmål'],
    [{ questionId: 'balance', text: '   ' }, 'må ikke være tom'],
    [{ questionId: 'balance', text: 'x'.repeat(NOTE_MAX + 1) }, `højst have ${NOTE_MAX} tegn`],
    [{ questionId: 'balance', text: 3 }, 'skal være tekst'],
    [{ questionId: 'balance', text: 'x', more: 1 }, ''],
  ])('refuses %j', (payload, message) => {
    const found = refusal(schema, payload);
    expect(found).not.toBeNull();
    expect(found).toContain(message);
  });

  it('lists notes per question in the step order', () => {
    const result = dialogueEngine.summarise(step, [
      answer('n1', step.id, { questionId: q2!.id, text: 'Andet' }),
      answer('n2', step.id, { questionId: q1!.id, text: 'Første' }),
      answer('n3', step.id, { questionId: q2!.id, text: 'Tredje' }),
      answer('n4', step.id, { questionId: q1!.id, text: '' }),
    ]);
    expect(result).toEqual({
      kind: 'dialogue',
      count: 3,
      notes: [
        { answerId: 'n2', questionId: q1!.id, text: 'Første' },
        { answerId: 'n1', questionId: q2!.id, text: 'Andet' },
        { answerId: 'n3', questionId: q2!.id, text: 'Tredje' },
      ],
    });
  });

  it('is empty with no answers', () => {
    expect(dialogueEngine.summarise(step, [])).toEqual({ kind: 'dialogue', count: 0, notes: [] });
  });
});
