import { INK, PAPER } from './palette.js';
import { el, type SvgNode, textNode } from './svg.js';
import { textWidth } from './text.js';

/**
 * The drawing size. `font` is the base type size in the drawing's own units:
 * the projector draws at about its pixel size with big type, the results page
 * and the PDF report smaller. Row charts may use less than `height`.
 */
export interface ChartSize {
  width: number;
  height: number;
  font: number;
  /**
   * The font family written on the drawing; the CSS stack when left out. The
   * PDF names its embedded font here, since pdfmake draws SVG text only in
   * fonts it has been given.
   */
  family?: string;
}

export const CHART_SIZES = {
  /** 1920×1080 projector, drawn at about its pixel size: never under 28 px type. */
  projector: { width: 1600, height: 640, font: 32 },
  page: { width: 760, height: 340, font: 15 },
  /** An A4 page's text width in points. */
  pdf: { width: 480, height: 220, font: 9 },
} as const satisfies Record<string, ChartSize>;

export const FONT_FAMILY = "'Segoe UI', 'Helvetica Neue', Roboto, 'Liberation Sans', Arial, sans-serif";

/** The chart's root: fixed size, a white ground, and a title for screen readers. */
export function svgFrame(size: ChartSize, title: string, children: SvgNode[], defs: SvgNode[] = []): SvgNode {
  return el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${size.width} ${size.height}`,
      width: size.width,
      height: size.height,
      role: 'img',
      'aria-label': title,
      'font-family': size.family ?? FONT_FAMILY,
      'font-size': size.font,
      fill: INK,
    },
    [
      { tag: 'title', text: title },
      ...(defs.length ? [el('defs', {}, defs)] : []),
      el('rect', { x: 0, y: 0, width: size.width, height: size.height, fill: PAPER }),
      ...children,
    ],
  );
}

/** Diagonal hatch over a colour: the second series of a comparison is told apart without colour. */
export function hatchId(colour: string): string {
  return `hatch-${colour.replace(/[^a-zA-Z0-9]/g, '')}`;
}
export function hatchPattern(colour: string, font: number): SvgNode {
  const gap = Math.max(6, Math.round(font * 0.45));
  return el(
    'pattern',
    {
      id: hatchId(colour),
      patternUnits: 'userSpaceOnUse',
      width: gap,
      height: gap,
      patternTransform: 'rotate(45)',
    },
    [
      el('rect', { x: 0, y: 0, width: gap, height: gap, fill: colour }),
      el('line', { x1: 0, y1: 0, x2: 0, y2: gap, stroke: PAPER, 'stroke-width': gap * 0.45 }),
    ],
  );
}
export function fillOf(colour: string, hatched: boolean): string {
  return hatched ? `url(#${hatchId(colour)})` : colour;
}

/** 6.25 → "6,3": Danish decimal comma. */
export function danishNumber(value: number, decimals = 1): string {
  return value.toLocaleString('da-DK', { maximumFractionDigits: decimals, minimumFractionDigits: 0 });
}

export interface LegendEntry {
  label: string;
  /** A filled swatch … */
  fill?: string;
  /** … or a line sample with this dash pattern. */
  line?: { stroke: string; width: number; dash?: string };
}

/** A row of legend entries from (x, y), swatch and words side by side; returns the nodes and its height. */
export function legend(
  entries: LegendEntry[],
  x: number,
  y: number,
  font: number,
): { nodes: SvgNode[]; height: number } {
  const nodes: SvgNode[] = [];
  let at = x;
  const swatch = font * 1.1;
  for (const entry of entries) {
    if (entry.line) {
      nodes.push(
        el('line', {
          x1: at,
          y1: y + font * 0.5,
          x2: at + swatch * 1.6,
          y2: y + font * 0.5,
          stroke: entry.line.stroke,
          'stroke-width': entry.line.width,
          'stroke-dasharray': entry.line.dash,
        }),
      );
      at += swatch * 1.6 + font * 0.4;
    } else {
      nodes.push(
        el('rect', {
          x: at,
          y: y - font * 0.05,
          width: swatch,
          height: swatch,
          fill: entry.fill ?? INK,
          stroke: INK,
          'stroke-width': 1,
        }),
      );
      at += swatch + font * 0.4;
    }
    nodes.push(textNode(entry.label, { x: at, y: y + font * 0.85 }));
    at += textWidth(entry.label, font) + font * 1.2;
  }
  return { nodes, height: font * 1.6 };
}

/** A plain message where a chart would be (no answers yet). */
export function emptyChart(size: ChartSize, title: string, message: string): SvgNode {
  return svgFrame({ ...size, height: Math.min(size.height, size.font * 4) }, title, [
    textNode(message, { x: size.width / 2, y: size.font * 2.3, 'text-anchor': 'middle' }),
  ]);
}
