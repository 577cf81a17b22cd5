import { z } from 'zod';
import { Id } from '../../domain/primitives.js';
import { ActionStage, IgloLevel } from '../../domain/vocabulary.js';

/**
 * What each engine's summary of a run looks like. Pure data: the console, the
 * projector, the results view and the PDF report all draw from it. Counts
 * exclude hidden answers; `count` is what the reveal rule compares with
 * the room's minimum.
 */

const Count = z.number().int().min(0);
export const ValueCount = z.object({ value: z.number(), count: Count });
export const WordCount = z.object({ word: z.string(), count: Count });

export const ScaleResult = z.object({
  kind: z.literal('scale'),
  count: Count,
  /** One entry per value of the scale, min..max, zeros included. */
  distribution: z.array(ValueCount),
  mean: z.number().nullable(),
  median: z.number().nullable(),
  words: z.array(WordCount),
});

export const RatingResult = z.object({
  kind: z.literal('rating'),
  count: Count,
  items: z.array(
    z.object({ itemId: Id, count: Count, distribution: z.array(ValueCount), mean: z.number().nullable() }),
  ),
  notes: z.array(z.object({ answerId: Id, itemId: Id, text: z.string() })),
});

export const CurveResult = z.object({
  kind: z.literal('curve'),
  count: Count,
  /** Month labels, oldest first (YYYY-MM). */
  months: z.array(z.string()),
  curves: z.array(
    z.object({ answerId: Id, label: z.string().optional(), points: z.array(z.number().nullable()) }),
  ),
  median: z.array(z.number().nullable()),
});

export const BoardNote = z.object({
  answerId: Id,
  cellId: z.string(),
  text: z.string(),
  /** Dots from dot voting. */
  dots: Count,
  /** A table board's row: the value per column (`text` joins them). */
  values: z.record(z.string(), z.string()).optional(),
  iglo: IgloLevel.optional(),
  stage: ActionStage.optional(),
});
export const BoardResult = z.object({
  kind: z.literal('board'),
  count: Count,
  notes: z.array(BoardNote),
  cells: z.array(z.object({ cellId: z.string(), count: Count })),
  /** Notes with dots, most dots first; empty before any dot is placed. */
  ranking: z.array(z.object({ answerId: Id, dots: Count })),
});

export const ChecklistResult = z.object({
  kind: z.literal('checklist'),
  /** Number of answers (people or groups who ticked). */
  count: Count,
  items: z.array(z.object({ itemId: Id, count: Count })),
  groups: z.array(z.object({ groupId: Id, count: Count })),
});

export const DialogueResult = z.object({
  kind: z.literal('dialogue'),
  count: Count,
  notes: z.array(z.object({ answerId: Id, questionId: Id, text: z.string() })),
});

export const MapResult = z.object({
  kind: z.literal('map'),
  count: Count,
  units: z.array(
    z.object({
      answerId: Id,
      fields: z.record(z.string(), z.string()),
      state: z.enum(['green', 'red']),
      plan: z.record(z.string(), z.string()),
    }),
  ),
});

export const EngineResult = z.discriminatedUnion('kind', [
  ScaleResult,
  RatingResult,
  CurveResult,
  BoardResult,
  ChecklistResult,
  DialogueResult,
  MapResult,
]);
export type EngineResult = z.infer<typeof EngineResult>;
export type ResultOfKind<K extends EngineResult['kind']> = Extract<EngineResult, { kind: K }>;
