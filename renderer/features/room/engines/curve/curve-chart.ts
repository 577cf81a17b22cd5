import type { StepOfKind } from '@shared/library/card';
import type { ResultOfKind } from '@shared/room/engines/results';
import { CURVE_LEVEL_MAX, CURVE_LEVEL_MIN, monthLabel } from '@shared/room/engines/curve';
import { compareCurvesChart, curvesChart, type ChartSize } from '@shared/charts';

const zonesOf = (step: StepOfKind<'curve'>) =>
  step.zones.map((zone) => zone.label) as [string, string, string];
const levels = { min: CURVE_LEVEL_MIN, max: CURVE_LEVEL_MAX };

/** Every participant's curve, thin, and the group's median, bold, over the three zones. */
export function curveChart(step: StepOfKind<'curve'>, result: ResultOfKind<'curve'>, size: ChartSize) {
  return curvesChart(
    {
      title: step.title,
      months: result.months.map((month) => monthLabel(month, true)),
      levels,
      zones: zonesOf(step),
      series: [
        ...result.curves.map((curve, index) => ({
          label: curve.label ?? `Kurve ${index + 1}`,
          points: curve.points,
        })),
        { label: 'Gruppens median', points: result.median, emphasis: true },
      ],
    },
    size,
  );
}

/** Two runs' median curves over the same positions (their months differ: "5 md. før" … "Samme md."). */
export function compareCurveChart(
  step: StepOfKind<'curve'>,
  a: ResultOfKind<'curve'>,
  b: ResultOfKind<'curve'>,
  labels: { a: string; b: string },
  size: ChartSize,
) {
  const positions = a.months.map((_, index) => {
    const back = a.months.length - 1 - index;
    return back === 0 ? 'Samme md.' : `${back} md. før`;
  });
  return compareCurvesChart(
    {
      title: step.title,
      labels,
      positions,
      levels,
      zones: zonesOf(step),
      a: a.median,
      b: b.median,
      counts: [a.count, b.count],
    },
    size,
  );
}
