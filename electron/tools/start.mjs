#!/usr/bin/env node
// `npm start`: install if needed, build, and open the desktop app; where the
// Electron program is missing (it is downloaded lazily and cannot be fetched
// offline), say so and point at web mode instead. Builtins only: this runs
// before anything is installed.
import { spawn, spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..', '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function run(args) {
  const result = spawnSync(npm, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** Where the electron package would run its binary from, without triggering its download. */
function electronBinary() {
  let packageDir;
  try {
    packageDir = dirname(createRequire(join(root, 'package.json')).resolve('electron/package.json'));
  } catch {
    return undefined;
  }
  const pathFile = join(packageDir, 'path.txt');
  // Requiring 'electron' itself would try to download the binary when path.txt is missing.
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : defaultExecutable();
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH || join(packageDir, 'dist');
  return join(distDir, relative);
}

function defaultExecutable() {
  if (process.platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  if (process.platform === 'win32') return 'electron.exe';
  return 'electron';
}

function isExecutable(file) {
  try {
    accessSync(file, process.platform === 'win32' ? constants.F_OK : constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The electron package fetches its binary on first use, not at `npm install`;
 * run its own installer once (needs internet; fails within seconds offline).
 */
function downloadElectron() {
  if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD || process.env.ELECTRON_OVERRIDE_DIST_PATH) return;
  let installer;
  try {
    installer = createRequire(join(root, 'package.json')).resolve('electron/install.js');
  } catch {
    return;
  }
  console.log('Henter Electron-programmet (kun ved første start) …');
  spawnSync(process.execPath, [installer], { cwd: root, stdio: 'inherit', timeout: 10 * 60_000 });
}

if (!existsSync(join(root, 'node_modules'))) run(['install']);
run(['run', 'build']);

let binary = electronBinary();
if (binary === undefined || !isExecutable(binary)) {
  downloadElectron();
  binary = electronBinary();
}
if (binary === undefined || !isExecutable(binary)) {
  console.error(
    [
      '',
      'Electron-programmet findes ikke på denne maskine og kunne ikke hentes (kræver internet).',
      'Start Forløb i webtilstand i stedet: kør "npm run web" og åbn http://127.0.0.1:5678 i en browser.',
      '',
      'The Electron program is not on this machine and could not be downloaded (needs internet).',
      'Run Forløb in web mode instead: "npm run web", then open http://127.0.0.1:5678 in a browser.',
      binary ? `(looked for ${binary})` : '',
    ].join('\n'),
  );
  process.exit(1);
}

const child = spawn(binary, [root], { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => child.kill(signal));
}
child.on('error', (error) => {
  console.error(`Electron kunne ikke startes: ${error.message}`);
  process.exit(1);
});
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
