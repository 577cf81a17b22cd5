import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { API_METHODS, IPC_CHANNEL_PREFIX } from '../../../shared/api.js';
import { ApiEnvelope } from '../../../shared/bridge.js';
import { registerIpc, UNTRUSTED_SENDER_MESSAGE } from '../../../electron/ipc.js';
import { createSenderCheck, isAppUrl, type RendererLocation } from '../../../electron/security.js';
import type { ApiService } from '../../../electron/services/api-service.js';
import { ApiError } from '../../../shared/errors.js';

const indexFile = join('/opt', 'Forløb', 'resources', 'app.asar', 'out', 'renderer', 'index.html');
const fileLocation: RendererLocation = { kind: 'file', indexFile };
const devLocation: RendererLocation = { kind: 'dev', url: 'http://localhost:5173' };
const appUrl = pathToFileURL(indexFile).href;

type Handler = (
  event: { senderFrame: { url: string; parent: unknown } | null },
  arg: unknown,
) => Promise<unknown>;

function fakeIpcMain() {
  const handlers = new Map<string, Handler>();
  return {
    handlers,
    handle: vi.fn((channel: string, handler: Handler) => {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      handlers.set(channel, handler);
    }),
    removeHandler: vi.fn((channel: string) => handlers.delete(channel)),
  };
}

describe('isAppUrl', () => {
  it.each([
    [appUrl, true],
    [`${appUrl}#/forloeb/abc`, true],
    [`${appUrl}?x=1`, true],
    [pathToFileURL(join('/opt', 'Forløb', 'other.html')).href, false],
    ['file:///etc/passwd', false],
    ['https://example.com/', false],
    ['not a url', false],
  ])('file build: %s → %s', (url, expected) => {
    expect(isAppUrl(fileLocation, url)).toBe(expected);
  });

  it.each([
    ['http://localhost:5173/', true],
    ['http://localhost:5173/forloeb/abc', true],
    ['http://localhost:5174/', false],
    ['http://127.0.0.1:5173/', false],
    [appUrl, false],
  ])('dev server: %s → %s', (url, expected) => {
    expect(isAppUrl(devLocation, url)).toBe(expected);
  });
});

describe('createSenderCheck', () => {
  const check = createSenderCheck(fileLocation);

  it('trusts only the top frame showing our renderer', () => {
    expect(check({ url: appUrl, parent: null })).toBe(true);
    expect(check({ url: appUrl, parent: {} })).toBe(false);
    expect(check({ url: 'https://evil.example/', parent: null })).toBe(false);
    expect(check(null)).toBe(false);
  });

  it('refuses a frame that throws when read (destroyed mid-call)', () => {
    const destroyed = {
      get url(): string {
        throw new Error('Render frame was disposed');
      },
      parent: null,
    };
    expect(check(destroyed)).toBe(false);
  });
});

describe('registerIpc', () => {
  const trusted = { senderFrame: { url: appUrl, parent: null } };

  it('registers exactly one handler per contract method and can remove them', () => {
    const ipcMain = fakeIpcMain();
    const dispose = registerIpc(ipcMain, { invoke: vi.fn() }, createSenderCheck(fileLocation));
    expect([...ipcMain.handlers.keys()].sort()).toEqual(
      API_METHODS.map((m) => IPC_CHANNEL_PREFIX + m).sort(),
    );
    dispose();
    expect(ipcMain.handlers.size).toBe(0);
  });

  it('answers envelopes and never throws', async () => {
    const ipcMain = fakeIpcMain();
    const api: ApiService = {
      invoke: vi.fn(async (method: string) => {
        if (method === 'engagements.get') throw new ApiError('not_found', 'Forløbet findes ikke.');
        if (method === 'engagements.list') throw new Error('boom');
        return [];
      }),
    };
    registerIpc(ipcMain, api, createSenderCheck(fileLocation));
    const handler = (method: string): Handler => {
      const found = ipcMain.handlers.get(IPC_CHANNEL_PREFIX + method);
      if (!found) throw new Error(`no handler for ${method}`);
      return found;
    };

    expect(await handler('templates.list')(trusted, {})).toEqual({ ok: true, value: [] });
    expect(await handler('engagements.get')(trusted, { id: 'x' })).toEqual({
      ok: false,
      error: { code: 'not_found', message: 'Forløbet findes ikke.' },
    });
    const internal = ApiEnvelope.parse(await handler('engagements.list')(trusted, {}));
    expect(internal).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(internal)).not.toContain('boom');
  });

  it('refuses calls from frames other than our renderer without reaching the service', async () => {
    const ipcMain = fakeIpcMain();
    const invoke = vi.fn();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    registerIpc(ipcMain, { invoke }, createSenderCheck(fileLocation));
    const handler = ipcMain.handlers.get(`${IPC_CHANNEL_PREFIX}engagements.delete`);
    if (!handler) throw new Error('no handler');

    for (const senderFrame of [
      null,
      { url: 'https://evil.example/', parent: null },
      { url: appUrl, parent: {} },
    ]) {
      expect(await handler({ senderFrame }, { id: 'abc' })).toEqual({
        ok: false,
        error: { code: 'invalid_argument', message: UNTRUSTED_SENDER_MESSAGE },
      });
    }
    expect(invoke).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalledTimes(3);
    warn.mockRestore();
  });
});
