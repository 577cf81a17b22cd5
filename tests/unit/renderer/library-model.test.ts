import { describe, expect, it } from 'vitest';
import { EXERCISE_KINDS } from '../../../shared/library/card';
import { builtInCards } from '../../../shared/library/builtin-cards';
import { CustomCardDraft } from '../../../shared/library/catalogue';
import { ID_PATTERN } from '../../../shared/domain/primitives';
import {
  copyOf,
  newCustomId,
  newStep,
  nextId,
  problemsOf,
} from '../../../renderer/features/library/card-draft';
import { EMPTY_FILTER, matchesFilter } from '../../../renderer/features/library/library-filter';

const cards = builtInCards();
const byId = (id: string) => cards.find((card) => card.id === id)!;

describe('library filter', () => {
  it('searches title, purpose, instructions and prompts, folding æ/ø/å', () => {
    const barometer = byId('wellbeing-barometer');
    expect(matchesFilter(barometer, { ...EMPTY_FILTER, query: 'trivselsbarometeret' })).toBe(true);
    expect(matchesFilter(barometer, { ...EMPTY_FILTER, query: 'traekker trivslen' })).toBe(false);
    const prompt = barometer.prompts[0]!.split(' ').slice(0, 3).join(' ');
    expect(matchesFilter(barometer, { ...EMPTY_FILTER, query: prompt })).toBe(true);
    expect(matchesFilter(barometer, { ...EMPTY_FILTER, query: 'trivselsteam' })).toBe(true); // an instruction
  });

  it('finds a composite card by the kind of any of its steps', () => {
    const barometer = byId('wellbeing-barometer');
    expect(matchesFilter(barometer, { ...EMPTY_FILTER, kind: 'scale' })).toBe(true);
    expect(matchesFilter(barometer, { ...EMPTY_FILTER, kind: 'dialogue' })).toBe(true);
    expect(matchesFilter(barometer, { ...EMPTY_FILTER, kind: 'map' })).toBe(false);
  });

  it('filters on phase, IGLO level, minutes and own cards', () => {
    const barometer = byId('wellbeing-barometer'); // 15 min, individ + gruppe, seminar/activity/wrapup
    expect(matchesFilter(barometer, { ...EMPTY_FILTER, minutes: 'op-til-15' })).toBe(true);
    expect(matchesFilter(barometer, { ...EMPTY_FILTER, minutes: '16-30' })).toBe(false);
    expect(matchesFilter(barometer, { ...EMPTY_FILTER, iglo: 'gruppe' })).toBe(true);
    expect(matchesFilter(barometer, { ...EMPTY_FILTER, iglo: 'organisation' })).toBe(false);
    expect(matchesFilter(barometer, { ...EMPTY_FILTER, phase: 'preparation' })).toBe(false);
    expect(matchesFilter(barometer, { ...EMPTY_FILTER, ownOnly: true })).toBe(false);
  });
});

describe('card drafts', () => {
  it('a copy is a valid own card with a new id, based on the original', () => {
    for (const card of cards) {
      const draft = copyOf(card);
      expect(draft.id).toMatch(ID_PATTERN);
      expect(draft.id.startsWith('egen-')).toBe(true);
      expect(draft.basedOn).toBe(card.id);
      expect(draft.revision).toBe(0);
      expect(CustomCardDraft.safeParse(draft).success).toBe(true);
    }
  });

  it('the copy does not share arrays with the original', () => {
    const card = byId('wellbeing-barometer');
    const draft = copyOf(card);
    draft.instructions.push('Ny');
    expect(card.instructions).not.toContain('Ny');
  });

  it('makes ids within 64 characters from a 200-character title', () => {
    const id = newCustomId('Æ'.repeat(200), 'abc123');
    expect(id).toMatch(ID_PATTERN);
    expect(id.length).toBeLessThanOrEqual(64);
    expect(newCustomId('???', 'abc123')).toBe('egen-oevelse-abc123');
  });

  it('picks the next free id in a list', () => {
    expect(nextId('punkt', [{ id: 'punkt-1' }, { id: 'punkt-3' }])).toBe('punkt-4');
    expect(nextId('punkt', [{ id: 'punkt-2' }])).toBe('punkt-3');
  });

  it.each(EXERCISE_KINDS)('a new %s step only lacks the texts the user fills in', (kind) => {
    const draft = copyOf(byId('wellbeing-barometer'));
    draft.steps = [newStep(kind, 'nyt')];
    draft.kind = kind;
    const problems = [...problemsOf(draft).keys()];
    expect(
      problems.every((path) => /\.(label|text|questions\.\d+|items\.\d+\.label)$|\.\d+$/.test(path)),
    ).toBe(true);
  });

  it('reports problems by path as the user types', () => {
    const draft = copyOf(byId('wellbeing-barometer'));
    draft.title = '';
    const step = draft.steps[1];
    if (step?.kind !== 'dialogue') throw new Error('expected a dialogue step');
    step.questions[0]!.text = ' ';
    const problems = problemsOf(draft);
    expect(problems.get('title')).toBeTruthy();
    expect(problems.get('steps.1.questions.0.text')).toBeTruthy();
  });
});
