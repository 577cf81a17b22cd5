import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EngagementStore } from '../../../electron/services/file-store/index.js';
import { startWebServer, type WebServer } from '../../../electron/web.js';

const INDEX_HTML = `<!doctype html><html lang="da"><head><title>Forløb</title></head><body>${'app '.repeat(400)}</body></html>`;
const SCRIPT = `export const rows = ${JSON.stringify(Array.from({ length: 300 }, (_, i) => `række ${i}`))};\n`;

let root: string;
let server: WebServer;

interface Raw {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** A request with exactly these headers (fetch would add and undo its own Accept-Encoding). */
function raw(path: string, headers: Record<string, string>, body?: string): Promise<Raw> {
  const url = new URL(path, server.url);
  return new Promise((resolve, reject) => {
    const req = request(url, { method: body === undefined ? 'GET' : 'POST', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', reject);
    req.end(body);
  });
}

const list = (acceptEncoding?: string) =>
  raw(
    '/api/engagements.list',
    { 'content-type': 'application/json', ...(acceptEncoding ? { 'accept-encoding': acceptEncoding } : {}) },
    '{}',
  );

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'forlob-web-compression-'));
  const dataDir = join(root, 'data');
  const staticDir = join(root, 'renderer');
  await mkdir(join(staticDir, 'assets'), { recursive: true });
  // What the build writes: each file and its .br and .gz copies.
  for (const [file, text] of [
    ['index.html', INDEX_HTML],
    ['assets/app-abc123.js', SCRIPT],
  ] as const) {
    await writeFile(join(staticDir, file), text);
    await writeFile(join(staticDir, `${file}.br`), brotliCompressSync(text));
    await writeFile(join(staticDir, `${file}.gz`), gzipSync(text));
  }
  const store = new EngagementStore({ dataDir });
  for (let i = 0; i < 20; i++) {
    await store.create({
      templateId: 'nfa-grundmodel',
      client: { organisation: `Kommune ${i}`, unit: `Enhed ${i}`, sector: 'kommune' },
    });
  }
  await store.flush();
  server = await startWebServer({ dataDir, port: 0, staticDir, logError: () => {} });
});

afterAll(async () => {
  await server.close();
  await rm(root, { recursive: true, force: true });
});

describe('compression in web mode', () => {
  it('sends the list as brotli to a browser that accepts it, and the same JSON plain to one that does not', async () => {
    const plain = await list();
    expect(plain.headers['content-encoding']).toBeUndefined();
    const expected = JSON.parse(plain.body.toString('utf8')) as { ok: boolean; value: unknown[] };
    expect(expected.value).toHaveLength(20);

    const br = await list('gzip, deflate, br, zstd');
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toContain('accept-encoding');
    expect(br.headers['cache-control']).toBe('no-store');
    expect(br.body.length).toBeLessThan(plain.body.length / 4);
    expect(JSON.parse(brotliDecompressSync(br.body).toString('utf8'))).toEqual(expected);

    const gz = await list('gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(gz.body).toString('utf8'))).toEqual(expected);
  });

  it("serves the build's precompressed copies with the plain file's caching rules", async () => {
    for (const path of ['/', '/index.html', '/forloeb/abc']) {
      const page = await raw(path, { 'accept-encoding': 'gzip, deflate, br' });
      expect(page.status, path).toBe(200);
      expect(page.headers['content-encoding'], path).toBe('br');
      expect(page.headers['cache-control'], path).toBe('no-cache');
      expect(page.headers.vary, path).toContain('accept-encoding');
      expect(page.headers['content-security-policy'], path).toContain("script-src 'self'");
      expect(brotliDecompressSync(page.body).toString('utf8'), path).toBe(INDEX_HTML);
    }

    const script = await raw('/assets/app-abc123.js', { 'accept-encoding': 'gzip' });
    expect(script.headers['content-encoding']).toBe('gzip');
    expect(script.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(script.headers['content-type']).toMatch(/javascript/);
    expect(gunzipSync(script.body).toString('utf8')).toBe(SCRIPT);

    const plain = await raw('/assets/app-abc123.js', {});
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString('utf8')).toBe(SCRIPT);
  });
});
