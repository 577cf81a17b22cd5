import { scaleBand, scaleLinear } from 'd3-scale';
import { curvesChart } from './curves.js';
import { emptyChart, fillOf, hatchPattern, legend, svgFrame, type ChartSize } from './frame.js';
import { INK, OKABE_ITO } from './palette.js';
import { el, type SvgNode, textNode } from './svg.js';
import { textWidth, wrapText } from './text.js';

/**
 * Two runs of the same card side by side: run A solid blue, run B hatched
 * orange (dashed with square markers for curves), each named in the legend
 * with its number of answers, and every bar carrying its value.
 */
const A = { colour: OKABE_ITO.blue, hatched: false };
const B = { colour: OKABE_ITO.orange, hatched: true };

export interface CompareLabels {
  a: string;
  b: string;
}

function runLegend(labels: CompareLabels, counts: [number, number] | undefined, font: number) {
  const name = (label: string, count: number | undefined) =>
    count === undefined ? label : `${label} (${count} svar)`;
  return legend(
    [
      { label: name(labels.a, counts?.[0]), fill: fillOf(A.colour, A.hatched) },
      { label: name(labels.b, counts?.[1]), fill: fillOf(B.colour, B.hatched) },
    ],
    font * 0.3,
    font * 0.3,
    font,
  );
}

export interface CompareDistributionData {
  title: string;
  labels: CompareLabels;
  a: { value: number; count: number }[];
  b: { value: number; count: number }[];
}

/**
 * Two distributions over the same values as pairs of bars. Heights are the
 * share of each run's answers (runs differ in size); the number over a bar is
 * its count.
 */
export function compareDistributionChart(data: CompareDistributionData, size: ChartSize): SvgNode {
  const { width, height, font } = size;
  const values = [...new Set([...data.a, ...data.b].map((bar) => bar.value))].sort((p, q) => p - q);
  if (values.length === 0) return emptyChart(size, data.title, 'Ingen værdier');
  const totals = [data.a, data.b].map((bars) => bars.reduce((sum, bar) => sum + bar.count, 0)) as [
    number,
    number,
  ];
  const key = runLegend(data.labels, totals, font);
  const top = key.height + font * 1.8;
  const bottom = font * 1.8;
  const x = scaleBand<number>()
    .domain(values)
    .range([font * 0.5, width - font * 0.5])
    .padding(0.2);
  const inner = scaleBand<'a' | 'b'>().domain(['a', 'b']).range([0, x.bandwidth()]).padding(0.08);
  const shares = [data.a, data.b].map(
    (bars, run) =>
      new Map(
        bars.map((bar) => [
          bar.value,
          { count: bar.count, share: totals[run] ? bar.count / totals[run]! : 0 },
        ]),
      ),
  );
  const max = Math.max(0.01, ...shares.flatMap((map) => [...map.values()].map((entry) => entry.share)));
  const y = scaleLinear()
    .domain([0, max])
    .range([height - bottom, top]);
  const base = y(0);
  const children: SvgNode[] = [
    el('line', { x1: 0, x2: width, y1: base, y2: base, stroke: INK, 'stroke-width': Math.max(1, font / 12) }),
  ];
  const small = font * 0.8;
  for (const value of values) {
    (['a', 'b'] as const).forEach((run, index) => {
      const entry = shares[index]!.get(value) ?? { count: 0, share: 0 };
      const style = run === 'a' ? A : B;
      const left = x(value)! + inner(run)!;
      const barTop = y(entry.share);
      if (entry.count > 0) {
        children.push(
          el('rect', {
            x: left,
            y: barTop,
            width: inner.bandwidth(),
            height: base - barTop,
            fill: fillOf(style.colour, style.hatched),
            stroke: INK,
            'stroke-width': 1,
          }),
        );
      }
      children.push(
        textNode(String(entry.count), {
          x: left + inner.bandwidth() / 2,
          y: barTop - font * 0.25,
          'text-anchor': 'middle',
          'font-size': small,
        }),
      );
    });
    children.push(
      textNode(String(value), {
        x: x(value)! + x.bandwidth() / 2,
        y: base + font * 1.2,
        'text-anchor': 'middle',
      }),
    );
  }
  return svgFrame(size, data.title, [...key.nodes, ...children], [hatchPattern(B.colour, font)]);
}

export interface CompareCurvesData {
  title: string;
  labels: CompareLabels;
  /** X labels for positions (the runs' months differ: "5 md. før" … "Samme md."). */
  positions: string[];
  levels: { min: number; max: number };
  zones: [string, string, string];
  a: (number | null)[];
  b: (number | null)[];
  counts?: [number, number];
}

/** The two runs' median curves over the same positions. */
export function compareCurvesChart(data: CompareCurvesData, size: ChartSize): SvgNode {
  const name = (label: string, count: number | undefined) =>
    count === undefined ? label : `${label} (${count} svar)`;
  const a = name(data.labels.a, data.counts?.[0]);
  const b = name(data.labels.b, data.counts?.[1]);
  return curvesChart(
    {
      title: data.title,
      months: data.positions,
      levels: data.levels,
      zones: data.zones,
      series: [
        { label: a, points: data.a, emphasis: true, colour: A.colour },
        { label: b, points: data.b, dashed: true, colour: OKABE_ITO.vermillion },
      ],
      legend: [
        { label: a, line: { stroke: A.colour, width: size.font / 5 } },
        {
          label: b,
          line: {
            stroke: OKABE_ITO.vermillion,
            width: size.font / 5,
            dash: `${size.font * 0.6} ${size.font * 0.3}`,
          },
        },
      ],
    },
    size,
  );
}

export interface CompareCountsData {
  title: string;
  labels: CompareLabels;
  rows: { label: string; a: number; b: number }[];
  counts?: [number, number];
  /** The count a full bar stands for; default the largest row's. Charts drawn in parts share one. */
  max?: number;
}

/** Counts per item for two runs: a solid and a hatched bar per row, each with its number. */
export function compareCountsChart(data: CompareCountsData, size: ChartSize): SvgNode {
  if (data.rows.length === 0) return emptyChart(size, data.title, 'Ingen punkter');
  const { width, font } = size;
  const key = runLegend(data.labels, data.counts, font);
  const labelWidth = width * 0.42;
  const lineHeight = font * 1.2;
  const max = Math.max(1, data.max ?? 0, ...data.rows.flatMap((row) => [row.a, row.b]));
  const x = scaleLinear()
    .domain([0, max])
    .range([0, width - labelWidth - font * 1.5 - textWidth(String(max), font)]);
  const children: SvgNode[] = [...key.nodes];
  let y = key.height + font * 0.8;
  for (const [index, row] of data.rows.entries()) {
    const lines = wrapText(row.label, labelWidth - font * 0.5, font, 2);
    const barHeight = font * 0.9;
    const rowHeight = Math.max(lines.length * lineHeight, barHeight * 2 + font * 0.2);
    if (y + rowHeight > size.height) {
      children.push(textNode(`… og ${data.rows.length - index} rækker mere`, { x: font * 0.3, y: y + font }));
      y += lineHeight * 1.3;
      break;
    }
    lines.forEach((line, lineIndex) =>
      children.push(textNode(line, { x: font * 0.3, y: y + font * 0.95 + lineIndex * lineHeight })),
    );
    (
      [
        ['a', row.a, A],
        ['b', row.b, B],
      ] as const
    ).forEach(([, count, style], bar) => {
      const barY = y + bar * (barHeight + font * 0.15);
      const barX = labelWidth + font * 0.5;
      if (count > 0)
        children.push(
          el('rect', {
            x: barX,
            y: barY,
            width: x(count),
            height: barHeight,
            fill: fillOf(style.colour, style.hatched),
            stroke: INK,
            'stroke-width': 1,
          }),
        );
      children.push(
        textNode(String(count), {
          x: barX + x(count) + font * 0.3,
          y: barY + barHeight * 0.85,
          'font-size': font * 0.85,
          'font-weight': 'bold',
        }),
      );
    });
    y += rowHeight + font * 0.6;
  }
  return svgFrame({ ...size, height: Math.ceil(Math.min(size.height, y)) }, data.title, children, [
    hatchPattern(B.colour, font),
  ]);
}
