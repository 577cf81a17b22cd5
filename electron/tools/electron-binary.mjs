// Finds the Electron program for `npm start`, fetching it with electron's own
// installer when it is missing, and says plainly when neither works.
// Builtins only: `npm start` runs this before anything is installed.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const INSTALL_TIMEOUT_MS = 10 * 60_000;

/** Where the electron package would run its binary from, without triggering its download. */
export function electronBinary(root, env = process.env) {
  let packageDir;
  try {
    packageDir = dirname(createRequire(join(root, 'package.json')).resolve('electron/package.json'));
  } catch {
    return undefined;
  }
  const pathFile = join(packageDir, 'path.txt');
  // Requiring 'electron' itself would try to download the binary when path.txt is missing.
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : defaultExecutable();
  const distDir = env.ELECTRON_OVERRIDE_DIST_PATH || join(packageDir, 'dist');
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
 * Runs electron's own installer (it fetches the binary on first use, not at
 * `npm install`). Its output is captured: on failure it prints a bare stack
 * ("TypeError: fetch failed …") that tells the user nothing, so only a short
 * reason is kept. Returns undefined when the installer succeeded, otherwise
 * that reason in Danish.
 */
function runInstaller(root, env) {
  if (env.ELECTRON_SKIP_BINARY_DOWNLOAD) return 'hentning er slået fra med ELECTRON_SKIP_BINARY_DOWNLOAD';
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    return `ELECTRON_OVERRIDE_DIST_PATH peger på ${env.ELECTRON_OVERRIDE_DIST_PATH}, men der er intet program`;
  }
  let installer;
  try {
    installer = createRequire(join(root, 'package.json')).resolve('electron/install.js');
  } catch {
    return 'pakken electron er ikke installeret; kør "npm install"';
  }
  console.log('Henter Electron-programmet (ca. 100 MB, kun ved første start) …');
  const result = spawnSync(process.execPath, [installer], {
    cwd: root,
    env,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: INSTALL_TIMEOUT_MS,
  });
  if (result.status === 0) return undefined;
  return installFailureReason(result);
}

/** One short Danish line for why electron's installer failed, from what it printed. */
export function installFailureReason({ error, signal, stdout = '', stderr = '' }) {
  if (error?.code === 'ETIMEDOUT' || signal === 'SIGTERM')
    return 'hentningen tog over 10 minutter og blev stoppet';
  if (error) return `installationsprogrammet kunne ikke køres: ${error.message}`;
  const output = `${stderr}\n${stdout}`;
  if (
    /fetch failed|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH/.test(output)
  ) {
    return 'ingen forbindelse til internettet';
  }
  const status = /\b(?:status|response code)\D{0,3}(\d{3})\b/i.exec(output);
  if (status) return `hentestedet svarede med fejl ${status[1]}`;
  if (/checksum/i.test(output)) return 'den hentede fil var beskadiget';
  const first = output
    .split('\n')
    .map((line) => line.trim())
    .find((line) => line !== '' && !line.startsWith('at '));
  return first ? `installationen fejlede: ${first.slice(0, 160)}` : 'installationen fejlede';
}

function missingMessage(reason, binary) {
  return [
    '',
    `Electron-programmet findes ikke på denne maskine og kunne ikke hentes (${reason}).`,
    'Start Forløb i webtilstand i stedet: kør "npm run web" og åbn http://127.0.0.1:5678 i en browser.',
    '',
    'The Electron program is not on this machine and could not be downloaded (needs internet).',
    'Run Forløb in web mode instead: "npm run web", then open http://127.0.0.1:5678 in a browser.',
    binary ? `(looked for ${binary})` : '',
  ].join('\n');
}

/**
 * The Electron binary to start, fetched first if it is missing; undefined
 * (after telling the user why and what to do instead) when there is none.
 */
export function ensureElectron(root, env = process.env) {
  let binary = electronBinary(root, env);
  if (binary !== undefined && isExecutable(binary)) return binary;
  const reason = runInstaller(root, env);
  binary = electronBinary(root, env);
  if (binary !== undefined && isExecutable(binary)) return binary;
  console.error(missingMessage(reason ?? 'installationen gav intet program', binary));
  return undefined;
}
