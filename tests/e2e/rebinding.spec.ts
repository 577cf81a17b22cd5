import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { chromium, type Browser, type Response } from '@playwright/test';
import type { Engagement } from '../../shared/domain/engagement.js';
import { CHROMIUM_ARGS, chromiumExecutablePath } from '../support/chromium.js';
import { test, expect } from './support/fixtures.js';

/**
 * DNS rebinding, as it happens: the consultant visits evil.example, whose DNS
 * answer then changes to 127.0.0.1. The attacker's page stays loaded under
 * the name evil.example, and its fetches go to Forløb's port on loopback as
 * same-origin requests (no CORS, no preflight), with Host and Origin saying
 * evil.example. Chromium's --host-resolver-rules plays the DNS; page.route
 * serves only the attacker's document, so every fetch it makes reaches the
 * real server.
 *
 * Recent Chromium blocks this particular attack itself (Local Network Access:
 * an http page from a public address may not reach loopback). Firefox and
 * Safari do not, and a user can allow it, so the server must hold on its own:
 * the browser's check is switched off here, and every refusal below is the
 * server's 403.
 */
const REFUSED = 'Forespørgslen blev afvist: den kom ikke fra Forløb på denne computer.';
const EVIL = 'evil.example';
const API_SPELLINGS = ['/api', '/%61pi', '/ap%69', '/%61%70%69'];

interface Attempt {
  address: string;
  status?: number;
  body?: string;
  error?: string;
}

let browser: Browser;

test.beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: chromiumExecutablePath(),
    args: [
      ...CHROMIUM_ARGS,
      `--host-resolver-rules=MAP ${EVIL} 127.0.0.1`,
      '--disable-features=LocalNetworkAccessChecks',
    ],
  });
});

test.afterAll(async () => {
  await browser.close();
});

/** Every file and folder under dir with a hash of its content: equal snapshots mean nothing was written. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    result[relative(dir, path)] = entry.isFile()
      ? createHash('sha256')
          .update(await readFile(path))
          .digest('hex')
      : 'dir';
  }
  return result;
}

/** The attacker's page: it already knows the programme (the worst case) and tries to read, overwrite and delete it. */
function attackerPage(engagement: Engagement): string {
  const script = `
    const engagement = ${JSON.stringify(engagement)};
    const calls = [
      ['engagements.list', {}],
      ['engagements.get', { id: engagement.id }],
      ['engagements.save', { engagement: { ...engagement, notes: 'Overtaget af ${EVIL}' } }],
      ['engagements.delete', { id: engagement.id }],
    ];
    async function attack() {
      const attempts = [];
      for (const prefix of ${JSON.stringify(API_SPELLINGS)}) {
        for (const [method, arg] of calls) {
          const address = prefix + '/' + method;
          try {
            const response = await fetch(address, {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify(arg),
            });
            attempts.push({ address, status: response.status, body: await response.text() });
          } catch (error) {
            attempts.push({ address, error: String(error) });
          }
        }
      }
      // A "simple" request: no preflight even cross-origin; the answer is opaque to the page.
      for (const prefix of ['/api', '/%61pi']) {
        const address = prefix + '/engagements.delete';
        try {
          await fetch(address, {
            method: 'POST',
            mode: 'no-cors',
            headers: { 'content-type': 'text/plain' },
            body: JSON.stringify({ id: engagement.id }),
          });
          attempts.push({ address, body: 'opaque' });
        } catch (error) {
          attempts.push({ address, error: String(error) });
        }
      }
      return attempts;
    }
    window.attack = attack();
  `;
  return `<!doctype html><html><head><title>Gratis kaffe</title></head><body><script>${script}</script></body></html>`;
}

test('en side under et fremmed navn kan hverken læse, gemme eller slette forløb', async ({ server }) => {
  const created = await server.api('engagements.create', {
    templateId: 'nfa-grundmodel',
    client: { organisation: 'Odense Kommune', unit: 'Ældreplejen', sector: 'kommune' },
  });
  const engagement = await server.api('engagements.save', {
    engagement: { ...created, notes: 'Fortrolige noter om ledergruppen' },
  });
  const before = await snapshot(server.dataDir);
  const port = new URL(server.url).port;
  const evilRoot = `http://${EVIL}:${port}/`;

  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.route(evilRoot, (route) =>
      route.fulfill({ contentType: 'text/html; charset=utf-8', body: attackerPage(engagement) }),
    );
    // What our server answered, as the browser saw it (the no-cors answers are opaque to the page).
    const answers: Response[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'fetch') answers.push(response);
    });
    await page.goto(evilRoot);
    expect(await page.evaluate<string>('location.origin')).toBe(`http://${EVIL}:${port}`);
    const attempts = await page.evaluate<Attempt[]>('window.attack');

    // 4 spellings × 4 calls, then 2 no-cors posts; each one reached the server and was refused.
    expect(attempts).toHaveLength(API_SPELLINGS.length * 4 + 2);
    for (const attempt of attempts) {
      expect(attempt.error, attempt.address).toBeUndefined();
      expect(attempt.body, attempt.address).not.toContain(engagement.id);
      expect(attempt.body, attempt.address).not.toContain('Fortrolige');
      if (attempt.body !== 'opaque') {
        expect(attempt.status, attempt.address).toBe(403);
        expect(JSON.parse(attempt.body ?? ''), attempt.address).toMatchObject({
          ok: false,
          error: { code: 'invalid_argument', message: REFUSED },
        });
      }
    }
    // The encoded spellings went over the wire as written, and every answer was a 403.
    const paths = answers.map((response) => new URL(response.url()).pathname);
    for (const prefix of API_SPELLINGS) expect(paths).toContain(`${prefix}/engagements.delete`);
    expect(answers).toHaveLength(attempts.length);
    for (const response of answers) expect(response.status(), response.url()).toBe(403);
  } finally {
    await context.close();
  }

  expect(await snapshot(server.dataDir)).toEqual(before);
  expect(await server.api('engagements.get', { id: engagement.id })).toEqual(engagement);
  expect((await server.api('engagements.list', {})).map((summary) => summary.id)).toEqual([engagement.id]);
});

test('Forløb selv vises ikke under et fremmed navn', async ({ server }) => {
  const port = new URL(server.url).port;
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    for (const path of ['/', '/forloeb/abc', '/index.html']) {
      const response = await page.goto(`http://${EVIL}:${port}${path}`);
      expect(response?.status(), path).toBe(403);
      expect(await response?.json(), path).toMatchObject({ ok: false, error: { message: REFUSED } });
      await expect(page.locator('#app')).toHaveCount(0);
    }
  } finally {
    await context.close();
  }
});

test('samme browser når Forløb under dets egen adresse', async ({ server }) => {
  // The control: the refusals above are about the name, not about this browser or its flags.
  const created = await server.api('engagements.create', {
    templateId: 'nfa-grundmodel',
    client: { organisation: 'Odense Kommune', unit: 'Ældreplejen', sector: 'kommune' },
  });
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const response = await page.goto(server.url);
    expect(response?.status()).toBe(200);
    const answer = await page.evaluate(async () => {
      const reply = await fetch('/%61pi/engagements.list', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      });
      return { status: reply.status, body: await reply.text() };
    });
    expect(answer.status).toBe(200);
    expect(answer.body).toContain(created.id);
  } finally {
    await context.close();
  }
});
