import { describe, expect, it } from 'vitest';
import { ApiError } from '@shared/errors';
import { createHttpClient, type FetchLike } from '@/api/http-client';
import { createIpcClient, isBridge } from '@/api/ipc-client';
import { detectApiClient } from '@/api/detect-api-client';

function respond(status: number, body: unknown, seen: { url?: string; init?: RequestInit } = {}): FetchLike {
  return async (url, init) => {
    seen.url = url;
    seen.init = init;
    return new Response(typeof body === 'string' ? body : JSON.stringify(body), {
      status,
      headers: { 'content-type': 'application/json' },
    });
  };
}

async function rejection(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (e) {
    expect(e).toBeInstanceOf(ApiError);
    return e as ApiError;
  }
  throw new Error('expected a rejection');
}

describe('createHttpClient', () => {
  it('posts the argument as JSON to /api/<method> and unwraps {ok:true,value}', async () => {
    const seen: { url?: string; init?: RequestInit } = {};
    const client = createHttpClient('http://127.0.0.1:5678/', respond(200, { ok: true, value: [] }, seen));
    await expect(client.call('engagements.list', {})).resolves.toEqual([]);
    expect(seen.url).toBe('http://127.0.0.1:5678/api/engagements.list');
    expect(seen.init?.method).toBe('POST');
    expect(new Headers(seen.init?.headers).get('content-type')).toBe('application/json');
    expect(seen.init?.body).toBe('{}');
  });

  it('turns {ok:false,error} into an ApiError with code, message and details', async () => {
    const client = createHttpClient(
      '',
      respond(500, {
        ok: false,
        error: {
          code: 'damaged',
          message: 'Filen kan ikke læses.',
          details: { file: 'engagements/abc/engagement.json', lastGoodRevision: 3 },
        },
      }),
    );
    const error = await rejection(client.call('engagements.get', { id: 'abc' }));
    expect(error.code).toBe('damaged');
    expect(error.message).toBe('Filen kan ikke læses.');
    expect(error.details).toEqual({ file: 'engagements/abc/engagement.json', lastGoodRevision: 3 });
  });

  it('keeps a conflict a conflict, so the outbox can stop and ask', async () => {
    const client = createHttpClient(
      '',
      respond(409, { ok: false, error: { code: 'conflict', message: 'Ændret.' } }),
    );
    expect((await rejection(client.call('engagements.list', {}))).code).toBe('conflict');
  });

  it('reports an unknown error code as internal', async () => {
    const client = createHttpClient(
      '',
      respond(418, { ok: false, error: { code: 'teapot', message: 'Nej.' } }),
    );
    const error = await rejection(client.call('engagements.list', {}));
    expect(error.code).toBe('internal');
    expect(error.message).toBe('Nej.');
  });

  it('reports a body that is not JSON, or not an envelope, as internal with the HTTP status', async () => {
    const html = createHttpClient('', respond(502, '<html>Bad gateway</html>'));
    const error = await rejection(html.call('engagements.list', {}));
    expect(error.code).toBe('internal');
    expect(error.details).toEqual({ status: 502 });

    const odd = createHttpClient('', respond(200, { value: [] }));
    expect((await rejection(odd.call('engagements.list', {}))).code).toBe('internal');
  });

  it('reports no connection as internal with details.network, in Danish', async () => {
    const client = createHttpClient('', async () => {
      throw new TypeError('Failed to fetch');
    });
    const error = await rejection(client.call('engagements.list', {}));
    expect(error.code).toBe('internal');
    expect(error.details?.network).toBe(true);
    expect(error.message).toMatch(/Ingen forbindelse/);
  });

  it('validates the value against the contract result schema', async () => {
    const client = createHttpClient('', respond(200, { ok: true, value: [{ id: 'x' }] }));
    const error = await rejection(client.call('engagements.list', {}));
    expect(error.code).toBe('internal');
    expect(error.message).toBe('Uventet svar fra Forløb (engagements.list).');
  });
});

describe('createIpcClient and detectApiClient', () => {
  const bridge = {
    call: async (method: string) => {
      if (method === 'engagements.trash') return [];
      throw { code: 'not_found', message: 'Forløbet findes ikke.' };
    },
    on: () => () => {},
  };

  it('unwraps values and turns rejected payloads into ApiError', async () => {
    const client = createIpcClient(bridge);
    await expect(client.call('engagements.trash', {})).resolves.toEqual([]);
    const error = await rejection(client.call('engagements.get', { id: 'abc' }));
    expect(error.code).toBe('not_found');
  });

  it('uses IPC when window.api is a bridge, HTTP otherwise', async () => {
    expect(isBridge(bridge)).toBe(true);
    expect(isBridge({ call: 1 })).toBe(false);
    await expect(detectApiClient({ api: bridge }).call('engagements.trash', {})).resolves.toEqual([]);
    expect(detectApiClient({})).toHaveProperty('call');
  });
});
