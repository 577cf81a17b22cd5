import { existsSync, realpathSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { basename, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyError, type FastifyReply, type FastifyRequest } from 'fastify';
import fastifyStatic from '@fastify/static';
import fastifyWebsocket from '@fastify/websocket';
import { isApiMethod } from '../shared/api.js';
import type { ApiEnvelope } from '../shared/bridge.js';
import { HTTP_STATUS_BY_CODE, type ApiErrorPayload } from '../shared/errors.js';
import { PRECOMPRESSED_STATIC, registerCompression, servedFile } from './compression.js';
import { CONTENT_SECURITY_POLICY } from './content-security-policy.js';
import { defaultUserDataDir } from './data-dir.js';
import { isOwnRequest, ownAddresses, type OwnAddresses } from './rebinding-guard.js';
import { createApiService, invokeToEnvelope, unknownMethodMessage } from './services/api-service.js';
import { CatalogueStore } from './services/catalogue/index.js';
import { EngagementStore, resolveDataDir } from './services/file-store/index.js';
import { RoomHub } from './services/room/index.js';
import { registerRoomEvents } from './room-events-ws.js';

/** Largest accepted request body (an engagement with long notes stays far below). */
export const API_BODY_LIMIT = 1024 * 1024;
export const DEFAULT_WEB_PORT = 5678;

export interface WebServerOptions {
  dataDir: string;
  port: number;
  /** Loopback only until room mode opens the server to the network on purpose. */
  host?: '127.0.0.1';
  /** The built renderer (out/renderer); without it only /api is served. */
  staticDir?: string;
  logError?: (message: string, error: unknown) => void;
}

export interface WebServer {
  url: string;
  close(): Promise<void>;
}

const MESSAGES = {
  tooLarge: 'Forespørgslen er for stor (højst 1 MiB).',
  mediaType: 'Forespørgslen skal sendes som JSON (Content-Type: application/json).',
  badJson: 'Forespørgslen er ikke gyldig JSON.',
  badRequest: 'Ugyldig forespørgsel.',
  methodNotAllowed: 'Brug POST til /api/<funktion>.',
  foreignHost: 'Forespørgslen blev afvist: den kom ikke fra Forløb på denne computer.',
  notFound: 'Siden findes ikke.',
  internal: 'Der opstod en uventet fejl i Forløb. Prøv igen; hvis fejlen bliver ved, så genstart programmet.',
} as const;

const failure = (error: ApiErrorPayload): ApiEnvelope => ({ ok: false, error });

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Set on the routes under /api: decisions about "is this the API" follow what the router matched. */
    api?: true;
  }
}
const API_ROUTE = { api: true } as const;

/**
 * The web transport: `POST /api/<method>` carries the same contract as the
 * Electron IPC, and everything else serves the built renderer with a fallback
 * to index.html for the router's history URLs.
 *
 * Unknown methods answer 404 with code `not_found` (the service itself calls
 * them `invalid_argument`, but over HTTP a method is an address).
 */
export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const host = options.host ?? '127.0.0.1';
  const logError = options.logError ?? ((message, error) => console.error(message, error));
  const store = new EngagementStore({ dataDir: options.dataDir });
  const catalogue = new CatalogueStore({ dataDir: options.dataDir });
  const room = new RoomHub({ dataDir: options.dataDir, engagements: store, cards: catalogue });
  const api = createApiService(store, catalogue, { logError, room });
  // Set once the port is known; nothing is answered before listen() returns.
  let own: OwnAddresses = { hosts: new Set(), origins: new Set() };
  const app = Fastify({
    logger: false,
    bodyLimit: API_BODY_LIMIT,
    // A path the router cannot decode (/%zz) is answered before any hook runs;
    // without this fastify echoes it in English and skips the Host check.
    frameworkErrors: (_error, request, reply) => {
      if (!isOwnRequest(request.raw.url, request.headers, own)) return refuseForeign(reply);
      return sendUncached(reply, 400, { code: 'invalid_argument', message: MESSAGES.badRequest });
    },
  });
  await registerCompression(app);
  // Before any route: the plugin wraps every route so an upgrade request to one that is not a WebSocket is closed.
  await app.register(fastifyWebsocket, { options: { maxPayload: 1024 } });

  // JSON only: text/plain and form posts are "simple" requests a foreign web
  // page could send here without a CORS preflight.
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeAllContentTypeParsers();
  app.addContentTypeParser<string>('application/json', { parseAs: 'string' }, (request, body, done) => {
    if (body === '') done(null, {});
    else parseJson(request, body, done);
  });

  // Every request, whatever its path: the router decodes %61pi to api, so no
  // test of the raw URL can tell which requests reach the API, and a
  // rebinding page has no business loading the renderer either.
  app.addHook('onRequest', async (request, reply) => {
    if (!isOwnRequest(request.raw.url, request.headers, own)) return refuseForeign(reply);
  });

  app.addHook('onSend', async (request, reply) => {
    reply.header('content-security-policy', CONTENT_SECURITY_POLICY);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('x-frame-options', 'DENY');
    reply.header('referrer-policy', 'no-referrer');
    reply.header('cross-origin-resource-policy', 'same-origin');
    if (request.routeOptions.config?.api) reply.header('cache-control', 'no-store');
  });

  app.setErrorHandler((error: FastifyError, request, reply) => {
    const status = typeof error.statusCode === 'number' ? error.statusCode : 500;
    if (status >= 500) {
      logError(`Fejl ved ${routeLabel(request)}`, error);
      return reply.status(500).send(failure({ code: 'internal', message: MESSAGES.internal }));
    }
    return reply.status(status).send(failure({ code: 'invalid_argument', message: transportMessage(error) }));
  });

  registerRoomEvents(app, room, { api: true });

  app.post<{ Params: { method: string } }>('/api/:method', { config: API_ROUTE }, async (request, reply) => {
    const { method } = request.params;
    if (!isApiMethod(method)) {
      return reply.status(404).send(failure({ code: 'not_found', message: unknownMethodMessage(method) }));
    }
    const envelope = await invokeToEnvelope(api, method, request.body === undefined ? {} : request.body);
    return reply.status(envelope.ok ? 200 : HTTP_STATUS_BY_CODE[envelope.error.code]).send(envelope);
  });

  // The rest of /api belongs to the API too, so the not-found handler never has to guess.
  app.route<{ Params: { '*': string } }>({
    method: ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'],
    url: '/api/*',
    config: API_ROUTE,
    handler: async (request, reply) => {
      if (request.method !== 'POST') {
        return reply
          .status(405)
          .header('allow', 'POST')
          .send(failure({ code: 'invalid_argument', message: MESSAGES.methodNotAllowed }));
      }
      const name = request.params['*'];
      return reply
        .status(404)
        .send(failure({ code: 'not_found', message: name ? unknownMethodMessage(name) : MESSAGES.notFound }));
    },
  });
  app.all('/api', { config: API_ROUTE }, async (_request, reply) =>
    reply.status(404).send(failure({ code: 'not_found', message: MESSAGES.notFound })),
  );

  const staticDir = options.staticDir;
  if (staticDir !== undefined) {
    await app.register(fastifyStatic, {
      root: staticDir,
      prefix: '/',
      wildcard: true,
      index: ['index.html'],
      dotfiles: 'ignore',
      cacheControl: false,
      ...PRECOMPRESSED_STATIC,
      setHeaders: (res, sentPath) => {
        const path = servedFile(sentPath);
        // Which copy is sent depends on the browser's Accept-Encoding.
        res.setHeader('vary', 'accept-encoding');
        if (basename(path) === 'index.html') res.setHeader('cache-control', 'no-cache');
        // Vite's hashed bundles never change under the same name.
        else if (path.includes(`${sep}assets${sep}`)) {
          res.setHeader('cache-control', 'public, max-age=31536000, immutable');
        }
      },
    });
  }

  // Reached when the static wildcard found no file, or when no route matched at all.
  app.setNotFoundHandler((request: FastifyRequest, reply: FastifyReply) => {
    const isRead = request.method === 'GET' || request.method === 'HEAD';
    const path = staticPath(request);
    // History-mode routes (/forloeb/abc) get the app; a missing /x.js stays a 404.
    if (staticDir !== undefined && isRead && path !== undefined && !basename(path).includes('.')) {
      return reply.sendFile('index.html');
    }
    return reply.status(404).send(failure({ code: 'not_found', message: MESSAGES.notFound }));
  });

  await app.listen({ host, port: options.port });
  const { port } = app.server.address() as AddressInfo;
  own = ownAddresses(host, port);

  return {
    url: `http://${host}:${port}`,
    async close() {
      await app.close();
      await room.shutdown();
      await store.flush();
    },
  };
}

function sendUncached(reply: FastifyReply, status: number, error: ApiErrorPayload): FastifyReply {
  return reply.status(status).header('cache-control', 'no-store').send(failure(error));
}

function refuseForeign(reply: FastifyReply): FastifyReply {
  return sendUncached(reply, 403, { code: 'invalid_argument', message: MESSAGES.foreignHost });
}

/**
 * The path the static wildcard route matched, as the router decoded it;
 * undefined when no route matched. (callNotFound swaps in the 404 route, so
 * routeOptions no longer names the static route here, but its params stay.)
 */
function staticPath(request: FastifyRequest): string | undefined {
  const { '*': path } = request.params as { '*'?: unknown };
  return typeof path === 'string' ? path : undefined;
}

/** The route for an error log: the router's pattern (and the API method), never the raw URL. */
function routeLabel(request: FastifyRequest): string {
  const route = request.routeOptions.url;
  if (route === undefined) return `${request.method} (ingen rute)`;
  const { method } = request.params as { method?: unknown };
  return typeof method === 'string' && isApiMethod(method)
    ? `${request.method} /api/${method}`
    : `${request.method} ${route}`;
}

function transportMessage(error: FastifyError): string {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return MESSAGES.tooLarge;
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return MESSAGES.mediaType;
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return MESSAGES.badJson;
    default:
      return MESSAGES.badRequest;
  }
}

function parsePort(raw: string | undefined): number {
  if (raw === undefined || raw.trim() === '') return DEFAULT_WEB_PORT;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new Error(`FORLOB_PORT skal være et portnummer mellem 0 og 65535 (fik "${raw}").`);
  }
  return port;
}

async function runFromCommandLine(): Promise<void> {
  const dataDir = resolveDataDir(process.env, defaultUserDataDir());
  // Built layout: out/main/web.js serves out/renderer.
  const staticDir = join(import.meta.dirname, '..', 'renderer');
  if (!existsSync(join(staticDir, 'index.html'))) {
    console.error(`Advarsel: brugerfladen er ikke bygget (${staticDir} mangler); kør "npm run build".`);
  }
  const server = await startWebServer({ dataDir, port: parsePort(process.env.FORLOB_PORT), staticDir });
  console.log(`Forløb (webtilstand) kører på ${server.url}`);
  console.log(`Datamappe: ${dataDir}`);

  let stopping = false;
  const stop = (): void => {
    if (stopping) process.exit(1);
    stopping = true;
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('Kunne ikke lukke serveren pænt:', error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

function isEntryPoint(): boolean {
  const script = process.argv[1];
  if (script === undefined) return false;
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  runFromCommandLine().catch((error: unknown) => {
    const detail = error instanceof Error ? error.message : String(error);
    console.error(`Forløb (webtilstand) kunne ikke starte: ${detail}`);
    process.exit(1);
  });
}
