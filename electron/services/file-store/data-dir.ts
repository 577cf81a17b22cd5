import path from 'node:path';

/** The data folder: FORLOB_DATA_DIR when set (made absolute against the working directory), else `fallback`. */
export function resolveDataDir(env: NodeJS.ProcessEnv, fallback: string): string {
  const fromEnv = env.FORLOB_DATA_DIR;
  return path.resolve(fromEnv !== undefined && fromEnv.trim() !== '' ? fromEnv : fallback);
}
