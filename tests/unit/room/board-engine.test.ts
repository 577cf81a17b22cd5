import { describe, expect, it } from 'vitest';
import { card as actionPlan } from '../../../shared/library/cards/iglo-action-plan.js';
import { card as demandsResources } from '../../../shared/library/cards/demands-resources-balance.js';
import { card as taskOverview } from '../../../shared/library/cards/task-overview.js';
import { boardCells, boardEngine } from '../../../shared/room/engines/board.js';
import { answer, refusal, stepOf } from './engine-support.js';

const grid = stepOf(actionPlan, 'board');
const fields = stepOf(demandsResources, 'board');
const table = stepOf(taskOverview, 'board');

describe('board engine: notes', () => {
  it('names grid cells <rowId>:<columnId> and gives them the row stage and column IGLO level', () => {
    const cells = boardCells(grid);
    expect(cells).toHaveLength(16);
    expect(cells[1]).toMatchObject({
      cellId: 'forebyggelse:ledelse',
      rowId: 'forebyggelse',
      columnId: 'ledelse',
      stage: 'forebyggelse',
      iglo: 'ledelse',
    });
  });

  it('accepts a note in a known cell, trimmed', () => {
    expect(boardEngine.payload(grid).parse({ cellId: 'efter:grupper', text: ' Følg op ' })).toEqual({
      cellId: 'efter:grupper',
      text: 'Følg op',
    });
    const field = fields.board.layout === 'fields' ? fields.board.fields[0]!.id : '';
    expect(refusal(boardEngine.payload(fields), { cellId: field, text: 'Deadlines' })).toBeNull();
  });

  it.each([
    [{ cellId: 'ledelse', text: 'x' }, 'Vælg et af tavlens felter'],
    [{ cellId: 'efter:ukendt', text: 'x' }, 'Vælg et af tavlens felter'],
    [{ cellId: 'efter:ledelse', text: '  ' }, 'Sedlen må ikke være tom'],
    [{ cellId: 'efter:ledelse', text: 'x'.repeat(501) }, 'højst have 500 tegn'],
    [{ cellId: 'efter:ledelse', text: 42 }, 'skal være tekst'],
    [{ cellId: 'efter:ledelse', text: 'x', dots: 1 }, ''],
    ['tekst', ''],
  ])('refuses %j', (payload, message) => {
    const found = refusal(boardEngine.payload(grid), payload);
    expect(found).not.toBeNull();
    expect(found).toContain(message);
  });

  it('takes a table row as values per column', () => {
    const schema = boardEngine.payload(table);
    expect(schema.parse({ values: { opgave: ' Rapport ', deadline: 'fredag', status: '' } })).toEqual({
      values: { opgave: 'Rapport', deadline: 'fredag' },
    });
    expect(refusal(schema, { values: { ukendt: 'x' } })).toContain('Ukendt felt');
    expect(refusal(schema, { values: { opgave: '  ' } })).toContain('mindst én af kolonnerne');
    expect(refusal(schema, { cellId: 'opgave', text: 'x' })).not.toBeNull();
  });

  it('summarises notes per cell with their IGLO level and stage', () => {
    const result = boardEngine.summarise(grid, [
      answer('n1', grid.id, { cellId: 'forebyggelse:ledelse', text: 'Ugentlig prioritering' }),
      answer('n2', grid.id, { cellId: 'efter:individer', text: 'Samtale' }),
      answer('n3', grid.id, { cellId: 'forebyggelse:ledelse', text: 'Synlig leder' }),
      answer('n4', grid.id, { cellId: 'nope', text: 'x' }),
    ]);
    if (result?.kind !== 'board') throw new Error('not a board result');
    expect(result.count).toBe(3);
    expect(result.notes[0]).toEqual({
      answerId: 'n1',
      cellId: 'forebyggelse:ledelse',
      text: 'Ugentlig prioritering',
      dots: 0,
      iglo: 'ledelse',
      stage: 'forebyggelse',
    });
    expect(result.notes[1]).toMatchObject({ iglo: 'individ', stage: 'efter' });
    expect(result.cells.find((cell) => cell.cellId === 'forebyggelse:ledelse')?.count).toBe(2);
    expect(result.cells).toHaveLength(16);
    expect(result.ranking).toEqual([]);
  });

  it('joins a table row into the note text and keeps its values', () => {
    const result = boardEngine.summarise(table, [
      answer('t1', table.id, { values: { opgave: 'Rapport', deadline: 'fredag' } }),
    ]);
    expect(result).toMatchObject({
      count: 1,
      notes: [
        { cellId: 'opgave', text: 'Rapport · fredag', values: { opgave: 'Rapport', deadline: 'fredag' } },
      ],
      cells: [{ cellId: 'opgave', count: 1 }],
    });
  });

  it('is empty with no answers', () => {
    const result = boardEngine.summarise(fields, []);
    expect(result).toMatchObject({ kind: 'board', count: 0, notes: [], ranking: [] });
  });
});

describe('board engine: dot voting', () => {
  it('defaults to three dots per person', () => {
    expect(grid.dots).toBe(3);
    const schema = boardEngine.payload(grid);
    expect(refusal(schema, { votes: ['n1', 'n1', 'n2'] })).toBeNull();
    expect(refusal(schema, { votes: ['n1', 'n2', 'n3', 'n4'] })).toContain('højst 3 prikker');
    expect(refusal(schema, { votes: [] })).toContain('mindst én prik');
    expect(refusal(schema, { votes: 'n1' })).toContain('Vælg de sedler');
    expect(refusal(schema, { votes: ['n1'], cellId: 'x' })).not.toBeNull();
  });

  it('counts dots per note and ranks the notes, ignoring dots on hidden or unknown notes', () => {
    const result = boardEngine.summarise(grid, [
      answer('n1', grid.id, { cellId: 'forebyggelse:ledelse', text: 'A' }),
      answer('n2', grid.id, { cellId: 'efter:individer', text: 'B' }),
      answer('n3', grid.id, { cellId: 'efter:grupper', text: 'C' }),
      answer('v1', grid.id, { votes: ['n2', 'n2', 'n1'] }),
      answer('v2', grid.id, { votes: ['n2', 'skjult'] }),
      answer('v3', grid.id, { votes: ['n3'] }),
    ]);
    if (result?.kind !== 'board') throw new Error('not a board result');
    expect(result.count).toBe(3);
    expect(result.notes.map((note) => note.dots)).toEqual([1, 3, 1]);
    expect(result.ranking).toEqual([
      { answerId: 'n2', dots: 3 },
      { answerId: 'n1', dots: 1 },
      { answerId: 'n3', dots: 1 },
    ]);
  });
});
