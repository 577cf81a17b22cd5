import type { ApiMethod } from '@shared/api';
import { isBridge } from './bridge-guard';
import { httpRequest } from './http-request';

/**
 * Calls the first screen needs, sent by the entry script (main.ts) before the
 * app's code has loaded, so the file store works while the browser loads and
 * runs the app. The API clients hand each one out once, to the first call of
 * the same method with the same argument, in place of a new request; the
 * answer then goes through the client's usual checks. The app takes them as it
 * starts (app.ts), so none can be handed out stale later.
 */
const httpCalls = new Map<string, Promise<Response>>();
const ipcCalls = new Map<string, Promise<unknown>>();

const key = (target: string, body: string) => `${target}\n${body}`;

/** Sends `methods` (each with no argument) over whichever transport the page has. */
export function prefetch(methods: readonly ApiMethod[], scope: object = globalThis): void {
  const bridge: unknown = (scope as { api?: unknown }).api;
  for (const method of methods) {
    // Whoever takes the call handles its failure; one nobody takes must not be reported as unhandled.
    if (isBridge(bridge)) {
      const value = bridge.call(method, {});
      value.catch(() => undefined);
      ipcCalls.set(key(method, '{}'), value);
    } else {
      const [url, init] = httpRequest('', method, {});
      const response = globalThis.fetch(url, init);
      response.catch(() => undefined);
      httpCalls.set(key(url, String(init.body)), response);
    }
  }
}

/** The response to a POST of `body` to `url` that the entry script already sent, once. */
export function takePrefetchedResponse(url: string, body: string): Promise<Response> | undefined {
  const found = httpCalls.get(key(url, body));
  httpCalls.delete(key(url, body));
  return found;
}

/** The answer to an IPC call of `method` with `arg` that the entry script already made, once. */
export function takePrefetchedCall(method: string, arg: unknown): Promise<unknown> | undefined {
  const k = key(method, JSON.stringify(arg ?? {}));
  const found = ipcCalls.get(k);
  ipcCalls.delete(k);
  return found;
}
