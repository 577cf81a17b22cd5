import { z } from 'zod';
import { Id, LIMITS, LongText, ShortText } from '../domain/primitives.js';
import { ActionStage, IgloLevel, PhaseKind, ThemeId } from '../domain/vocabulary.js';
import { SourceDocumentId } from './sources.js';

/**
 * The exercise card: the one format the library, the seminar planner, the room
 * and the printed worksheets all read. A card has a primary `kind` and one or
 * more `steps`; each step is an engine kind with its own config, so a composite
 * exercise (a board followed by a dialogue, a scale followed by a dialogue …)
 * is one card. Everything a person reads is Danish.
 */

export const EXERCISE_KINDS = [
  'slide',
  'scale',
  'rating',
  'curve',
  'board',
  'checklist',
  'dialogue',
  'map',
] as const;
export const ExerciseKind = z.enum(EXERCISE_KINDS);
export type ExerciseKind = z.infer<typeof ExerciseKind>;

const nonEmpty = (schema: z.ZodString) => schema.trim().min(1, { message: 'Skal udfyldes' });
/** A short label (a title, an item, a column). */
const Label = nonEmpty(ShortText);
/** A longer text (a paragraph, a definition, a hint). */
const Text = nonEmpty(LongText);
const list = <T extends z.ZodType>(item: T) => z.array(item).max(LIMITS.listItems);
const someOf = <T extends z.ZodType>(item: T) =>
  list(item).min(1, { message: 'Der skal være mindst ét element' });

/** Ids must be unique within one list (answers and notes refer to them). */
function uniqueIds<T extends { id: string }>(items: readonly T[], ctx: z.RefinementCtx, what: string): void {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.id)) {
      ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `${what} "${item.id}" findes to gange` });
    }
    seen.add(item.id);
  });
}
const uniqueList = <T extends z.ZodType<{ id: string }>>(item: T, what: string) =>
  someOf(item).superRefine((items, ctx) => uniqueIds(items, ctx, what));

/** A named thing with an id: an item to tick, a field to fill, a row or column. */
export const NamedItem = z.object({
  id: Id,
  label: Label,
  /** Explains the item to the participant or the facilitator. */
  help: Text.optional(),
});
export type NamedItem = z.infer<typeof NamedItem>;

// ── slide ──────────────────────────────────────────────────────────────────

/**
 * Shapes a model block can take. The projector and the PDF draw each one:
 * `layers` stacked bands (the IGLO levels), `zones` side by side along one
 * axis (under / optimal / over load), `cycle` items in a loop (the frustration
 * spiral), `matrix` a 2×2 grid read row by row, `steps` an ordered sequence.
 */
export const MODEL_SHAPES = ['layers', 'zones', 'cycle', 'matrix', 'steps'] as const;
export const ModelShape = z.enum(MODEL_SHAPES);
export type ModelShape = z.infer<typeof ModelShape>;

export const ModelItem = z.object({
  id: Id,
  label: Label,
  text: Text.optional(),
  iglo: IgloLevel.optional(),
});
export type ModelItem = z.infer<typeof ModelItem>;

export const SlideBlock = z.discriminatedUnion('type', [
  z.object({ type: z.literal('heading'), text: Label }),
  z.object({ type: z.literal('paragraph'), text: Text }),
  z.object({ type: z.literal('bullets'), items: someOf(Text) }),
  z
    .object({
      type: z.literal('table'),
      header: someOf(Label),
      rows: someOf(someOf(z.string().max(LIMITS.longText))),
    })
    .superRefine((table, ctx) => {
      table.rows.forEach((row, index) => {
        if (row.length !== table.header.length) {
          ctx.addIssue({
            code: 'custom',
            path: ['rows', index],
            message: `Rækken har ${row.length} celler, men tabellen har ${table.header.length} kolonner`,
          });
        }
      });
    }),
  z.object({
    type: z.literal('model'),
    shape: ModelShape,
    title: Label.optional(),
    items: uniqueList(ModelItem, 'Feltet'),
  }),
]);
export type SlideBlock = z.infer<typeof SlideBlock>;

// ── the steps, one schema per engine kind ──────────────────────────────────

const stepBase = {
  id: Id,
  /** Heading of the step on the console and the projector. */
  title: Label,
  /** The question or task the room gets in this step, if it differs from the card's prompts. */
  prompt: Text.optional(),
  /** A step the facilitator may skip when time is short; the card's minutes leave it out. */
  optional: z.boolean().default(false),
};

export const SlideStep = z.object({
  ...stepBase,
  kind: z.literal('slide'),
  blocks: someOf(SlideBlock),
});

export const ScaleStep = z
  .object({
    ...stepBase,
    kind: z.literal('scale'),
    min: z.number().int().min(0).max(100).default(1),
    max: z.number().int().min(1).max(100).default(10),
    minLabel: Label,
    maxLabel: Label,
    /** Ask for a word on why the participant placed the mark there. */
    askWhy: z.boolean().default(false),
  })
  .refine((step) => step.max > step.min, {
    message: 'Skalaens største værdi skal være over den mindste',
    path: ['max'],
  });

export const RatingLevel = z.object({ value: z.number().int().min(0).max(100), label: Label });
export const RatingStep = z
  .object({
    ...stepBase,
    kind: z.literal('rating'),
    items: uniqueList(NamedItem, 'Punktet'),
    /** The short scale every item is rated on, lowest first. */
    scale: z.array(RatingLevel).min(2, { message: 'Skalaen skal have mindst to trin' }).max(11),
    /** Participants may add a note per item. */
    notes: z.boolean().default(false),
  })
  .superRefine((step, ctx) => {
    const values = step.scale.map((level) => level.value);
    if (values.some((value, index) => index > 0 && value <= values[index - 1]!)) {
      ctx.addIssue({ code: 'custom', path: ['scale'], message: 'Skalaens trin skal stige' });
    }
  });

export const CURVE_ZONES = ['under', 'optimal', 'over'] as const;
export const CurveZoneId = z.enum(CURVE_ZONES);
export const CurveStep = z.object({
  ...stepBase,
  kind: z.literal('curve'),
  monthsBack: z.number().int().min(1).max(36).default(6),
  /** Bands of the vertical axis, lowest first: under-, optimal and overbelastning. */
  zones: z
    .array(z.object({ id: CurveZoneId, label: Label, help: Text.optional() }))
    .length(3)
    .refine((zones) => zones.map((zone) => zone.id).join() === CURVE_ZONES.join(), {
      message: 'Zonerne skal være under, optimal og over, i den rækkefølge',
    }),
  /** Asked about the finished curve, in order. */
  questions: someOf(Text),
});

/** A field, column, row or column axis of a board. A cell inherits the IGLO level and stage of its row and column. */
export const BoardAxis = NamedItem.extend({
  iglo: IgloLevel.optional(),
  stage: ActionStage.optional(),
});
export type BoardAxis = z.infer<typeof BoardAxis>;

export const BOARD_LAYOUTS = ['fields', 'columns', 'grid', 'table'] as const;
export const BoardLayout = z.discriminatedUnion('layout', [
  /** Named areas notes are placed in (inner/outer demands …). */
  z.object({ layout: z.literal('fields'), fields: uniqueList(BoardAxis, 'Feltet') }),
  /** Columns of notes side by side. */
  z.object({ layout: z.literal('columns'), columns: uniqueList(BoardAxis, 'Kolonnen') }),
  /** A rows × columns grid; a note sits in one cell. */
  z.object({
    layout: z.literal('grid'),
    rows: uniqueList(BoardAxis, 'Rækken'),
    columns: uniqueList(BoardAxis, 'Kolonnen'),
  }),
  /** Every note is a row with one value per column (a task overview). */
  z.object({ layout: z.literal('table'), columns: uniqueList(BoardAxis, 'Kolonnen') }),
]);
export type BoardLayout = z.infer<typeof BoardLayout>;

export const BoardStep = z.object({
  ...stepBase,
  kind: z.literal('board'),
  board: BoardLayout,
  /** The notes on this board can be turned into actions of the action plan. */
  notesBecomeActions: z.boolean().default(false),
  /** Dots each participant (or the facilitator for the room) may place when the board ends with dot voting. */
  dots: z.number().int().min(1).max(20).default(3),
});

export const CHECKLIST_COLOURS = ['green', 'yellow', 'red', 'blue', 'grey'] as const;
export const ChecklistColour = z.enum(CHECKLIST_COLOURS);
export type ChecklistColour = z.infer<typeof ChecklistColour>;

export const ChecklistGroup = z.object({
  id: Id,
  /** Always a word as well as a colour: colour alone never carries meaning. */
  label: Label.optional(),
  colour: ChecklistColour.optional(),
  /** The level a group asks about (the IGLO checklist has one group per level). */
  iglo: IgloLevel.optional(),
  items: uniqueList(NamedItem, 'Punktet'),
});
export type ChecklistGroup = z.infer<typeof ChecklistGroup>;

export const ChecklistStep = z
  .object({
    ...stepBase,
    kind: z.literal('checklist'),
    /** One group without a label for a plain list. */
    groups: uniqueList(ChecklistGroup, 'Gruppen'),
  })
  .superRefine((step, ctx) => {
    step.groups.forEach((group, index) => {
      if (group.colour && !group.label) {
        ctx.addIssue({
          code: 'custom',
          path: ['groups', index, 'label'],
          message: 'En farvet gruppe skal også have et navn',
        });
      }
    });
    uniqueIds(
      step.groups.flatMap((group) => group.items),
      ctx,
      'Punktet',
    );
  });

export const DialogueQuestion = z.object({
  id: Id,
  text: Text,
  minutes: z.number().int().min(1).max(240).optional(),
  /** For the facilitator only; never shown to the room. */
  hint: Text.optional(),
});
export type DialogueQuestion = z.infer<typeof DialogueQuestion>;

export const DialogueStep = z.object({
  ...stepBase,
  kind: z.literal('dialogue'),
  questions: uniqueList(DialogueQuestion, 'Spørgsmålet'),
});

export const MapState = z.object({
  id: z.enum(['green', 'red']),
  label: Label,
  /** A word or symbol shown next to the colour, so the state never depends on colour alone. */
  symbol: z.string().trim().min(1).max(4),
});
export const MapStep = z
  .object({
    ...stepBase,
    kind: z.literal('map'),
    /** What is recorded for each unit placed on the map (name, who, how often they meet …). */
    unitFields: uniqueList(NamedItem, 'Feltet'),
    /** Units suggested when the map is started; the room adds its own. */
    suggestedUnits: list(NamedItem).default([]),
    states: z.array(MapState).length(2),
    /** What the plan records for a red contact. */
    planFields: uniqueList(NamedItem, 'Feltet'),
  })
  .refine((step) => step.states.map((state) => state.id).join() === 'green,red', {
    message: 'Kortet skal have en grøn og en rød tilstand, i den rækkefølge',
    path: ['states'],
  });

export const ExerciseStep = z.discriminatedUnion('kind', [
  SlideStep,
  ScaleStep,
  RatingStep,
  CurveStep,
  BoardStep,
  ChecklistStep,
  DialogueStep,
  MapStep,
]);
export type ExerciseStep = z.infer<typeof ExerciseStep>;
export type ExerciseStepInput = z.input<typeof ExerciseStep>;
export type StepOfKind<K extends ExerciseKind> = Extract<ExerciseStep, { kind: K }>;

// ── the card ────────────────────────────────────────────────────────────────

export const CardSource = z.object({
  document: SourceDocumentId,
  /** The section or the tool's own name in that document. */
  section: Label,
});
export type CardSource = z.infer<typeof CardSource>;

/** The card's fields; `ExerciseCard` adds the checks across fields. */
export const ExerciseCardFields = z.object({
  id: Id,
  kind: ExerciseKind,
  title: Label,
  /** Formål: why a facilitator would choose it. */
  purpose: Text,
  /** The facilitator's steps, in order. */
  instructions: someOf(Text),
  /** What the room sees while it works. */
  projectorText: Text,
  /** What participants are asked. */
  prompts: someOf(Text),
  /** Suggested minutes. */
  minutes: z.number().int().min(1).max(480),
  iglo: list(IgloLevel),
  phases: someOf(PhaseKind),
  themes: list(ThemeId),
  materials: list(Label),
  source: CardSource,
  steps: uniqueList(ExerciseStep, 'Trinnet'),
});

/** The checks across a card's fields, shared by every schema built on `ExerciseCardFields`. */
export function checkCard(
  card: { kind: ExerciseKind; steps: readonly { kind: ExerciseKind }[] },
  ctx: z.RefinementCtx,
): void {
  if (!card.steps.some((step) => step.kind === card.kind)) {
    ctx.addIssue({
      code: 'custom',
      path: ['kind'],
      message: `Kortets hovedtype "${card.kind}" skal være typen på mindst ét af dets trin`,
    });
  }
}

export const ExerciseCard = ExerciseCardFields.superRefine(checkCard);
export type ExerciseCard = z.infer<typeof ExerciseCard>;
/** What a card file is written as: defaults (scale 1–10, six months back …) may be left out. */
export type ExerciseCardInput = z.input<typeof ExerciseCard>;
