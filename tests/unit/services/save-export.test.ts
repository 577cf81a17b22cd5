import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { saveExport } from '../../../electron/services/reports/save-export.js';

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'forlob-export-'));
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('saving an export', () => {
  it('writes the bytes exactly and replaces an earlier file whole', async () => {
    const file = path.join(dir, 'Handleplan – Solbakken – 2026-11-22.pdf');
    await fs.writeFile(file, 'gammel');
    const bytes = Uint8Array.from({ length: 300_000 }, (_, i) => i % 251);
    await saveExport(file, bytes);
    expect(Buffer.compare(await fs.readFile(file), Buffer.from(bytes))).toBe(0);
    expect(await fs.readdir(dir)).toEqual([path.basename(file)]);
  });

  it('leaves no temp file behind when the final rename fails', async () => {
    // A folder with something in it where the file should go: the rename fails, even for root.
    const target = path.join(dir, 'rapport.pdf');
    await fs.mkdir(target);
    await fs.writeFile(path.join(target, 'indhold'), 'x');
    await expect(saveExport(target, new Uint8Array([1, 2, 3]))).rejects.toThrow();
    expect(await fs.readdir(dir)).toEqual(['rapport.pdf']);
    expect(await fs.readdir(target)).toEqual(['indhold']);
  });
});
