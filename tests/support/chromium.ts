import { existsSync } from 'node:fs';

/** Debian's Chromium unless told otherwise; undefined lets Playwright use its own browser as a last resort. */
export function chromiumExecutablePath(): string | undefined {
  return (
    process.env.PLAYWRIGHT_CHROMIUM_PATH ??
    (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined)
  );
}

/** Launch flags for headless runs in containers and CI: no sandbox, GPU, background traffic or first-run UI. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
