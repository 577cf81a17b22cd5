import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutablePath } from './tests/support/chromium';

export default defineConfig({
  // Each test starts its own web server on a free port with its own data folder
  // (tests/e2e/support/fixtures.ts), so tests never share state and can run in parallel.
  workers: 2,
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  // One retry, so a single timing flake on a loaded 2-core machine does not
  // block a landing; run-all prints every test that needed it by name.
  retries: 1,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  globalSetup: './tests/e2e/support/global-setup.ts',
  outputDir: 'test-results',
  reporter: [['list']],
  use: {
    viewport: { width: 1366, height: 768 },
    locale: 'da-DK',
    timezoneId: 'Europe/Copenhagen',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: { executablePath: chromiumExecutablePath(), args: [...CHROMIUM_ARGS] },
  },
  projects: [
    { name: 'web', testDir: 'tests/e2e', testIgnore: ['electron/**'] },
    { name: 'electron', testDir: 'tests/e2e/electron' },
  ],
});
