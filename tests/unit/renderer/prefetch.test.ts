import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ForlobBridge } from '@shared/bridge';
import { createHttpClient } from '@/api/http-client';
import { createIpcClient } from '@/api/ipc-client';
import { prefetch } from '@/api/prefetch';
import { opensOnStartScreen } from '@/history-mode';

afterEach(() => {
  vi.unstubAllGlobals();
});

const answer = (value: unknown) =>
  new Response(JSON.stringify({ ok: true, value }), { headers: { 'content-type': 'application/json' } });

describe('calls sent ahead by the entry script', () => {
  it('over HTTP: the first matching call takes the response already under way, later calls ask again', async () => {
    const fetch = vi.fn(async () => answer([]));
    vi.stubGlobal('fetch', fetch);
    prefetch(['engagements.trash'], {});
    expect(fetch).toHaveBeenCalledOnce();
    expect(fetch.mock.calls[0]).toMatchObject(['/api/engagements.trash', { method: 'POST', body: '{}' }]);

    const client = createHttpClient('');
    await expect(client.call('engagements.trash', {})).resolves.toEqual([]);
    expect(fetch).toHaveBeenCalledOnce();
    await client.call('engagements.trash', {});
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('over HTTP: only a call to the same address with the same argument is given it', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => answer([])),
    );
    prefetch(['engagements.list'], {});
    const elsewhere = vi.fn(async () => answer([]));
    await createHttpClient('http://127.0.0.1:9/', elsewhere).call('engagements.list', {});
    expect(elsewhere).toHaveBeenCalledOnce();
    const local = vi.fn(async () => answer([]));
    await createHttpClient('', local).call('engagements.trash', {});
    expect(local).toHaveBeenCalledOnce();
    await createHttpClient('', local).call('engagements.list', {});
    expect(local).toHaveBeenCalledOnce();
  });

  it('over IPC: the bridge is called once, and the answer is checked like any other', async () => {
    const call = vi.fn(async () => [{ id: 'not a trash entry' }]);
    const bridge: ForlobBridge = { call, on: () => () => {} };
    prefetch(['engagements.trash'], { api: bridge });
    expect(call).toHaveBeenCalledWith('engagements.trash', {});
    await expect(createIpcClient(bridge).call('engagements.trash', {})).rejects.toMatchObject({
      code: 'internal',
    });
    expect(call).toHaveBeenCalledOnce();
  });

  it('a failed call sent ahead reaches the caller as the usual error', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('Failed to fetch');
      }),
    );
    prefetch(['engagements.trash'], {});
    await expect(createHttpClient('').call('engagements.trash', {})).rejects.toMatchObject({
      code: 'internal',
      details: { network: true },
    });
  });
});

describe('opensOnStartScreen', () => {
  const at = (protocol: string, pathname: string, hash = '') => ({ protocol, pathname, hash });
  it('reads hash addresses (file:// or a relative base)', () => {
    expect(opensOnStartScreen(at('file:', '/opt/Forløb/index.html'), './')).toBe(true);
    expect(opensOnStartScreen(at('http:', '/', '#/'), './')).toBe(true);
    expect(opensOnStartScreen(at('http:', '/', '#/forloeb/abc'), './')).toBe(false);
    expect(opensOnStartScreen(at('file:', '/x/index.html', '#/nyt'), '/')).toBe(false);
  });

  it('reads path addresses', () => {
    expect(opensOnStartScreen(at('http:', '/'), '/')).toBe(true);
    expect(opensOnStartScreen(at('http:', '/app'), '/app/')).toBe(true);
    expect(opensOnStartScreen(at('http:', '/papirkurv'), '/')).toBe(false);
  });
});
