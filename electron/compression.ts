import { constants as zlib } from 'node:zlib';
import fastifyCompress from '@fastify/compress';
import type { FastifyInstance } from 'fastify';

/** Answers up to this size are compressed in one call, not through a stream. */
const SYNC_LIMIT = 2 * 1024 * 1024;

/**
 * Compresses the web mode's API answers for browsers that ask for it:
 * engagements.list is ~360 KB for 1,000 programmes and ~36 KB as brotli.
 * Quality 1, not the plugin's 4: on this loopback-only server the time to
 * compress counts, not the last bytes (1.3 ms against 4.3 ms for the list, and
 * 2 % larger). Answers under 1 KB are sent as they are. Answers are
 * compressed in one call: through a stream, a page that leaves before the
 * answer is sent ends the stream early, and fastify reports that as an error.
 * The built renderer is compressed once at build time (electron.vite.config.ts)
 * and served as is; this plugin leaves an answer that is already encoded
 * alone. Electron calls the API over IPC, so none of this applies there.
 */
export async function registerCompression(app: FastifyInstance): Promise<void> {
  await app.register(fastifyCompress, {
    encodings: ['br', 'gzip'],
    threshold: 1024,
    syncThreshold: SYNC_LIMIT,
    brotliOptions: { params: { [zlib.BROTLI_PARAM_QUALITY]: 1 } },
    zlibOptions: { level: 1 },
  });
}

/** For @fastify/static: the build's .br and .gz copies of each file. */
export const PRECOMPRESSED_STATIC = { preCompressed: true } as const;

/** The file a response was served from, without the .br/.gz of a precompressed copy. */
export function servedFile(path: string): string {
  return path.replace(/\.(br|gz)$/, '');
}
