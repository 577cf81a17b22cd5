/**
 * Text sizes without a canvas: the charts run in Node (PDF) as well as the
 * browser, so widths are estimated from character classes. Good enough to
 * wrap labels and lay out a word cloud; generous so text does not overflow.
 */
const NARROW = /[ilIjtfr.,:;'!|1 ]/;
const WIDE = /[mwMWÆæØ@%]/;

export function textWidth(text: string, fontSize: number): number {
  let units = 0;
  for (const char of text) {
    if (NARROW.test(char)) units += 0.34;
    else if (WIDE.test(char)) units += 0.9;
    else if (char === char.toUpperCase() && char !== char.toLowerCase()) units += 0.7;
    else units += 0.58;
  }
  return units * fontSize;
}

/** Words wrapped to lines no wider than `width`; past `maxLines` the last line ends with "…". */
export function wrapText(text: string, width: number, fontSize: number, maxLines = 2): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (textWidth(candidate, fontSize) <= width || !line) line = candidate;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    kept[maxLines - 1] = fitWithEllipsis(`${kept[maxLines - 1]} ${lines[maxLines]}`, width, fontSize);
    return kept;
  }
  return lines.map((part) => fitWithEllipsis(part, width, fontSize));
}

/** The text cut to fit `width`, ending with "…" when cut. */
export function fitWithEllipsis(text: string, width: number, fontSize: number): string {
  if (textWidth(text, fontSize) <= width) return text;
  let cut = text;
  while (cut.length > 1 && textWidth(`${cut}…`, fontSize) > width) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}
