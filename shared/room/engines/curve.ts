import { z } from 'zod';
import type { Engine } from './engine.js';
import { LABEL_MAX, optionalText, parsedAnswers } from './payload-parts.js';
import { median } from './statistics.js';

/**
 * The load curve's vertical axis: whole levels 1–9, three per zone, lowest
 * first (1–3 under-, 4–6 optimal, 7–9 overbelastning). A tap on a level per
 * month is quick on the console and reads the same on every chart.
 */
export const CURVE_LEVEL_MIN = 1;
export const CURVE_LEVEL_MAX = 9;
export const CURVE_LEVELS_PER_ZONE = 3;

export type CurveZone = 'under' | 'optimal' | 'over';

export function curveZoneOf(level: number): CurveZone {
  if (level <= CURVE_LEVEL_MIN + CURVE_LEVELS_PER_ZONE - 1) return 'under';
  if (level <= CURVE_LEVEL_MIN + 2 * CURVE_LEVELS_PER_ZONE - 1) return 'optimal';
  return 'over';
}

export interface CurvePayload {
  /** One point per month, oldest first; null for a month left out. */
  points: (number | null)[];
  label?: string;
}

/**
 * The `monthsBack` calendar months ending with the month of `at` (the run's
 * month counts as the last one), as YYYY-MM in Danish time, oldest first.
 */
export function curveMonths(monthsBack: number, at: string | Date): string[] {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Copenhagen',
    year: 'numeric',
    month: '2-digit',
  }).formatToParts(typeof at === 'string' ? new Date(at) : at);
  const year = Number(parts.find((part) => part.type === 'year')!.value);
  const month = Number(parts.find((part) => part.type === 'month')!.value) - 1;
  const months: string[] = [];
  for (let back = monthsBack - 1; back >= 0; back -= 1) {
    const total = year * 12 + month - back;
    months.push(`${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`);
  }
  return months;
}

const MONTH_NAMES = [
  'jan.',
  'feb.',
  'mar.',
  'apr.',
  'maj',
  'jun.',
  'jul.',
  'aug.',
  'sep.',
  'okt.',
  'nov.',
  'dec.',
];
/** "2026-11" → "nov. 2026" (or "nov." with `short`). */
export function monthLabel(month: string, short = false): string {
  const [year, index] = month.split('-');
  const name = MONTH_NAMES[Number(index) - 1] ?? month;
  return short ? name : `${name} ${year}`;
}

/**
 * One participant's curve: a level per month of the step's months, at least
 * one of them set, and an optional label (a group's name). The months are
 * those ending with the run's month; the summary names them from the earliest
 * answer's time.
 */
export const curveEngine: Engine<'curve'> = {
  kind: 'curve',
  payload: (step) =>
    z
      .object({
        points: z
          .array(
            z
              .number({ message: 'Vælg et niveau for måneden' })
              .int({ message: 'Vælg et helt niveau for måneden' })
              .min(CURVE_LEVEL_MIN, {
                message: `Niveauet skal være mellem ${CURVE_LEVEL_MIN} og ${CURVE_LEVEL_MAX}`,
              })
              .max(CURVE_LEVEL_MAX, {
                message: `Niveauet skal være mellem ${CURVE_LEVEL_MIN} og ${CURVE_LEVEL_MAX}`,
              })
              .nullable(),
            { message: 'Kurven mangler sine punkter' },
          )
          .length(step.monthsBack, {
            message: `Kurven skal have ét punkt pr. måned, ${step.monthsBack} i alt`,
          })
          .refine((points) => points.some((point) => point !== null), {
            message: 'Sæt mindst ét punkt på kurven',
          }),
        label: optionalText(LABEL_MAX, 'Navnet'),
      })
      .strict(),
  summarise(step, answers) {
    const schema = this.payload(step);
    const curves = parsedAnswers<CurvePayload>(schema, answers);
    const first = answers
      .filter((answer) => schema.safeParse(answer.payload).success)
      .map((answer) => answer.at)
      .sort()[0];
    const median_ = Array.from({ length: curves.length ? step.monthsBack : 0 }, (_, month) =>
      median(
        curves.map(({ payload }) => payload.points[month]).filter((point): point is number => point != null),
      ),
    );
    return {
      kind: 'curve',
      count: curves.length,
      months: first ? curveMonths(step.monthsBack, first) : [],
      curves: curves.map(({ answerId, payload }) => ({
        answerId,
        ...(payload.label ? { label: payload.label } : {}),
        points: payload.points,
      })),
      median: median_,
    };
  },
};
