import { z } from 'zod';
import type { Engine } from './engine.js';
import { knownId, NOTE_MAX, parsedAnswers, requiredText } from './payload-parts.js';

export interface DialoguePayload {
  questionId: string;
  text: string;
}

/** A note captured while the room talks about one of the step's questions. */
export const dialogueEngine: Engine<'dialogue'> = {
  kind: 'dialogue',
  payload: (step) =>
    z
      .object({
        questionId: knownId(
          step.questions.map((question) => question.id),
          'Vælg et af trinnets spørgsmål',
        ),
        text: requiredText(NOTE_MAX, 'Noten'),
      })
      .strict(),
  summarise(step, answers) {
    const notes = parsedAnswers<DialoguePayload>(this.payload(step), answers);
    const order = new Map(step.questions.map((question, index) => [question.id, index]));
    return {
      kind: 'dialogue',
      count: notes.length,
      // Grouped by question in the step's order; within a question, in the order given.
      notes: notes
        .map(({ answerId, payload }, index) => ({ answerId, ...payload, index }))
        .sort((a, b) => order.get(a.questionId)! - order.get(b.questionId)! || a.index - b.index)
        .map(({ answerId, questionId, text }) => ({ answerId, questionId, text })),
    };
  },
};
