import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { connect, type Socket } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { API_METHODS, type ApiArg, type ApiMethod } from '../../../shared/api.js';
import { ApiEnvelope } from '../../../shared/bridge.js';
import type { Engagement } from '../../../shared/domain/engagement.js';
import { EngagementStore } from '../../../electron/services/file-store/index.js';
import { API_BODY_LIMIT, startWebServer, type WebServer } from '../../../electron/web.js';

const CREATE_ARG = {
  templateId: 'nfa-grundmodel',
  client: { organisation: 'Testby Kommune', unit: 'Rengøring', sector: 'kommune' },
} satisfies ApiArg<'engagements.create'>;
const INDEX_HTML = '<!doctype html><html lang="da"><head><title>Forløb</title></head><body>app</body></html>';
const SECRET = 'top-secret-do-not-serve';

interface Answer {
  status: number;
  headers: Headers;
  body: ApiEnvelope;
}

let root: string;
let dataDir: string;
let staticDir: string;
let server: WebServer;
let seeded: Engagement;

async function post(method: string, body?: string, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(`${server.url}/api/${method}`, {
    method: 'POST',
    headers: body === undefined ? headers : { 'content-type': 'application/json', ...headers },
    body,
  });
  return {
    status: response.status,
    headers: response.headers,
    body: ApiEnvelope.parse(await response.json()),
  };
}

const call = (method: string, arg: unknown): Promise<Answer> => post(method, JSON.stringify(arg));

/** Every file under dir with a hash of its content: equal snapshots mean nothing was written. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    const path = join(entry.parentPath, entry.name);
    result[path.slice(dir.length)] = entry.isFile()
      ? createHash('sha256')
          .update(await readFile(path))
          .digest('hex')
      : 'dir';
  }
  return result;
}

interface RawAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/** Raw request, so path and Host reach the server exactly as written (fetch normalises `..` and sets Host itself). */
function rawRequest(
  method: string,
  path: string,
  headers: Record<string, string> = {},
  body?: string,
): Promise<RawAnswer> {
  const { port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** Bytes straight onto the socket, for requests Node's client will not send (HTTP/1.0 without Host). */
function rawSocket(request: string): Promise<string> {
  const { port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    let text = '';
    const socket: Socket = connect({ host: '127.0.0.1', port: Number(port) }, () => socket.end(request));
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (text += chunk));
    socket.on('end', () => resolve(text));
    socket.on('error', reject);
  });
}

async function rawPost(method: string, body: string, headers: Record<string, string>): Promise<Answer> {
  const answer = await rawRequest(
    'POST',
    `/api/${method}`,
    { 'content-type': 'application/json', ...headers },
    body,
  );
  return { status: answer.status, headers: new Headers(), body: ApiEnvelope.parse(JSON.parse(answer.body)) };
}

function expectRejected(answer: Answer, status: number, code: string): void {
  expect(answer.status).toBe(status);
  expect(answer.body.ok).toBe(false);
  if (answer.body.ok) return;
  expect(answer.body.error.code).toBe(code);
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'forlob-web-'));
  dataDir = join(root, 'data');
  staticDir = join(root, 'renderer');
  await mkdir(join(staticDir, 'assets'), { recursive: true });
  await writeFile(join(staticDir, 'index.html'), INDEX_HTML);
  await writeFile(join(staticDir, 'assets', 'app-abc123.js'), 'console.log("hej")');
  await writeFile(join(root, 'secret.txt'), SECRET);

  // Seed through the store itself and flush, so the folder is at rest before the server starts.
  const store = new EngagementStore({ dataDir });
  seeded = await store.create(CREATE_ARG);
  await store.flush();

  server = await startWebServer({ dataDir, port: 0, staticDir, logError: vi.fn() });
});

afterAll(async () => {
  await server?.close();
  await rm(root, { recursive: true, force: true });
});

const NO_ARG: ApiMethod[] = ['templates.list', 'engagements.list', 'engagements.trash'];
const BY_ID: ApiMethod[] = [
  'engagements.get',
  'engagements.delete',
  'engagements.restore',
  'engagements.history',
  'engagements.recover',
];

type ArgFor = (seeded: Engagement) => unknown;

/** Bad arguments per method: wrong types, missing fields, unknown fields (the seeded id makes these dangerous if let through). */
function badArguments(method: ApiMethod): [string, ArgFor][] {
  const cases: [string, ArgFor][] = [
    ['a string', () => 'x'],
    ['an array', () => []],
    ['null', () => null],
    ['a number', () => 42],
  ];
  if (NO_ARG.includes(method)) cases.push(['an unknown field', () => ({ x: 1 })]);
  if (BY_ID.includes(method)) {
    cases.push(
      ['a numeric id', () => ({ id: 42 })],
      ['a missing id', () => ({})],
      ['an id with a path in it', () => ({ id: '../../etc' })],
      ['an unknown field', (e) => ({ id: e.id, also: true })],
    );
  }
  if (method === 'engagements.recover') cases.push(['a text revision', (e) => ({ id: e.id, revision: '1' })]);
  if (method === 'engagements.create') {
    cases.push(
      ['a missing client', () => ({ templateId: 'nfa-grundmodel' })],
      ['a numeric templateId', () => ({ ...CREATE_ARG, templateId: 42 })],
      ['an unknown sector', () => ({ ...CREATE_ARG, client: { ...CREATE_ARG.client, sector: 'kosmos' } })],
      ['an unknown field', () => ({ ...CREATE_ARG, extra: 1 })],
    );
  }
  if (method === 'engagements.save') {
    cases.push(
      ['a missing engagement', () => ({})],
      ['a string engagement', () => ({ engagement: 'x' })],
      ['an engagement missing its title', (e) => ({ engagement: { ...e, title: undefined } })],
      ['an unknown field', (e) => ({ engagement: e, extra: 1 })],
    );
  }
  return cases;
}

describe('web transport: refusals leave the data folder untouched', () => {
  it.each(
    API_METHODS.flatMap((method) => badArguments(method).map(([what, arg]) => [method, what, arg] as const)),
  )('%s with %s → 400 invalid_argument in Danish', async (method, _what, argFor) => {
    const before = await snapshot(dataDir);
    const answer = await call(method, argFor(seeded));
    expectRejected(answer, 400, 'invalid_argument');
    if (!answer.body.ok) {
      expect(answer.body.error.message).toMatch(/^Ugyldige data for argumentet til /);
      expect(answer.body.error.message).toMatch(/Ugyldig|forventede|Ukendt nøgle/);
    }
    expect(await snapshot(dataDir)).toEqual(before);
  });

  it.each<[string, number, string, () => Promise<Answer>]>([
    ['an unknown method', 404, 'not_found', () => call('engagements.drop', { id: 'x' })],
    ['a nested path under /api', 404, 'not_found', () => call('engagements/get', {})],
    ['malformed JSON', 400, 'invalid_argument', () => post('engagements.delete', '{"id": ')],
    [
      'text/plain',
      415,
      'invalid_argument',
      () => post('engagements.list', '{}', { 'content-type': 'text/plain' }),
    ],
    [
      'a form post',
      415,
      'invalid_argument',
      () => post('engagements.list', 'a=1', { 'content-type': 'application/x-www-form-urlencoded' }),
    ],
    [
      'a body over 1 MiB',
      413,
      'invalid_argument',
      () => call('engagements.save', { engagement: { ...seeded, notes: 'x'.repeat(API_BODY_LIMIT) } }),
    ],
    [
      'a foreign Origin',
      403,
      'invalid_argument',
      () => post('engagements.list', '{}', { origin: 'http://evil.example' }),
    ],
    [
      'a foreign Host (DNS rebinding)',
      403,
      'invalid_argument',
      () => rawPost('engagements.list', '{}', { host: `evil.example:${new URL(server.url).port}` }),
    ],
  ])('%s is refused with %i %s', async (_what, status, code, send) => {
    const before = await snapshot(dataDir);
    const answer = await send();
    expectRejected(answer, status, code);
    if (!answer.body.ok) expect(answer.body.error.message).toMatch(/[æøå]|Ukendt|Ugyldig/);
    expect(await snapshot(dataDir)).toEqual(before);
  });

  it('answers GET /api/<method> with 405 and Allow: POST', async () => {
    const before = await snapshot(dataDir);
    const response = await fetch(`${server.url}/api/engagements.list`);
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
    expect(ApiEnvelope.parse(await response.json())).toMatchObject({
      ok: false,
      error: { code: 'invalid_argument' },
    });
    expect(await snapshot(dataDir)).toEqual(before);
  });

  it('treats an empty body as {}', async () => {
    expect((await post('templates.list')).body.ok).toBe(true);
    expect((await post('templates.list', '')).body.ok).toBe(true);
  });
});

/**
 * DNS rebinding: a foreign page whose name resolves to 127.0.0.1 reaches the
 * server with its own Host and Origin. The router decodes %61pi to api, so
 * these spellings must be refused exactly like /api itself.
 */
describe('web transport: DNS rebinding and encoded paths', () => {
  const API_SPELLINGS = ['/api', '/%61pi', '/ap%69', '/%61%70%69', '/a%70i'];
  const port = (): string => new URL(server.url).port;
  const foreignHost = (): Record<string, string> => ({ host: `evil.example:${port()}` });
  const foreignBoth = (): Record<string, string> => ({
    host: `evil.example:${port()}`,
    origin: `http://evil.example:${port()}`,
  });
  const foreignOrigin = (): Record<string, string> => ({ origin: `http://evil.example:${port()}` });

  /** The three calls a rebinding page wants: read everything, overwrite, delete. Each would succeed if let through. */
  async function dangerousCalls(): Promise<[string, string][]> {
    const current = await call('engagements.get', { id: seeded.id });
    if (!current.body.ok) throw new Error('seeded programme is gone');
    const engagement = current.body.value as Engagement;
    return [
      ['engagements.list', '{}'],
      [
        'engagements.save',
        JSON.stringify({ engagement: { ...engagement, notes: 'Overtaget af evil.example' } }),
      ],
      ['engagements.delete', JSON.stringify({ id: seeded.id })],
    ];
  }

  function expectForeignRefusal(answer: RawAnswer): void {
    expect(answer.status).toBe(403);
    expect(answer.headers['cache-control']).toBe('no-store');
    expect(JSON.parse(answer.body)).toEqual({
      ok: false,
      error: {
        code: 'invalid_argument',
        message: 'Forespørgslen blev afvist: den kom ikke fra Forløb på denne computer.',
      },
    });
  }

  it.each(
    API_SPELLINGS.flatMap((prefix) =>
      [
        ['a foreign Host and Origin', foreignBoth],
        ['a foreign Host', foreignHost],
        ['a foreign Origin', foreignOrigin],
      ].map(([what, headers]) => [prefix, what, headers] as const),
    ),
  )('refuses list, save and delete at %s/… with %s, and changes nothing', async (prefix, _what, headers) => {
    const before = await snapshot(dataDir);
    for (const [method, body] of await dangerousCalls()) {
      const answer = await rawRequest(
        'POST',
        `${prefix}/${method}`,
        { 'content-type': 'application/json', ...(headers as () => Record<string, string>)() },
        body,
      );
      expectForeignRefusal(answer);
      expect(answer.body).not.toContain(seeded.id);
    }
    expect(await snapshot(dataDir)).toEqual(before);
  });

  it.each<[string, (port: string) => Record<string, string>]>([
    ['Host 127.0.0.1:PORT.evil.example', (p) => ({ host: `127.0.0.1:${p}.evil.example` })],
    ['Host localhost.:PORT (trailing dot)', (p) => ({ host: `localhost.:${p}` })],
    ['Host [::1]:PORT', (p) => ({ host: `[::1]:${p}` })],
    ['Host 127.0.0.1 without the port', () => ({ host: '127.0.0.1' })],
    ['Host evil.example without a port', () => ({ host: 'evil.example' })],
    ['Host on another port', (p) => ({ host: `127.0.0.1:${Number(p) + 1}` })],
    ['Origin: null', () => ({ origin: 'null' })],
    ['Origin http://127.0.0.1:PORT.evil.example', (p) => ({ origin: `http://127.0.0.1:${p}.evil.example` })],
    ['Origin https://127.0.0.1:PORT (other scheme)', (p) => ({ origin: `https://127.0.0.1:${p}` })],
  ])('refuses %s at an encoded delete address', async (_what, headers) => {
    const before = await snapshot(dataDir);
    const answer = await rawRequest(
      'POST',
      '/%61pi/engagements.delete',
      { 'content-type': 'application/json', ...headers(port()) },
      JSON.stringify({ id: seeded.id }),
    );
    expectForeignRefusal(answer);
    expect(await snapshot(dataDir)).toEqual(before);
  });

  it('refuses a request without Host (HTTP/1.0), encoded path or not', async () => {
    const before = await snapshot(dataDir);
    for (const path of ['/api/engagements.list', '/%61pi/engagements.list']) {
      const response = await rawSocket(
        `POST ${path} HTTP/1.0\r\ncontent-type: application/json\r\ncontent-length: 2\r\n\r\n{}`,
      );
      expect(response).toMatch(/^HTTP\/1\.[01] 403 /);
      expect(response).not.toContain(seeded.id);
    }
    expect(await snapshot(dataDir)).toEqual(before);
  });

  it('refuses an absolute-form target, whose authority would override Host', async () => {
    const before = await snapshot(dataDir);
    for (const authority of ['evil.example', `127.0.0.1:${port()}`]) {
      const answer = await rawRequest(
        'POST',
        `http://${authority}/%61pi/engagements.delete`,
        { 'content-type': 'application/json' },
        JSON.stringify({ id: seeded.id }),
      );
      expectForeignRefusal(answer);
    }
    expect(await snapshot(dataDir)).toEqual(before);
  });

  it.each([
    '/',
    '/index.html',
    '/assets/app-abc123.js',
    '/forloeb/abc',
    '/%61ssets/app-abc123.js',
    '/nope.js',
  ])('refuses the renderer at %s to a foreign Host', async (path) => {
    const answer = await rawRequest('GET', path, foreignHost());
    expectForeignRefusal(answer);
    expect(answer.body).not.toContain('app');
    expect(answer.headers['content-security-policy']).toContain("default-src 'self'");
  });

  it('refuses a path the router cannot decode from a foreign Host, and answers it in Danish otherwise', async () => {
    expectForeignRefusal(await rawRequest('POST', '/%zz/engagements.list', foreignHost(), '{}'));
    const own = await rawRequest(
      'POST',
      '/%zz/engagements.list',
      { 'content-type': 'application/json' },
      '{}',
    );
    expect(own.status).toBe(400);
    expect(JSON.parse(own.body)).toEqual({
      ok: false,
      error: { code: 'invalid_argument', message: 'Ugyldig forespørgsel.' },
    });
  });

  it('does not decode twice: /%2561pi/… is no API address', async () => {
    const before = await snapshot(dataDir);
    const answer = await rawRequest(
      'POST',
      '/%2561pi/engagements.delete',
      { 'content-type': 'application/json' },
      JSON.stringify({ id: seeded.id }),
    );
    expect(answer.status).toBe(404);
    expect(JSON.parse(answer.body)).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await snapshot(dataDir)).toEqual(before);
  });

  it.each(API_SPELLINGS)(
    'serves its own page at %s/… as the API: answers, no-store, unknown methods',
    async (prefix) => {
      const list = await rawRequest(
        'POST',
        `${prefix}/engagements.list`,
        { 'content-type': 'application/json' },
        '{}',
      );
      expect(list.status).toBe(200);
      expect(list.body).toContain(seeded.id);
      expect(list.headers['cache-control']).toBe('no-store');

      const unknown = await rawRequest(
        'POST',
        `${prefix}/engagements.drop`,
        { 'content-type': 'application/json' },
        '{}',
      );
      expect(unknown.status).toBe(404);
      expect(JSON.parse(unknown.body)).toEqual({
        ok: false,
        error: { code: 'not_found', message: 'Ukendt funktion: engagements.drop' },
      });
      expect(unknown.headers['cache-control']).toBe('no-store');

      const read = await rawRequest('GET', `${prefix}/engagements.list`);
      expect(read.status).toBe(405);
      expect(read.headers.allow).toBe('POST');
    },
  );

  it.each<[string, (port: string) => Record<string, string>]>([
    ['Host 127.0.0.1:PORT', (p) => ({ host: `127.0.0.1:${p}` })],
    ['Host localhost:PORT', (p) => ({ host: `localhost:${p}` })],
    ['Host LOCALHOST:PORT (names are case-insensitive)', (p) => ({ host: `LOCALHOST:${p}` })],
    ['Origin http://127.0.0.1:PORT', (p) => ({ origin: `http://127.0.0.1:${p}` })],
    [
      'Origin http://localhost:PORT with Host localhost:PORT',
      (p) => ({ host: `localhost:${p}`, origin: `http://localhost:${p}` }),
    ],
  ])('accepts its own %s', async (_what, headers) => {
    const answer = await rawRequest(
      'POST',
      '/api/engagements.list',
      { 'content-type': 'application/json', ...headers(port()) },
      '{}',
    );
    expect(answer.status).toBe(200);
    expect(answer.body).toContain(seeded.id);
    const page = await rawRequest('GET', '/', headers(port()));
    expect(page.status).toBe(200);
    expect(page.body).toBe(INDEX_HTML);
  });
});

describe('web transport: a programme’s life over HTTP', () => {
  it('creates, lists, gets, saves, refuses a stale save, deletes and restores', async () => {
    const created = await call('engagements.create', {
      ...CREATE_ARG,
      title: 'Sygehus Syd – Akutmodtagelsen',
    });
    expect(created.status).toBe(200);
    if (!created.body.ok) throw new Error('create failed');
    const engagement = created.body.value as Engagement;
    expect(engagement.revision).toBe(1);

    const list = await call('engagements.list', {});
    expect(list.body.ok && (list.body.value as { id: string }[]).map((s) => s.id)).toContain(engagement.id);

    const got = await call('engagements.get', { id: engagement.id });
    expect(got.body).toEqual({ ok: true, value: engagement });

    const saved = await call('engagements.save', { engagement: { ...engagement, notes: 'Ny note æøå' } });
    expect(saved.status).toBe(200);
    expect(saved.body.ok && saved.body.value).toMatchObject({ revision: 2, notes: 'Ny note æøå' });

    const stale = await call('engagements.save', { engagement: { ...engagement, notes: 'Gammel kopi' } });
    expectRejected(stale, 409, 'conflict');

    const deleted = await call('engagements.delete', { id: engagement.id });
    expect(deleted.body).toMatchObject({ ok: true, value: { id: engagement.id } });
    expectRejected(await call('engagements.get', { id: engagement.id }), 404, 'not_found');

    const restored = await call('engagements.restore', { id: engagement.id });
    expect(restored.body.ok && restored.body.value).toMatchObject({ id: engagement.id, revision: 2 });
  });

  it('sends API answers as uncached JSON with the security headers', async () => {
    const answer = await call('templates.list', {});
    expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
    expect(answer.headers.get('cache-control')).toBe('no-store');
    expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
  });
});

describe('web transport: static renderer', () => {
  it('serves index.html uncached with CSP and nosniff', async () => {
    const response = await fetch(`${server.url}/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(INDEX_HTML);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('falls back to index.html for router paths but not for missing files', async () => {
    const route = await fetch(`${server.url}/forloeb/abc/brief`);
    expect(route.status).toBe(200);
    expect(route.headers.get('cache-control')).toBe('no-cache');
    expect(await route.text()).toBe(INDEX_HTML);
    expect((await fetch(`${server.url}/assets/missing-123.js`)).status).toBe(404);
  });

  it('serves hashed assets as immutable', async () => {
    const response = await fetch(`${server.url}/assets/app-abc123.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toContain('immutable');
  });

  it.each([
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/..%2fsecret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/../package.json',
    '/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
  ])('does not leak files outside the renderer through %s', async (path) => {
    const { body } = await rawRequest('GET', path);
    expect(body).not.toContain(SECRET);
    expect(body).not.toContain('root:');
    expect(body).not.toContain('"devDependencies"');
  });
});

describe('web transport: network exposure', () => {
  it('listens on 127.0.0.1 only', async () => {
    const url = new URL(server.url);
    expect(url.hostname).toBe('127.0.0.1');
    const external = Object.values(networkInterfaces())
      .flat()
      .find((info) => info !== undefined && info.family === 'IPv4' && !info.internal);
    if (!external) return;
    const reached = await new Promise<boolean>((resolve) => {
      const socket = connect({ host: external.address, port: Number(url.port) });
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    expect(reached).toBe(false);
  });
});
