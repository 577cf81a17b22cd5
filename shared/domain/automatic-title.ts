import { LIMITS } from './primitives.js';

export interface AutomaticTitle {
  /** "Organisation – Enhed", at most LIMITS.shortText characters. */
  title: string;
  /** True when the joined name was too long and has been cut at a word with "…". */
  shortened: boolean;
}

const ELLIPSIS = '…';
/** Cut no earlier than this share of the limit, or a single very long word would leave almost nothing. */
const EARLIEST_CUT = 0.6;

/**
 * The title a programme gets when the consultant leaves it blank. Organisation
 * and unit may each be 200 characters, the title too, so the two joined can be
 * too long: then the title is cut at the last whole word that fits and ends in
 * "…", which keeps the organisation (the part people search for) whole.
 */
export function automaticTitle(
  organisation: string,
  unit: string,
  maxLength: number = LIMITS.shortText,
): AutomaticTitle {
  const full = [organisation.trim(), unit.trim()].filter((s) => s !== '').join(' – ');
  if (full.length <= maxLength) return { title: full, shortened: false };
  const room = full.slice(0, maxLength - ELLIPSIS.length);
  const lastSpace = room.search(/\s\S*$/);
  const cut = lastSpace >= maxLength * EARLIEST_CUT ? room.slice(0, lastSpace) : room;
  // No dangling separator or comma before the "…".
  return { title: cut.replace(/[\s,;:.–-]+$/u, '') + ELLIPSIS, shortened: true };
}
