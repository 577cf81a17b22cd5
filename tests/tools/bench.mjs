// `npm run bench`: prints figures for the speed targets; asserts nothing.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ensureChromium, ensureDependencies, must, root } from './env.mjs';

ensureDependencies();
if (!existsSync(join(root, 'out/main/web.js')) || !existsSync(join(root, 'out/renderer/index.html'))) {
  must('npm', ['run', '--silent', 'build']);
}
const chromium = ensureChromium();
const env = { ...process.env, ...(chromium ? { PLAYWRIGHT_CHROMIUM_PATH: chromium } : {}) };

must('npx', ['tsx', 'tests/bench/save-latency.ts'], { env });
must('npx', ['tsx', 'tests/bench/start-screen.ts'], { env });
must('npx', ['tsx', 'tests/bench/keystroke.ts'], { env });
must('npx', ['tsx', 'tests/bench/room-latency.ts'], { env });
must('npx', ['tsx', 'tests/bench/wrapup-report.ts'], { env });
