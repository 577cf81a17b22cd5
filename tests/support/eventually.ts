import { vi } from 'vitest';

/**
 * vi.waitFor with a timeout that suits a loaded 2-core CI machine. The
 * default second is plenty on a laptop and not always on CI; a condition that
 * never holds still fails, only later.
 */
export function eventually<T>(
  callback: () => T | Promise<T>,
  { timeout = 10_000 }: { timeout?: number } = {},
): Promise<T> {
  return vi.waitFor(callback, { timeout, interval: 20 });
}
