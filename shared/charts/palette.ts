/**
 * Okabe–Ito: eight colours told apart with the common forms of colour
 * blindness. Charts never rely on colour alone: every series also has a
 * label, a value, a dash pattern or a hatch.
 */
export const OKABE_ITO = {
  black: '#000000',
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
} as const;

/** Series colours in order (black is kept for text and the median). */
export const SERIES = [
  OKABE_ITO.blue,
  OKABE_ITO.orange,
  OKABE_ITO.bluishGreen,
  OKABE_ITO.vermillion,
  OKABE_ITO.skyBlue,
  OKABE_ITO.reddishPurple,
  OKABE_ITO.yellow,
] as const;

export const INK = '#111111';
export const INK_MUTED = '#3d4650';
export const GRID = '#c8ced4';
export const PAPER = '#ffffff';

/** The three load zones, lowest first: pale fills, the words on them carry the meaning. */
export const ZONE_FILLS = { under: '#dcefff', optimal: '#d9f2e6', over: '#fde3d0' } as const;

/** Text colour readable on a fill (black on the light Okabe–Ito colours, white on the dark). */
export function inkOn(fill: string): string {
  const light: string[] = [OKABE_ITO.orange, OKABE_ITO.skyBlue, OKABE_ITO.yellow, OKABE_ITO.reddishPurple];
  return light.includes(fill) || fill.startsWith('#f') || fill.startsWith('#d') ? INK : PAPER;
}
