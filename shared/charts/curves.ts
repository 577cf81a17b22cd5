import { scaleLinear, scalePoint } from 'd3-scale';
import { curveMonotoneX, line } from 'd3-shape';
import { legend, svgFrame, type ChartSize, type LegendEntry } from './frame.js';
import { GRID, INK, INK_MUTED, SERIES, ZONE_FILLS } from './palette.js';
import { el, type SvgNode, textNode } from './svg.js';
import { fitWithEllipsis } from './text.js';

export interface CurveSeries {
  label: string;
  points: (number | null)[];
  /** Drawn thick and black with round markers (the group's median) or thinner in a colour. */
  emphasis?: boolean;
  /** A dash pattern and square markers (the second run of a comparison). */
  dashed?: boolean;
  colour?: string;
}

export interface CurvesData {
  title: string;
  /** X labels, oldest first. */
  months: string[];
  /** Lowest and highest level of the vertical axis. */
  levels: { min: number; max: number };
  /** The three bands, lowest first, each over an equal share of the levels. */
  zones: [string, string, string];
  series: CurveSeries[];
  /** Legend entries; default: one per emphasised or dashed series. */
  legend?: LegendEntry[];
  /** Draw every level (numbered at the left) and every month as a thin guide: an empty curve to fill in by hand. */
  guides?: boolean;
}

const ZONE_KEYS = ['under', 'optimal', 'over'] as const;

/**
 * Curves over months on a level axis split into the three load zones, each
 * band named in words. Gaps (null) break a line rather than drop to zero.
 */
export function curvesChart(data: CurvesData, size: ChartSize): SvgNode {
  const { width, height, font } = size;
  const entries =
    data.legend ??
    data.series
      .filter((series) => series.emphasis || series.dashed)
      .map((series) => ({
        label: series.label,
        line: {
          stroke: series.colour ?? INK,
          width: font / 5,
          ...(series.dashed ? { dash: `${font * 0.6} ${font * 0.3}` } : {}),
        },
      }));
  const legendRow = legend(entries, font * 0.3, font * 0.3, font);
  const top = entries.length ? legendRow.height + font * 0.6 : font * 0.6;
  const bottom = font * 1.8;
  const x = scalePoint<number>()
    .domain(data.months.map((_, index) => index))
    .range([font * 1.5, width - font * 1.5])
    .padding(0.3);
  const y = scaleLinear()
    .domain([data.levels.min - 0.5, data.levels.max + 0.5])
    .range([height - bottom, top]);
  const children: SvgNode[] = [];
  const span = (data.levels.max - data.levels.min + 1) / 3;
  ZONE_KEYS.forEach((zone, index) => {
    const low = y(data.levels.min - 0.5 + span * index);
    const high = y(data.levels.min - 0.5 + span * (index + 1));
    children.push(
      el('rect', { x: 0, y: high, width, height: low - high, fill: ZONE_FILLS[zone] }),
      el('line', { x1: 0, x2: width, y1: high, y2: high, stroke: GRID, 'stroke-width': 1 }),
      textNode(fitWithEllipsis(data.zones[index]!, width * 0.5, font), {
        x: width - font * 0.3,
        y: high + font * 1.05,
        'text-anchor': 'end',
        fill: INK_MUTED,
        'font-style': 'italic',
      }),
    );
  });
  if (data.guides) {
    for (let level = data.levels.min; level <= data.levels.max; level += 1) {
      children.push(
        el('line', {
          x1: font * 1.2,
          x2: width,
          y1: y(level),
          y2: y(level),
          stroke: GRID,
          'stroke-width': 0.6,
          'stroke-dasharray': '2 2',
        }),
        textNode(String(level), { x: font * 0.3, y: y(level) + font * 0.35, fill: INK_MUTED }),
      );
    }
    data.months.forEach((_, index) => {
      children.push(
        el('line', {
          x1: x(index)!,
          x2: x(index)!,
          y1: top,
          y2: height - bottom,
          stroke: GRID,
          'stroke-width': 0.6,
        }),
      );
    });
  }
  data.months.forEach((month, index) => {
    children.push(textNode(month, { x: x(index)!, y: height - font * 0.45, 'text-anchor': 'middle' }));
  });
  const path = line<[number, number | null]>()
    .defined(([, value]) => value !== null)
    .x(([index]) => x(index)!)
    .y(([, value]) => y(value ?? 0))
    .curve(curveMonotoneX);
  // Thin curves first, emphasised ones on top.
  const ordered = [...data.series.entries()].sort(
    ([, a], [, b]) => Number(Boolean(a.emphasis)) - Number(Boolean(b.emphasis)),
  );
  for (const [index, series] of ordered) {
    const colour = series.colour ?? (series.emphasis ? INK : SERIES[index % SERIES.length]!);
    const strokeWidth = series.emphasis || series.dashed ? font / 5 : Math.max(1.5, font / 12);
    const d = path(series.points.map((value, month) => [month, value] as [number, number | null]));
    if (d) {
      children.push(
        el('path', {
          d,
          fill: 'none',
          stroke: colour,
          'stroke-width': strokeWidth,
          'stroke-dasharray': series.dashed ? `${font * 0.6} ${font * 0.3}` : undefined,
          'stroke-linejoin': 'round',
          'stroke-linecap': 'round',
          opacity: series.emphasis || series.dashed ? 1 : 0.75,
        }),
      );
    }
    if (series.emphasis || series.dashed) {
      const r = font * 0.28;
      series.points.forEach((value, month) => {
        if (value === null) return;
        const cx = x(month)!;
        const cy = y(value);
        children.push(
          series.dashed
            ? el('rect', {
                x: cx - r,
                y: cy - r,
                width: r * 2,
                height: r * 2,
                fill: colour,
                stroke: '#ffffff',
                'stroke-width': 2,
              })
            : el('circle', { cx, cy, r, fill: colour, stroke: '#ffffff', 'stroke-width': 2 }),
        );
      });
    }
  }
  return svgFrame(size, data.title, [...children, ...legendRow.nodes]);
}
