import { z } from 'zod';
import { Id } from '../../domain/primitives.js';
import type { ActionStage, IgloLevel } from '../../domain/vocabulary.js';
import type { StepOfKind } from '../../library/card.js';
import type { Engine } from './engine.js';
import { FIELD_MAX, fieldRecord, knownId, NOTE_MAX, parsedAnswers, requiredText } from './payload-parts.js';
import type { ResultOfKind } from './results.js';

type BoardStep = StepOfKind<'board'>;

/** A place a note can sit, with the IGLO level and stage it takes from its field, column or row. */
export interface BoardCell {
  cellId: string;
  /** The cell's name as the room reads it ("Ledelse", "1. Forebyggelse · Ledelse"). */
  label: string;
  rowId?: string;
  columnId?: string;
  iglo?: IgloLevel;
  stage?: ActionStage;
}

/**
 * Every cell of the board, in reading order. Fields and columns are one cell
 * each; a grid has a cell per row and column, '<rowId>:<columnId>'; a table's
 * notes are rows, so the whole table is one cell named by its first column.
 */
export function boardCells(step: BoardStep): BoardCell[] {
  const board = step.board;
  switch (board.layout) {
    case 'fields':
      return board.fields.map((field) => axisCell(field.id, field.label, field));
    case 'columns':
      return board.columns.map((column) => ({
        ...axisCell(column.id, column.label, column),
        columnId: column.id,
      }));
    case 'grid':
      return board.rows.flatMap((row) =>
        board.columns.map((column) => {
          const iglo = row.iglo ?? column.iglo;
          const stage = row.stage ?? column.stage;
          return {
            cellId: `${row.id}:${column.id}`,
            label: `${row.label} · ${column.label}`,
            rowId: row.id,
            columnId: column.id,
            ...(iglo ? { iglo } : {}),
            ...(stage ? { stage } : {}),
          };
        }),
      );
    case 'table': {
      const first = board.columns[0]!;
      return [{ ...axisCell(first.id, first.label, first), columnId: first.id }];
    }
  }
}

function axisCell(cellId: string, label: string, axis: { iglo?: IgloLevel; stage?: ActionStage }): BoardCell {
  return {
    cellId,
    label,
    ...(axis.iglo ? { iglo: axis.iglo } : {}),
    ...(axis.stage ? { stage: axis.stage } : {}),
  };
}

/** A note placed in a cell (fields, columns, grid). */
export interface BoardNotePayload {
  cellId: string;
  text: string;
}
/** A row of a table board: a value per column, at least one written. */
export interface BoardRowPayload {
  values: Record<string, string>;
}
/** Dots placed on notes (their answer ids; the same note may get several). */
export interface BoardVotesPayload {
  votes: string[];
}
export type BoardPayload = BoardNotePayload | BoardRowPayload | BoardVotesPayload;

function noteSchema(step: BoardStep) {
  if (step.board.layout === 'table') {
    const ids = step.board.columns.map((column) => column.id);
    return z
      .object({
        values: fieldRecord(ids, FIELD_MAX).refine((values) => Object.keys(values).length > 0, {
          message: 'Skriv mindst én af kolonnerne',
        }),
      })
      .strict();
  }
  return z
    .object({
      cellId: knownId(
        boardCells(step).map((cell) => cell.cellId),
        'Vælg et af tavlens felter',
      ),
      text: requiredText(NOTE_MAX, 'Sedlen'),
    })
    .strict();
}

function votesSchema(step: BoardStep) {
  return z
    .object({
      votes: z
        .array(Id, { message: 'Vælg de sedler, prikkerne skal på' })
        .min(1, { message: 'Sæt mindst én prik' })
        .max(step.dots, { message: `Der er højst ${step.dots} prikker pr. person` }),
    })
    .strict();
}

/**
 * A board takes notes, and at the end dots on those notes. The two payloads
 * are told apart by the `votes` key, so a refusal names what is wrong with
 * the one that was meant.
 */
export const boardEngine: Engine<'board'> = {
  kind: 'board',
  payload(step) {
    const notes = noteSchema(step);
    const votes = votesSchema(step);
    return z.unknown().transform((value, ctx): BoardPayload => {
      const chosen = typeof value === 'object' && value !== null && 'votes' in value ? votes : notes;
      const parsed = chosen.safeParse(value);
      if (parsed.success) return parsed.data as BoardPayload;
      for (const issue of parsed.error.issues) {
        ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
      }
      return z.NEVER;
    });
  },
  summarise(step, answers) {
    const parsed = parsedAnswers<BoardPayload>(this.payload(step), answers);
    const cells = boardCells(step);
    const cellById = new Map(cells.map((cell) => [cell.cellId, cell]));
    const tableColumns = step.board.layout === 'table' ? step.board.columns : null;

    const notes: ResultOfKind<'board'>['notes'] = [];
    for (const { answerId, payload } of parsed) {
      if ('votes' in payload) continue;
      const cell = 'cellId' in payload ? cellById.get(payload.cellId)! : cells[0]!;
      const text =
        'text' in payload
          ? payload.text
          : tableColumns!
              .map((column) => payload.values[column.id])
              .filter(Boolean)
              .join(' · ');
      notes.push({
        answerId,
        cellId: cell.cellId,
        text,
        dots: 0,
        ...('values' in payload ? { values: payload.values } : {}),
        ...(cell.iglo ? { iglo: cell.iglo } : {}),
        ...(cell.stage ? { stage: cell.stage } : {}),
      });
    }

    // Dots on hidden or unknown notes are not counted: those notes are not in the result.
    const noteById = new Map(notes.map((note) => [note.answerId, note]));
    for (const { payload } of parsed) {
      if (!('votes' in payload)) continue;
      for (const id of payload.votes) {
        const note = noteById.get(id);
        if (note) note.dots += 1;
      }
    }

    return {
      kind: 'board',
      count: notes.length,
      notes,
      cells: cells.map((cell) => ({
        cellId: cell.cellId,
        count: notes.filter((note) => note.cellId === cell.cellId).length,
      })),
      ranking: notes
        .map((note, index) => ({ note, index }))
        .filter(({ note }) => note.dots > 0)
        .sort((a, b) => b.note.dots - a.note.dots || a.index - b.index)
        .map(({ note }) => ({ answerId: note.answerId, dots: note.dots })),
    };
  },
};
