import { existsSync } from 'node:fs';

/** Debian's Chromium unless told otherwise; undefined lets Playwright use its own browser as a last resort. */
export function chromiumExecutablePath(): string | undefined {
  return (
    process.env.PLAYWRIGHT_CHROMIUM_PATH ??
    (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined)
  );
}

/**
 * Launch flags for headless runs in containers and CI: no sandbox, GPU, background traffic or first-run UI,
 * and Danish as the browser language, as the consultants run it (and as Electron is started): the browser's
 * own controls and Accept-Language follow --lang, not the context's locale.
 */
export const CHROMIUM_ARGS: readonly string[] = [
  '--lang=da',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
