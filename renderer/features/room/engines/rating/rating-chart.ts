import type { StepOfKind } from '@shared/library/card';
import type { ResultOfKind } from '@shared/room/engines/results';
import { stackedRowsChart, type ChartSize } from '@shared/charts';

/** Each item as a row of its ratings stacked by level (lowest first), with the mean. */
export function ratingChart(step: StepOfKind<'rating'>, result: ResultOfKind<'rating'>, size: ChartSize) {
  return stackedRowsChart(
    {
      title: step.title,
      levels: step.scale.map((level) => level.label),
      rows: step.items.map((item) => {
        const entry = result.items.find((i) => i.itemId === item.id);
        return {
          label: item.label,
          counts: step.scale.map(
            (level) => entry?.distribution.find((d) => d.value === level.value)?.count ?? 0,
          ),
          mean: entry?.mean ?? null,
        };
      }),
    },
    size,
  );
}
