import { z } from 'zod';
import type { ApiArg, ApiClient, ApiMethod, ApiResult } from '@shared/api';
import { ApiError } from '@shared/errors';
import { parseResult, toApiError } from './api-result';
import { httpRequest } from './http-request';
import { takePrefetchedResponse } from './prefetch';

const Envelope = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.unknown() }),
]);

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

/**
 * The web transport: POST /api/<method> with the argument as JSON, answered
 * with {ok:true,value} or {ok:false,error}. Used in web mode and the e2e tests.
 */
export function createHttpClient(baseUrl = '', fetchImpl?: FetchLike): ApiClient {
  const doFetch: FetchLike = fetchImpl ?? ((input, init) => globalThis.fetch(input, init));

  async function call<M extends ApiMethod>(method: M, arg: ApiArg<M>): Promise<ApiResult<M>> {
    let response: Response;
    try {
      const [url, init] = httpRequest(baseUrl, method, arg);
      response = await (takePrefetchedResponse(url, String(init.body)) ?? doFetch(url, init));
    } catch (error) {
      throw new ApiError(
        'internal',
        'Ingen forbindelse til Forløb. Ændringerne gemmes, når forbindelsen er tilbage.',
        {
          network: true,
          cause: error instanceof Error ? error.message : String(error),
        },
      );
    }

    let body: unknown;
    try {
      body = await response.json();
    } catch {
      throw new ApiError('internal', `Uventet svar fra Forløb (HTTP ${response.status}).`, {
        status: response.status,
      });
    }

    const envelope = Envelope.safeParse(body);
    if (!envelope.success) {
      throw new ApiError('internal', `Uventet svar fra Forløb (HTTP ${response.status}).`, {
        status: response.status,
      });
    }
    if (!envelope.data.ok) throw toApiError(envelope.data.error);
    return parseResult(method, envelope.data.value);
  }

  return { call };
}
