// Shared by the test and bench runners: make sure what the suites need is here.
// Plain Node with builtins only, because it runs before `npm ci`.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '../..');

export function run(cmd, args, opts = {}) {
  console.log(`\n▶ ${[cmd, ...args].join(' ')}`);
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', ...opts });
  return result.status ?? 1;
}

export function must(cmd, args, opts) {
  const status = run(cmd, args, opts);
  if (status !== 0) {
    console.error(`\n✖ ${cmd} ${args.join(' ')} fejlede (exit ${status})`);
    process.exit(status);
  }
}

/** npm dependencies: installed when missing or older than the lock file. */
export function ensureDependencies() {
  const marker = join(root, 'node_modules/.package-lock.json');
  const lock = join(root, 'package-lock.json');
  const stale =
    !existsSync(marker) || (existsSync(lock) && statSync(lock).mtimeMs > statSync(marker).mtimeMs);
  if (!stale) return;
  // The Electron binary cannot be fetched everywhere; the suites do not need it.
  const env = { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' };
  must('npm', [existsSync(lock) ? 'ci' : 'install', '--no-audit', '--no-fund'], { env });
}

const systemChromiums = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/**
 * A Chromium for Playwright: PLAYWRIGHT_CHROMIUM_PATH, else the system's,
 * else Debian's package when we are root with apt, else Playwright's own
 * download (needs internet). Returns the path, or undefined for Playwright's own.
 */
export function ensureChromium() {
  const fromEnv = process.env.PLAYWRIGHT_CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  const found = () => systemChromiums.find((p) => existsSync(p));
  if (found()) return found();
  const isRoot = process.getuid?.() === 0;
  if (isRoot && spawnSync('which', ['apt-get']).status === 0) {
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    run('apt-get', ['update', '-qq'], { env });
    run('apt-get', ['install', '-y', '-qq', 'chromium'], { env });
    if (found()) return found();
  }
  if (run('npx', ['playwright', 'install', 'chromium']) === 0) return undefined;
  console.error(
    '\n✖ Ingen Chromium fundet. Installer Debians "chromium" (apt-get install chromium) ' +
      'eller sæt PLAYWRIGHT_CHROMIUM_PATH til en Chromium.',
  );
  process.exit(1);
}

/**
 * The tools the PDF render tests check exports with: pdftoppm and pdffonts
 * (Debian poppler-utils) and qpdf. Installed with apt when missing and we are
 * root; otherwise those checks say they were skipped and why.
 */
export function ensurePdfTools() {
  const has = (tool) => spawnSync('which', [tool]).status === 0;
  const need = [];
  if (!has('pdftoppm') || !has('pdffonts')) need.push('poppler-utils');
  if (!has('qpdf')) need.push('qpdf');
  if (need.length === 0) return;
  const isRoot = process.getuid?.() === 0;
  if (isRoot && has('apt-get')) {
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    run('apt-get', ['update', '-qq'], { env });
    run('apt-get', ['install', '-y', '-qq', ...need], { env });
    return;
  }
  console.warn(
    `\n⚠ ${need.join(' og ')} mangler: PDF-testene springer tjekket med dem over (apt-get install ${need.join(' ')}).`,
  );
}
