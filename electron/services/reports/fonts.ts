import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { TFontDictionary } from 'pdfmake/interfaces.js';
import { REPORT_FONT } from '../../../shared/reports/report-styles.js';

/** The files of the report font; the names resources/fonts/README.md lists. */
export const FONT_FILES = {
  normal: 'SourceSans3-Regular.ttf',
  bold: 'SourceSans3-SemiBold.ttf',
  italics: 'SourceSans3-Italic.ttf',
  bolditalics: 'SourceSans3-SemiBoldItalic.ttf',
} as const;

const hasFonts = (dir: string) => existsSync(join(dir, FONT_FILES.normal));

/**
 * Where the TTF files are: FORLOB_FONTS_DIR when set; in the packaged app
 * `process.resourcesPath/fonts` (electron-builder's extraResources); else the
 * nearest `resources/fonts` above this module, which is the repository's
 * both from the sources (tests) and from `out/main/` (web mode, electron-vite).
 */
export function findFontDir(
  env: NodeJS.ProcessEnv = process.env,
  resourcesPath: string | undefined = (process as { resourcesPath?: string }).resourcesPath,
  from: string = import.meta.dirname,
): string {
  const candidates: string[] = [];
  if (env.FORLOB_FONTS_DIR) candidates.push(env.FORLOB_FONTS_DIR);
  if (resourcesPath) candidates.push(join(resourcesPath, 'fonts'));
  for (let dir = from; ; dir = dirname(dir)) {
    candidates.push(join(dir, 'resources', 'fonts'));
    if (dirname(dir) === dir) break;
  }
  const found = candidates.find(hasFonts);
  if (!found)
    throw new Error(
      `The report fonts (${FONT_FILES.normal}) were not found; looked in ${candidates.join(', ')}`,
    );
  return found;
}

/**
 * The font dictionary for pdfmake. Roboto maps to the same files because
 * pdfmake sets an SVG's text in Roboto when the SVG names no font it knows.
 */
export function reportFonts(dir: string): TFontDictionary {
  const family = {
    normal: join(dir, FONT_FILES.normal),
    bold: join(dir, FONT_FILES.bold),
    italics: join(dir, FONT_FILES.italics),
    bolditalics: join(dir, FONT_FILES.bolditalics),
  };
  return { [REPORT_FONT]: family, Roboto: family };
}
