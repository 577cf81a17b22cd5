import { z } from 'zod';
import { ApiError } from './errors.js';

// Zod's Danish messages, so a rejected argument reads naturally to the user.
z.config(z.locales.da());

/** Parses `value` or throws ApiError('invalid_argument') naming the first problems in Danish. */
export function parseOrThrow<T extends z.ZodType>(schema: T, value: unknown, what: string): z.output<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues.slice(0, 5).map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
  const first = issues[0];
  const where = first?.path ? ` (${first.path})` : '';
  throw new ApiError(
    'invalid_argument',
    `Ugyldige data for ${what}${where}: ${first?.message ?? 'ukendt fejl'}`,
    {
      issues,
    },
  );
}
