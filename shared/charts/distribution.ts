import { scaleBand, scaleLinear } from 'd3-scale';
import { danishNumber, emptyChart, svgFrame, type ChartSize } from './frame.js';
import { INK, INK_MUTED, OKABE_ITO } from './palette.js';
import { el, type SvgNode, textNode } from './svg.js';
import { fitWithEllipsis } from './text.js';

export interface DistributionData {
  title: string;
  /** One bar per value of the scale, in order, zeros included. */
  bars: { value: number; count: number }[];
  /** The words at the two ends of the scale. */
  ends?: [string, string];
  /** Marks on the value axis (the mean, the median), placed between bars by value. */
  markers?: { value: number; label: string }[];
}

/** A distribution as vertical bars with the count over each bar and the value under it. */
export function distributionChart(data: DistributionData, size: ChartSize): SvgNode {
  if (data.bars.length === 0) return emptyChart(size, data.title, 'Ingen værdier');
  const { width, height, font } = size;
  const top = font * 1.6 + (data.markers?.length ?? 0) * font * 1.3;
  const bottom = font * 1.8 + (data.ends ? font * 1.4 : 0);
  const x = scaleBand<number>()
    .domain(data.bars.map((bar) => bar.value))
    .range([font * 0.5, width - font * 0.5])
    .padding(0.18);
  const max = Math.max(1, ...data.bars.map((bar) => bar.count));
  const y = scaleLinear()
    .domain([0, max])
    .range([height - bottom, top]);
  const base = y(0);
  const children: SvgNode[] = [
    el('line', { x1: 0, x2: width, y1: base, y2: base, stroke: INK, 'stroke-width': Math.max(1, font / 12) }),
  ];
  for (const bar of data.bars) {
    const left = x(bar.value)!;
    const middle = left + x.bandwidth() / 2;
    const top_ = y(bar.count);
    if (bar.count > 0) {
      children.push(
        el('rect', { x: left, y: top_, width: x.bandwidth(), height: base - top_, fill: OKABE_ITO.blue }),
      );
    }
    children.push(
      textNode(String(bar.count), {
        x: middle,
        y: top_ - font * 0.3,
        'text-anchor': 'middle',
        'font-weight': 'bold',
      }),
    );
    children.push(textNode(String(bar.value), { x: middle, y: base + font * 1.2, 'text-anchor': 'middle' }));
  }
  if (data.ends) {
    const half = width / 2 - font;
    children.push(
      textNode(fitWithEllipsis(data.ends[0], half, font), {
        x: font * 0.5,
        y: height - font * 0.3,
        fill: INK_MUTED,
      }),
      textNode(fitWithEllipsis(data.ends[1], half, font), {
        x: width - font * 0.5,
        y: height - font * 0.3,
        'text-anchor': 'end',
        fill: INK_MUTED,
      }),
    );
  }
  // A value between two bars sits between their centres.
  const centre = (value: number) => {
    const first = data.bars[0]!.value;
    const last = data.bars[data.bars.length - 1]!.value;
    const clamped = Math.min(last, Math.max(first, value));
    const scale = scaleLinear()
      .domain([first, last])
      .range([x(first)! + x.bandwidth() / 2, x(last)! + x.bandwidth() / 2]);
    return scale(clamped);
  };
  (data.markers ?? []).forEach((marker, index) => {
    const at = centre(marker.value);
    const dash = index === 0 ? undefined : `${font * 0.4} ${font * 0.25}`;
    children.push(
      el('line', {
        x1: at,
        x2: at,
        y1: font * (1.4 + 1.3 * index),
        y2: base,
        stroke: INK,
        'stroke-width': font / 8,
        'stroke-dasharray': dash,
      }),
      textNode(`${marker.label} ${danishNumber(marker.value)}`, {
        x: at,
        y: font * (1.1 + 1.3 * index),
        'text-anchor': at > width * 0.75 ? 'end' : at < width * 0.25 ? 'start' : 'middle',
        'font-weight': 'bold',
      }),
    );
  });
  return svgFrame(size, data.title, children);
}
