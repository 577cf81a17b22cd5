import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';

export const SCREEN_SIZES = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const;

const DIR = join(import.meta.dirname, '..', '..', 'artifacts', 'screenshots');

/** Saves tests/artifacts/screenshots/<name>-<w>x<h>.png at the page's current viewport. */
export async function screenshot(
  page: Page,
  name: string,
  options: { fullPage?: boolean } = {},
): Promise<void> {
  const size = page.viewportSize() ?? { width: 0, height: 0 };
  await mkdir(DIR, { recursive: true });
  // Let transitions (toasts, dialogs) settle so the picture shows the resting state.
  await page.waitForTimeout(250);
  await page.screenshot({
    path: join(DIR, `${name}-${size.width}x${size.height}.png`),
    fullPage: options.fullPage ?? false,
    animations: 'disabled',
    caret: 'hide',
  });
}

/** Takes the same screenshot at each standard size. */
export async function screenshotAtSizes(
  page: Page,
  name: string,
  options: { fullPage?: boolean } = {},
): Promise<void> {
  for (const size of SCREEN_SIZES) {
    await page.setViewportSize(size);
    await screenshot(page, name, options);
  }
}
