import { z } from 'zod';

export const ERROR_CODES = ['invalid_argument', 'not_found', 'conflict', 'damaged', 'internal'] as const;
export const ErrorCode = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const ApiErrorPayload = z.object({
  code: ErrorCode,
  /** Danish, written for the consultant. */
  message: z.string(),
  details: z.record(z.string(), z.unknown()).optional(),
});
export type ApiErrorPayload = z.infer<typeof ApiErrorPayload>;

/** The one error type that crosses the API boundary. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly details?: Record<string, unknown>;

  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.details = details;
  }

  toPayload(): ApiErrorPayload {
    return this.details
      ? { code: this.code, message: this.message, details: this.details }
      : { code: this.code, message: this.message };
  }

  static fromPayload(payload: ApiErrorPayload): ApiError {
    return new ApiError(payload.code, payload.message, payload.details);
  }
}

export const HTTP_STATUS_BY_CODE: Record<ErrorCode, number> = {
  invalid_argument: 400,
  not_found: 404,
  conflict: 409,
  damaged: 500,
  internal: 500,
};

export const isApiError = (e: unknown): e is ApiError => e instanceof ApiError;
