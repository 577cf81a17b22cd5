import { scaleSqrt } from 'd3-scale';
import { emptyChart, svgFrame, type ChartSize } from './frame.js';
import { INK, OKABE_ITO } from './palette.js';
import { type SvgNode, textNode } from './svg.js';
import { fitWithEllipsis, textWidth } from './text.js';

export interface WordCloudData {
  title: string;
  /** Most frequent first (as `wordCounts` gives them). */
  words: { word: string; count: number }[];
}

/** Dark enough for large text on white (≥ 3:1); the size, not the colour, carries the count. */
const WORD_COLOURS = [INK, OKABE_ITO.blue, OKABE_ITO.vermillion];

/**
 * Words sized by how often they were given, laid out in centred lines without
 * measuring: widths are estimated, so the same words always give the same
 * picture. The most frequent words go on the middle lines. Words that do not
 * fit are left out, and the chart says how many.
 */
export function wordCloudChart(data: WordCloudData, size: ChartSize): SvgNode {
  if (data.words.length === 0) return emptyChart(size, data.title, 'Ingen ord endnu');
  const { width, height, font } = size;
  const counts = data.words.map((word) => word.count);
  const sizeOf = scaleSqrt()
    .domain([Math.min(...counts), Math.max(...counts, Math.min(...counts) + 1)])
    .range([font, font * 2.6]);
  const gap = font * 0.8;
  type Placed = { word: string; size: number; width: number; colour: string };
  const lines: { words: Placed[]; width: number; height: number }[] = [];
  let used = 0;
  let left = 0;
  for (const [index, { word, count }] of data.words.entries()) {
    const wordSize = Math.round(sizeOf(count));
    const shown = fitWithEllipsis(word, width - font, wordSize);
    const placed = {
      word: shown,
      size: wordSize,
      width: textWidth(shown, wordSize),
      colour: WORD_COLOURS[index % WORD_COLOURS.length]!,
    };
    const line = lines.find((candidate) => candidate.width + gap + placed.width <= width - font);
    if (line) {
      line.words.push(placed);
      line.width += gap + placed.width;
      const grown = Math.max(line.height, wordSize * 1.25);
      if (used - line.height + grown > height) {
        line.words.pop();
        line.width -= gap + placed.width;
        left += 1;
        continue;
      }
      used += grown - line.height;
      line.height = grown;
    } else if (used + wordSize * 1.25 <= height) {
      lines.push({ words: [placed], width: placed.width, height: wordSize * 1.25 });
      used += wordSize * 1.25;
    } else left += 1;
  }
  // The first lines hold the biggest words: put them in the middle, the rest alternating above and below.
  const ordered: typeof lines = [];
  lines.forEach((line, index) => (index % 2 === 0 ? ordered.push(line) : ordered.unshift(line)));
  const reserve = left ? font * 1.5 : 0;
  let y = Math.max(0, (height - reserve - used) / 2);
  const children: SvgNode[] = [];
  for (const line of ordered) {
    let x = (width - line.width) / 2;
    for (const word of line.words) {
      children.push(
        textNode(word.word, {
          x: x + word.width / 2,
          y: y + line.height * 0.78,
          'font-size': word.size,
          'font-weight': word.size > font * 1.5 ? 'bold' : undefined,
          fill: word.colour,
          'text-anchor': 'middle',
        }),
      );
      x += word.width + gap;
    }
    y += line.height;
  }
  if (left) {
    children.push(
      textNode(`${left} ord mere er ikke vist`, {
        x: width / 2,
        y: height - font * 0.4,
        'text-anchor': 'middle',
      }),
    );
  }
  return svgFrame(size, data.title, children);
}
