import { scaleLinear } from 'd3-scale';
import { emptyChart, fillOf, hatchPattern, svgFrame, type ChartSize } from './frame.js';
import { INK, INK_MUTED, OKABE_ITO } from './palette.js';
import { el, type SvgNode, textNode } from './svg.js';
import { fitWithEllipsis, textWidth, wrapText } from './text.js';

export interface CountRow {
  label: string;
  count: number;
  /** Rows with the same group are drawn under the group's heading. */
  group?: string;
}

export interface CountBarsData {
  title: string;
  rows: CountRow[];
  /** Number the rows 1., 2. … (a ranking). */
  numbered?: boolean;
  /** Written after each count ("prikker"). */
  unit?: string;
  /** What to say when there is nothing to show. */
  empty?: string;
  /** The count a full bar stands for; default the largest row's. Charts drawn in parts share one. */
  max?: number;
}

/**
 * Horizontal bars, one row per item: the label (wrapped, at most two lines)
 * to the left, the bar and its count to the right. Draws only as many rows as
 * fit the height and says how many more there are; uses less height when
 * there are few rows.
 */
export function countBarsChart(data: CountBarsData, size: ChartSize): SvgNode {
  if (data.rows.length === 0) return emptyChart(size, data.title, data.empty ?? 'Ingen svar endnu');
  const { width, font } = size;
  const labelWidth = width * 0.46;
  const lineHeight = font * 1.2;
  const rowGap = font * 0.5;
  const max = Math.max(1, data.max ?? 0, ...data.rows.map((row) => row.count));
  const valueSpace = textWidth(`${max} ${data.unit ?? ''}`, font) + font;
  const x = scaleLinear()
    .domain([0, max])
    .range([0, width - labelWidth - font - valueSpace]);

  const children: SvgNode[] = [];
  let y = font * 0.4;
  let drawn = 0;
  let group: string | undefined;
  const more = (left: number) => `… og ${left} ${left === 1 ? 'række' : 'rækker'} mere`;
  for (const [index, row] of data.rows.entries()) {
    const prefix = data.numbered ? `${index + 1}. ` : '';
    const lines = wrapText(prefix + row.label, labelWidth - font * 0.5, font, 2);
    const heading = row.group !== undefined && row.group !== group;
    const needed =
      (heading ? lineHeight * 1.3 : 0) + Math.max(lines.length * lineHeight, font * 1.4) + rowGap;
    const reserve = index < data.rows.length - 1 ? lineHeight * 1.3 : 0;
    if (y + needed + reserve > size.height && drawn > 0) {
      children.push(
        textNode(more(data.rows.length - index), { x: font * 0.3, y: y + font, fill: INK_MUTED }),
      );
      y += lineHeight * 1.3;
      break;
    }
    if (heading) {
      group = row.group;
      children.push(
        textNode(fitWithEllipsis(row.group!, width, font), {
          x: font * 0.3,
          y: y + font,
          'font-weight': 'bold',
        }),
      );
      y += lineHeight * 1.3;
    }
    const rowHeight = Math.max(lines.length * lineHeight, font * 1.4);
    lines.forEach((line, lineIndex) => {
      children.push(textNode(line, { x: font * 0.3, y: y + font * 0.95 + lineIndex * lineHeight }));
    });
    const barX = labelWidth + font * 0.5;
    const barWidth = x(row.count);
    const barHeight = font * 1.1;
    const barY = y + (rowHeight - barHeight) / 2;
    if (row.count > 0)
      children.push(
        el('rect', { x: barX, y: barY, width: barWidth, height: barHeight, fill: OKABE_ITO.blue }),
      );
    children.push(
      textNode(`${row.count}${data.unit ? ` ${data.unit}` : ''}`, {
        x: barX + barWidth + font * 0.4,
        y: barY + barHeight * 0.82,
        'font-weight': 'bold',
      }),
    );
    y += rowHeight + rowGap;
    drawn += 1;
  }
  return svgFrame(
    { ...size, height: Math.ceil(Math.min(size.height, y + font * 0.2)) },
    data.title,
    children,
  );
}

export interface StackedRowsData {
  title: string;
  /** The scale's steps, lowest first ("1 Slet ikke" …). */
  levels: string[];
  rows: { label: string; counts: number[]; mean?: number | null }[];
}

/** Ordered colours for a short scale, low to high; every other step is also hatched. */
const LEVEL_COLOURS = [
  OKABE_ITO.vermillion,
  OKABE_ITO.orange,
  OKABE_ITO.yellow,
  OKABE_ITO.skyBlue,
  OKABE_ITO.blue,
  OKABE_ITO.bluishGreen,
  OKABE_ITO.reddishPurple,
];
export function levelFill(index: number, levels: number): { colour: string; hatched: boolean } {
  const colour =
    LEVEL_COLOURS[
      Math.round((index * (LEVEL_COLOURS.length - 1)) / Math.max(1, levels - 1)) % LEVEL_COLOURS.length
    ]!;
  return { colour, hatched: levels > 2 && index % 2 === 1 };
}

/**
 * Per-item distributions as stacked bars (a rating): each row's label above
 * its bar, a segment per scale step in the legend's order, the count written
 * in each segment and the mean at the end, so colour is never the only cue.
 */
export function stackedRowsChart(data: StackedRowsData, size: ChartSize): SvgNode {
  const { width, font } = size;
  const fills = data.levels.map((_, index) => levelFill(index, data.levels.length));
  const defs = fills.filter((fill) => fill.hatched).map((fill) => hatchPattern(fill.colour, font));
  const children: SvgNode[] = [];
  // Legend: numbered steps, wrapping onto more lines when needed.
  let lx = font * 0.3;
  let y = font * 0.3;
  for (const [index, level] of data.levels.entries()) {
    const w = font * 1.1 + font * 0.4 + textWidth(level, font) + font;
    if (lx + w > width && lx > font) {
      lx = font * 0.3;
      y += font * 1.5;
    }
    const fill = fills[index]!;
    children.push(
      el('rect', {
        x: lx,
        y,
        width: font * 1.1,
        height: font * 1.1,
        fill: fillOf(fill.colour, fill.hatched),
        stroke: INK,
      }),
      textNode(level, { x: lx + font * 1.5, y: y + font * 0.9 }),
    );
    lx += w;
  }
  y += font * 2;
  const meanSpace = textWidth('gns. 10,0', font) + font;
  const barWidth = width - font * 0.6 - meanSpace;
  for (const row of data.rows) {
    if (y + font * 3 > size.height) {
      children.push(textNode(`… og flere punkter`, { x: font * 0.3, y: y + font, fill: INK_MUTED }));
      y += font * 1.5;
      break;
    }
    children.push(
      textNode(fitWithEllipsis(row.label, width - font * 0.6, font), { x: font * 0.3, y: y + font }),
    );
    y += font * 1.3;
    const total = row.counts.reduce((sum, count) => sum + count, 0);
    const barHeight = font * 1.4;
    if (total === 0) {
      children.push(textNode('Ingen svar', { x: font * 0.3, y: y + font, fill: INK_MUTED }));
    } else {
      let at = font * 0.3;
      row.counts.forEach((count, index) => {
        if (count === 0) return;
        const w = (count / total) * barWidth;
        const fill = fills[index]!;
        children.push(
          el('rect', {
            x: at,
            y,
            width: w,
            height: barHeight,
            fill: fillOf(fill.colour, fill.hatched),
            stroke: INK,
            'stroke-width': 1,
          }),
        );
        if (w > textWidth(String(count), font) + font * 0.6) {
          // A white plate under the number keeps it readable on every fill and hatch.
          const plate = textWidth(String(count), font) + font * 0.4;
          children.push(
            el('rect', {
              x: at + w / 2 - plate / 2,
              y: y + font * 0.15,
              width: plate,
              height: font * 1.1,
              fill: '#ffffff',
              rx: font * 0.2,
            }),
            textNode(String(count), {
              x: at + w / 2,
              y: y + font * 1.02,
              'text-anchor': 'middle',
              'font-weight': 'bold',
            }),
          );
        }
        at += w;
      });
      if (row.mean != null) {
        children.push(
          textNode(`gns. ${row.mean.toLocaleString('da-DK', { maximumFractionDigits: 1 })}`, {
            x: width - font * 0.3,
            y: y + font * 1.05,
            'text-anchor': 'end',
          }),
        );
      }
    }
    y += barHeight + font * 0.8;
  }
  return svgFrame({ ...size, height: Math.ceil(Math.min(size.height, y)) }, data.title, children, defs);
}
