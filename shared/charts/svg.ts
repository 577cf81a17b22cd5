/**
 * A small SVG node tree: what every chart returns. The renderer draws it with
 * Vue's h() and the PDF report takes `toSvgString`, so both show the very same
 * drawing. Text and attribute values are user words (notes, labels): they are
 * always escaped, and tag and attribute names are checked.
 */
export interface SvgNode {
  tag: string;
  attrs?: Record<string, string | number>;
  children?: SvgNode[];
  /** Text content (escaped); a node has either text or children. */
  text?: string;
}

const NAME = /^[a-zA-Z][a-zA-Z0-9:-]*$/;

export function el(
  tag: string,
  attrs: Record<string, string | number | undefined> = {},
  children: SvgNode[] = [],
): SvgNode {
  const kept: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(attrs)) if (value !== undefined) kept[name] = value;
  return { tag, attrs: kept, ...(children.length ? { children } : {}) };
}

export function textNode(text: string, attrs: Record<string, string | number | undefined> = {}): SvgNode {
  return { ...el('text', attrs), text };
}

export function escapeXml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Numbers are written with at most two decimals, so the output is short and stable. */
export function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 100) / 100);
}

export function toSvgString(node: SvgNode): string {
  if (!NAME.test(node.tag)) throw new Error(`Ugyldigt SVG-element: ${node.tag}`);
  let out = `<${node.tag}`;
  for (const [name, value] of Object.entries(node.attrs ?? {})) {
    if (!NAME.test(name) || /^on/i.test(name)) throw new Error(`Ugyldig SVG-egenskab: ${name}`);
    out += ` ${name}="${escapeXml(typeof value === 'number' ? formatNumber(value) : value)}"`;
  }
  const inner =
    node.text !== undefined ? escapeXml(node.text) : (node.children ?? []).map(toSvgString).join('');
  return inner ? `${out}>${inner}</${node.tag}>` : `${out}/>`;
}
