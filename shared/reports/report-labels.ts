import type { ExportKind } from './export-kinds.js';

/** What each export is called on the cover, in the file name and on the buttons. */
export const EXPORT_KIND_LABELS: Record<ExportKind, string> = {
  wrapup: 'Afrapportering',
  actionplan: 'Handleplan',
  script: 'Drejebog',
  agreement: 'Aftale efter formødet',
  worksheet: 'Arbejdsark',
};

/** Characters no file system takes in a name (Windows is the strictest), and control characters. */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\\/:*?"<>|\u0000-\u001f\u007f]+/g;

/**
 * A file name a consultant recognises and every file system accepts:
 * »Handleplan – Solbakken Plejecenter – 2026-11-22.pdf«. Unsafe characters
 * become »-«, runs of spaces one space, and the name stays under 150
 * characters (a cut at a whole word where possible) so the full path fits.
 */
export function exportFileName(parts: readonly string[], today: string, extension: 'pdf' | 'csv'): string {
  const clean = (part: string) => part.replace(UNSAFE, '-').replace(/\s+/g, ' ').trim();
  let stem = parts.map(clean).filter(Boolean).join(' – ');
  const max = 150 - today.length - extension.length - 5;
  if (stem.length > max) {
    const cut = stem.slice(0, max);
    const space = cut.lastIndexOf(' ');
    stem = (space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s–-]+$/, '');
  }
  // A name must not end in a dot or a space on Windows; the date after the stem sees to that.
  return `${stem} – ${today}.${extension}`;
}
