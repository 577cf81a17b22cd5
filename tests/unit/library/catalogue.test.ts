import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXERCISE_KINDS, type ExerciseKind } from '../../../shared/library/card';
import { builtInCards, isBuiltInId } from '../../../shared/library/builtin-cards';

const ROOT = join(import.meta.dirname, '..', '..', '..');
/** The product owner's list (../shared/CONTENT.md beside the repository); a copy travels with the tests. */
const SHARED_CONTENT = join(ROOT, '..', 'shared', 'CONTENT.md');
const FIXTURE_CONTENT = join(ROOT, 'tests', 'fixtures', 'CONTENT.md');
const content = readFileSync(existsSync(SHARED_CONTENT) ? SHARED_CONTENT : FIXTURE_CONTENT, 'utf8');

/** Every id CONTENT.md's exercise catalogue names, with its primary kind. */
function requiredCards(markdown: string): Map<string, ExerciseKind> {
  const catalogue = markdown.split('## Exercise catalogue')[1] ?? '';
  const required = new Map<string, ExerciseKind>();
  const knowledge = /Knowledge \(`slide`\):([\s\S]*?)\n\n/.exec(catalogue)?.[1] ?? '';
  for (const [, id] of knowledge.matchAll(/`([a-z0-9-]+)`/g)) required.set(id!, 'slide');
  for (const [, id, kinds] of catalogue.matchAll(/^\| `([a-z0-9-]+)` \| ([^|]+)\|/gm)) {
    const primary = EXERCISE_KINDS.find((kind) => kinds!.trim().startsWith(kind));
    if (!primary) throw new Error(`CONTENT.md names no known kind for ${id}: ${kinds}`);
    required.set(id!, primary);
  }
  return required;
}

const required = requiredCards(content);
const cards = builtInCards();
const files = Object.keys(import.meta.glob('../../../shared/library/cards/*.ts')).map((path) =>
  basename(path, '.ts'),
);

describe('the built-in catalogue', () => {
  it('reads 8 knowledge cards and 32 exercises from CONTENT.md', () => {
    expect([...required.values()].filter((kind) => kind === 'slide').length).toBe(8);
    expect(required.size).toBe(40);
  });

  it('the copy in tests/fixtures matches ../shared/CONTENT.md, when it is there', () => {
    if (!existsSync(SHARED_CONTENT)) return;
    expect(requiredCards(readFileSync(FIXTURE_CONTENT, 'utf8'))).toEqual(required);
  });

  it.each([...required])('carries %s as a %s card', (id, kind) => {
    const card = cards.find((candidate) => candidate.id === id);
    expect(card, `${id} is missing from shared/library/builtin-cards.ts`).toBeDefined();
    expect(card!.kind).toBe(kind);
    expect(isBuiltInId(id)).toBe(true);
  });

  it('has unique ids, and every card file is in the catalogue', () => {
    const ids = cards.map((card) => card.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...files].sort());
  });

  it('shows the cards in CONTENT.md order: knowledge first, then the exercises', () => {
    expect(cards.map((card) => card.id)).toEqual([...required.keys()].filter((id) => ids().has(id)));
    function ids(): Set<string> {
      return new Set(cards.map((card) => card.id));
    }
  });

  it.each(cards.map((card) => [card.id, card] as const))(
    '%s has the texts a facilitator needs',
    (_id, card) => {
      for (const text of [card.title, card.purpose, card.projectorText, card.source.section]) {
        expect(text.trim()).not.toBe('');
      }
      expect(card.instructions.length).toBeGreaterThan(0);
      expect(card.prompts.length).toBeGreaterThan(0);
      expect(card.phases.length).toBeGreaterThan(0);
      for (const step of card.steps) {
        if (step.kind === 'board' && step.board.layout === 'grid') {
          expect(step.board.rows.length * step.board.columns.length).toBeGreaterThan(0);
        }
        if (step.kind === 'checklist') {
          for (const group of step.groups) expect(group.items.length).toBeGreaterThan(0);
        }
        if (step.kind === 'dialogue') expect(step.questions.length).toBeGreaterThan(0);
      }
    },
  );
});

describe('cards the issue names by their structure', () => {
  const find = (id: string) => cards.find((card) => card.id === id);

  it('the IGLO action plan is four stages × four levels, and its notes become actions', () => {
    const plan = find('iglo-action-plan');
    const board = plan?.steps.find((step) => step.kind === 'board');
    expect(board?.kind === 'board' && board.board.layout === 'grid').toBe(true);
    if (board?.kind !== 'board' || board.board.layout !== 'grid') return;
    expect(board.notesBecomeActions).toBe(true);
    expect(new Set(board.board.rows.map((row) => row.stage))).toEqual(
      new Set(['forebyggelse', 'foerste-tegn', 'haandtering', 'efter']),
    );
    expect(new Set(board.board.columns.map((column) => column.iglo))).toEqual(
      new Set(['organisation', 'ledelse', 'gruppe', 'individ']),
    );
  });

  it('the load curve looks six months back, with three zones and four questions', () => {
    const curve = find('load-curve')?.steps.find((step) => step.kind === 'curve');
    expect(curve?.kind).toBe('curve');
    if (curve?.kind !== 'curve') return;
    expect(curve.monthsBack).toBe(6);
    expect(curve.zones.map((zone) => zone.id)).toEqual(['under', 'optimal', 'over']);
    expect(curve.questions.length).toBe(4);
  });

  it('the five påvirkninger each have a definition', () => {
    const tables = (find('five-risk-factors')?.steps ?? []).flatMap((step) =>
      step.kind === 'slide' ? step.blocks.filter((block) => block.type === 'table') : [],
    );
    const rows = tables.flatMap((table) => (table.type === 'table' ? table.rows : []));
    const named = [
      'arbejdsmængde og tidspres',
      'uklare og modstridende krav',
      'følelsesmæssige krav',
      'krænkende handlinger',
      'arbejdsrelateret vold',
    ];
    for (const name of named) {
      const row = rows.find((cells) => cells[0]?.toLowerCase().includes(name));
      expect(row, name).toBeDefined();
      expect(row![1]!.length).toBeGreaterThan(40);
    }
  });

  it('the reasons not to go to the leader come in three named, coloured groups', () => {
    const checklist = find('reasons-not-to-go-to-leader')?.steps.find((step) => step.kind === 'checklist');
    if (checklist?.kind !== 'checklist') throw new Error('no checklist step');
    expect(checklist.groups.length).toBe(3);
    for (const group of checklist.groups) {
      expect(group.colour).toBeDefined();
      expect(group.label).toBeTruthy();
    }
  });
});
