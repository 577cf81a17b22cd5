import { createServer, request, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A pass-through proxy in front of the web server whose saves can be cut off,
 * as when the file store cannot be reached. Playwright's page.route cannot do
 * this reliably: a request sent while a page unloads (the outbox flushes on
 * pagehide) belongs to no frame Playwright knows, so it is let through.
 */
export interface SaveGate {
  /** The app's address through the gate. */
  url: string;
  /** While closed, every engagements.save gets its connection reset. */
  close(): void;
  open(): void;
  /** How many saves were refused while closed. */
  refused(): number;
  stop(): Promise<void>;
}

export async function startSaveGate(target: string): Promise<SaveGate> {
  const upstream = new URL(target);
  let closed = false;
  let refusals = 0;

  const proxy = createServer((incoming, outgoing) => {
    if (closed && incoming.url?.endsWith('/api/engagements.save')) {
      refusals++;
      incoming.socket.destroy();
      return;
    }
    const headers: IncomingHttpHeaders = { ...incoming.headers, host: upstream.host };
    // The server accepts only its own address (rebinding guard).
    if (headers.origin !== undefined) headers.origin = upstream.origin;
    if (headers.referer !== undefined) headers.referer = upstream.origin + '/';
    const forwarded = request(
      { host: upstream.hostname, port: upstream.port, method: incoming.method, path: incoming.url, headers },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    forwarded.on('error', () => incoming.socket.destroy());
    incoming.pipe(forwarded);
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const { port } = proxy.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    close: () => void (closed = true),
    open: () => void (closed = false),
    refused: () => refusals,
    stop: () =>
      new Promise<void>((resolve) => {
        proxy.closeAllConnections();
        proxy.close(() => resolve());
      }),
  };
}
