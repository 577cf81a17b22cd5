import { describe, expect, it } from 'vitest';
import { EXERCISE_KINDS } from '../../../shared/library/card.js';
import { builtInCards } from '../../../shared/library/builtin-cards.js';
import { engineFor, summariseStep, takesAnswers } from '../../../shared/room/engines/index.js';
import { EngineResult } from '../../../shared/room/engines/results.js';

describe('engine registry', () => {
  it('has its own engine for every kind', () => {
    for (const kind of EXERCISE_KINDS) expect(engineFor(kind).kind).toBe(kind);
  });

  it('summarises every step of every built-in card with no answers into a valid result (null for slides)', () => {
    for (const card of builtInCards()) {
      for (const step of card.steps) {
        const result = summariseStep(step, []);
        if (takesAnswers(step))
          expect(EngineResult.parse(result)).toMatchObject({ kind: step.kind, count: 0 });
        else expect(result).toBeNull();
      }
    }
  });
});
