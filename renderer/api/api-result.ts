import { z } from 'zod';
import { apiContract, type ApiMethod, type ApiResult } from '@shared/api';
import { ApiError, ApiErrorPayload, ERROR_CODES } from '@shared/errors';
import { summaryListProblem } from './summary-list-shape';

/**
 * Results checked more cheaply than with the contract's schema: each returns
 * the path of the first problem, or null. See each check for why.
 */
const LIGHT_RESULT_CHECKS: Partial<Record<ApiMethod, (value: unknown) => string | null>> = {
  'engagements.list': summaryListProblem,
};

function unexpected(method: ApiMethod, path: string, issue: string): ApiError {
  return new ApiError('internal', `Uventet svar fra Forløb (${method}).`, { method, path, issue });
}

/**
 * Validates what the backend answered against the contract's result schema,
 * so a mismatch between renderer and main shows up as one clear error here,
 * not as an undefined deep inside a component.
 */
export function parseResult<M extends ApiMethod>(method: M, value: unknown): ApiResult<M> {
  const light = LIGHT_RESULT_CHECKS[method];
  if (light) {
    const problem = light(value);
    if (problem !== null) throw unexpected(method, problem, 'har ikke den ventede form');
    // The check above covers every field of the method's result type.
    return value as ApiResult<M>;
  }
  const schema: z.ZodType = apiContract[method].result;
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw unexpected(method, first?.path.map(String).join('.') ?? '', first?.message ?? '');
  }
  // The schema is the contract's own result schema for M.
  return parsed.data as ApiResult<M>;
}

const LooseErrorPayload = z.object({
  code: z.string(),
  message: z.string(),
  details: z.record(z.string(), z.unknown()).optional(),
});

/** Turns whatever a transport rejected with into an ApiError with a Danish message. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  const strict = ApiErrorPayload.safeParse(error);
  if (strict.success) return ApiError.fromPayload(strict.data);
  const loose = LooseErrorPayload.safeParse(error);
  if (loose.success) {
    const code = (ERROR_CODES as readonly string[]).includes(loose.data.code) ? loose.data.code : 'internal';
    return ApiError.fromPayload({
      code: code as ApiErrorPayload['code'],
      message: loose.data.message,
      details: loose.data.details,
    });
  }
  const message = error instanceof Error && error.message ? error.message : String(error);
  return new ApiError('internal', 'Der opstod en uventet fejl.', { cause: message });
}

/** A failure of the transport itself (no answer at all): worth retrying. */
export function isTransientError(error: ApiError): boolean {
  return error.code === 'internal';
}
