import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The test runner builds once before the run; this only covers a bare
 * `npx playwright test` on a fresh checkout (or FORLOB_E2E_BUILD=1 to force it).
 */
export default function globalSetup(): void {
  const root = join(import.meta.dirname, '..', '..', '..');
  const built =
    existsSync(join(root, 'out', 'main', 'web.js')) &&
    existsSync(join(root, 'out', 'renderer', 'index.html'));
  if (built && process.env.FORLOB_E2E_BUILD !== '1') return;
  execFileSync('npx', ['electron-vite', 'build'], { cwd: root, stdio: 'inherit' });
}
