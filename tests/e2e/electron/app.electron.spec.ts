import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import type { ForlobBridge } from '../../../shared/bridge.js';
import { isoDaysFromToday, walkWizard } from '../support/wizard.js';

const ROOT = join(import.meta.dirname, '..', '..', '..');

/**
 * The Electron executable, found the way the electron package finds it but
 * without requiring the package: that would start a download when it is missing.
 */
function electronBinary(): string | undefined {
  let packageDir: string;
  try {
    packageDir = dirname(createRequire(join(ROOT, 'package.json')).resolve('electron/package.json'));
  } catch {
    return undefined;
  }
  const pathFile = join(packageDir, 'path.txt');
  const executable = existsSync(pathFile)
    ? readFileSync(pathFile, 'utf8').trim()
    : process.platform === 'darwin'
      ? 'Electron.app/Contents/MacOS/Electron'
      : process.platform === 'win32'
        ? 'electron.exe'
        : 'electron';
  const binary = join(process.env.ELECTRON_OVERRIDE_DIST_PATH || join(packageDir, 'dist'), executable);
  return existsSync(binary) ? binary : undefined;
}

const binary = electronBinary();

test.describe('Forløb som skrivebordsprogram', () => {
  test.skip(
    binary === undefined,
    'Electron-binæren findes ikke på denne maskine (kan ikke hentes uden internet); kør i webtilstand',
  );

  let app: ElectronApplication;
  let window: Page;
  let dataDir: string;

  test.beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'forlob-electron-'));
    const env: Record<string, string> = {};
    for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value;
    delete env.ELECTRON_RENDERER_URL;
    delete env.ELECTRON_RUN_AS_NODE;
    env.FORLOB_DATA_DIR = dataDir;
    app = await electron.launch({
      executablePath: binary,
      // The project folder, so package.json (main, productName) applies as in `npm start`.
      // Chromium refuses its own sandbox when run as root (CI containers); the renderer sandbox stays on.
      args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), ROOT],
      env,
    });
    window = await app.firstWindow();
  });

  test.afterEach(async () => {
    await app?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  test('opens the start screen in a hardened window titled Forløb', async () => {
    await expect(window.getByRole('heading', { level: 1, name: 'Forløb' })).toBeVisible();

    const main = await app.evaluate(({ BrowserWindow }) => {
      const [win] = BrowserWindow.getAllWindows();
      if (!win) return null;
      // Not in Electron's typings, but present at runtime: the preferences the page actually got.
      const contents = win.webContents as unknown as {
        getLastWebPreferences?: () => Record<string, unknown> | null;
      };
      const prefs = contents.getLastWebPreferences?.() ?? null;
      const [minWidth, minHeight] = win.getMinimumSize();
      return {
        title: win.getTitle(),
        minWidth,
        minHeight,
        prefs: prefs && {
          contextIsolation: prefs.contextIsolation,
          sandbox: prefs.sandbox,
          nodeIntegration: prefs.nodeIntegration,
          webSecurity: prefs.webSecurity,
        },
      };
    });
    expect(main).not.toBeNull();
    expect(main?.title).toContain('Forløb');
    expect([main?.minWidth, main?.minHeight]).toEqual([1024, 700]);
    if (main?.prefs) {
      expect(main.prefs).toEqual({
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        webSecurity: true,
      });
    }

    // The page itself sees no Node, and window.api offers call and on only.
    const page = await window.evaluate(() => {
      const scope = globalThis as Record<string, unknown>;
      return {
        require: typeof scope.require,
        process: typeof scope.process,
        api: Object.keys((scope.api ?? {}) as object).sort(),
      };
    });
    expect(page).toEqual({ require: 'undefined', process: 'undefined', api: ['call', 'on'] });
  });

  test('carries API calls over IPC and refuses what the contract does not allow', async () => {
    const outcome = await window.evaluate(async () => {
      const api = (globalThis as { api?: ForlobBridge }).api;
      if (!api) throw new Error('window.api mangler');
      const settle = (p: Promise<unknown>) =>
        p.then(
          (value) => ({ ok: true, value }),
          (error: unknown) => ({ ok: false, error }),
        );
      const templates = (await api.call('templates.list', {})) as unknown[];
      const created = (await api.call('engagements.create', {
        templateId: 'nfa-grundmodel',
        client: { organisation: 'Testby Kommune', unit: 'Rengøring', sector: 'kommune' },
      })) as { id: string; revision: number };
      return {
        templates: templates.length,
        created,
        unknown: await settle(api.call('engagements.drop', {})),
        invalid: await settle(api.call('engagements.get', { id: 42 })),
      };
    });
    expect(outcome.templates).toBeGreaterThan(0);
    expect(outcome.created.revision).toBe(1);
    expect(existsSync(join(dataDir, 'engagements', outcome.created.id, 'engagement.json'))).toBe(true);
    expect(outcome.unknown).toEqual({
      ok: false,
      error: { code: 'invalid_argument', message: 'Ukendt funktion: engagements.drop' },
    });
    expect(outcome.invalid).toMatchObject({
      ok: false,
      error: { code: 'invalid_argument', message: expect.stringMatching(/^Ugyldige data/) },
    });
  });

  test('opens the wizard from "Nyt forløb" and stays inside the app', async () => {
    await window.getByRole('link', { name: 'Nyt forløb' }).first().click();
    await expect(window.getByRole('heading', { level: 1, name: 'Nyt forløb' })).toBeVisible();
    await expect(window).toHaveURL(/trin=1$/); // the wizard puts its step in the URL once it has loaded

    const before = window.url();
    const opened = await window.evaluate(() => {
      const scope = globalThis as unknown as { open(url: string): unknown };
      return scope.open('https://example.com/') === null;
    });
    expect(opened).toBe(true);
    await window.evaluate(() => {
      (globalThis as unknown as { location: { href: string } }).location.href = 'file:///etc/hostname';
    });
    await window.waitForTimeout(300);
    expect(window.url()).toBe(before);
    expect(app.windows()).toHaveLength(1);
  });

  test('the user journey: create from a template, find after a reload, edit, delete and undo', async () => {
    await walkWizard(window, {
      organisation: 'Region Nordjylland',
      unit: 'Psykiatrien, Aalborg',
      sector: 'Region',
      contacts: [{ name: 'Søren Ødegaard', role: 'Tillidsrepræsentant' }],
      templateTitle: 'Joblife aktionslæring',
      themes: ['Faglige forandringer'],
      facilitators: [{ name: 'Anne Konsulent', organisation: 'Arbejdsmiljøhuset' }],
      startDate: isoDaysFromToday(10),
    });
    const title = 'Region Nordjylland – Psykiatrien, Aalborg';
    await expect(window.getByRole('heading', { level: 1, name: title })).toBeVisible();
    const id = /forloeb\/([a-z0-9-]+)$/.exec(window.url())?.[1] ?? '';
    const file = join(dataDir, 'engagements', id, 'engagement.json');
    const onDisk = () => JSON.parse(readFileSync(file, 'utf8')) as { title: string; status: string };
    expect(onDisk().title).toBe(title);

    // Found again after a reload, through the search box.
    await window.reload();
    await window.getByRole('link', { name: 'Alle forløb' }).click();
    await window.getByLabel('Søg').fill('psykiatrien aalborg');
    await window
      .getByRole('row', { name: new RegExp(title) })
      .getByRole('link', { name: title })
      .click();

    // Edits are saved to the file store without a save button.
    await window
      .getByRole('region', { name: 'Forløb og kunde' })
      .getByLabel('Forløbets titel')
      .fill('Trivsel 2027');
    await window.getByLabel('Status').selectOption({ label: 'På pause' });
    await expect(window.getByTestId('save-state')).toHaveText('Gemt');
    await expect.poll(() => [onDisk().title, onDisk().status]).toEqual(['Trivsel 2027', 'pause']);

    // Delete asks first, and "Fortryd" brings it back from the trash.
    await window.getByRole('button', { name: 'Slet forløb' }).click();
    await window
      .getByRole('dialog', { name: 'Slet forløbet?' })
      .getByRole('button', { name: 'Slet forløb' })
      .click();
    await expect.poll(() => existsSync(file)).toBe(false);
    const toast = window.getByRole('status').filter({ hasText: 'Forløbet er slettet' });
    await toast.getByRole('button', { name: 'Fortryd' }).click();
    await expect(window.getByRole('link', { name: 'Trivsel 2027' })).toBeVisible();
    expect(onDisk().title).toBe('Trivsel 2027');
  });
});
