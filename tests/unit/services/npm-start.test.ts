import { spawn } from 'node:child_process';
import { copyFile, cp, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

/**
 * `npm start` on a machine without the Electron binary: the real start.mjs
 * runs electron's real installer, which fails; the user must see the Danish
 * message, not the installer's stack. The installer is pointed at a mirror on
 * 127.0.0.1 (ELECTRON_MIRROR), so the test never touches the internet and
 * fails within a second whether or not this machine has a network.
 */
const ROOT = join(import.meta.dirname, '..', '..', '..');
const MISSING = 'Electron-programmet findes ikke på denne maskine og kunne ikke hentes';
const WEB_MODE = 'Start Forløb i webtilstand i stedet: kør "npm run web"';

let project: string;

/**
 * A copy of the project reduced to what `npm start` touches: its tools, a
 * no-op build script, and the electron package without a binary (its
 * installer and the downloader it uses, linked from our node_modules).
 */
async function projectWithoutElectronBinary(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'forlob-start-'));
  await writeFile(
    join(dir, 'package.json'),
    JSON.stringify({
      name: 'forlob-start-test',
      private: true,
      type: 'module',
      scripts: { build: 'node -e ""' },
    }),
  );
  await cp(join(ROOT, 'electron', 'tools'), join(dir, 'electron', 'tools'), { recursive: true });
  const electron = join(dir, 'node_modules', 'electron');
  await mkdir(electron, { recursive: true });
  for (const file of ['package.json', 'install.js', 'checksums.json']) {
    await copyFile(join(ROOT, 'node_modules', 'electron', file), join(electron, file));
  }
  await mkdir(join(dir, 'node_modules', '@electron'));
  await symlink(
    join(ROOT, 'node_modules', '@electron', 'get'),
    join(dir, 'node_modules', '@electron', 'get'),
    'dir',
  );
  return dir;
}

interface Run {
  code: number | null;
  output: string;
}

function npmStart(extraEnv: Record<string, string>): Promise<Run> {
  // No inherited electron settings (an npm config mirror, a dist override) may steer the installer.
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/electron/i.test(key)));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(project, 'electron', 'tools', 'start.mjs')], {
      cwd: project,
      env: { ...env, electron_config_cache: join(project, 'electron-cache'), ...extraEnv },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

function listen(server: Server): Promise<string> {
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`),
    ),
  );
}

function expectOnlyTheClearMessage(run: Run): void {
  expect(run.code).toBe(1);
  expect(run.output).toContain(MISSING);
  expect(run.output).toContain(WEB_MODE);
  expect(run.output).not.toMatch(/TypeError|HTTPError|fetch failed/);
  // No stack frame from the installer or the downloader.
  expect(run.output).not.toMatch(/^\s+at /m);
  expect(run.output).not.toContain('@electron/get');
}

beforeAll(async () => {
  project = await projectWithoutElectronBinary();
});

afterAll(async () => {
  await rm(project, { recursive: true, force: true });
});

describe('npm start without the Electron binary', { timeout: 60_000 }, () => {
  const servers: Server[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((server) => new Promise((done) => server.close(done))));
  });

  it('says there is no connection, once, without the installer’s stack', async () => {
    // A port that was just free: the installer's fetch is refused at once, as offline.
    const closed = createServer();
    const mirror = await listen(closed);
    await new Promise((done) => closed.close(done));

    const run = await npmStart({ ELECTRON_MIRROR: mirror });
    expectOnlyTheClearMessage(run);
    expect(run.output).toContain(`${MISSING} (ingen forbindelse til internettet).`);
    expect(run.output).toContain('Henter Electron-programmet');
  });

  it('names the download site’s error when it answers without the program', async () => {
    const requested: string[] = [];
    const mirrorServer = createServer((request, response) => {
      requested.push(request.url ?? '');
      response.writeHead(404).end('Not Found');
    });
    servers.push(mirrorServer);
    const mirror = await listen(mirrorServer);

    const run = await npmStart({ ELECTRON_MIRROR: mirror });
    expectOnlyTheClearMessage(run);
    expect(run.output).toContain(`${MISSING} (hentestedet svarede med fejl 404).`);
    // The real installer ran and asked for the real archive.
    expect(requested.some((url) => /electron-v[\d.]+-\w+-\w+\.zip$/.test(url))).toBe(true);
  });

  it('does not try to download when ELECTRON_SKIP_BINARY_DOWNLOAD is set, and says so', async () => {
    const requested: string[] = [];
    const mirrorServer = createServer((request, response) => {
      requested.push(request.url ?? '');
      response.writeHead(404).end();
    });
    servers.push(mirrorServer);
    const mirror = await listen(mirrorServer);

    const run = await npmStart({ ELECTRON_MIRROR: mirror, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' });
    expectOnlyTheClearMessage(run);
    expect(run.output).toContain('hentning er slået fra med ELECTRON_SKIP_BINARY_DOWNLOAD');
    expect(run.output).not.toContain('Henter Electron-programmet');
    expect(requested).toEqual([]);
  });
});
