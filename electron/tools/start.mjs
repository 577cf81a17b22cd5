#!/usr/bin/env node
// `npm start`: install if needed, build, and open the desktop app; where the
// Electron program is missing (it is downloaded lazily and cannot be fetched
// offline), say so and point at web mode instead. Builtins only: this runs
// before anything is installed.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ensureElectron } from './electron-binary.mjs';

const root = resolve(import.meta.dirname, '..', '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function run(args) {
  const result = spawnSync(npm, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (!existsSync(join(root, 'node_modules'))) run(['install']);
run(['run', 'build']);

const binary = ensureElectron(root);
if (binary === undefined) process.exit(1);

const child = spawn(binary, [root], { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => child.kill(signal));
}
child.on('error', (error) => {
  console.error(`Electron kunne ikke startes: ${error.message}`);
  process.exit(1);
});
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
