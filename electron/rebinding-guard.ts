/**
 * Who may talk to the loopback web server: only pages served by this server
 * itself, addressed as 127.0.0.1 or localhost on its port.
 *
 * Listening on 127.0.0.1 is not enough on its own: a foreign site can rebind
 * its DNS name to 127.0.0.1 (DNS rebinding), and its page then reaches this
 * server as "same origin". It still sends its own name in `Host` (and in
 * `Origin`), so those two headers decide. The names are compared exactly
 * (ASCII case aside): no trailing-dot, IPv6 or suffix variants, because
 * nothing legitimate sends them to an IPv4 loopback listener.
 */
export interface OwnAddresses {
  hosts: ReadonlySet<string>;
  origins: ReadonlySet<string>;
}

export function ownAddresses(listenHost: string, port: number): OwnAddresses {
  const names = [listenHost, 'localhost'];
  // A browser leaves the default port out of Host and Origin.
  const hosts = names.flatMap((name) => (port === 80 ? [`${name}:${port}`, name] : [`${name}:${port}`]));
  return { hosts: new Set(hosts), origins: new Set(hosts.map((host) => `http://${host}`)) };
}

export interface RequestAddressHeaders {
  host?: string | undefined;
  origin?: string | undefined;
}

/**
 * True when the request names this server: Host is one of its addresses,
 * Origin, if sent, is one of its origins, and the target is a plain path
 * (an absolute-form target like `http://evil.example/api/…` carries its own
 * authority, which overrides Host; browsers send that form only to proxies).
 * A missing Host is refused (every HTTP/1.1 client sends one); `Origin: null`
 * (sandboxed frames, opaque redirects) is refused like any foreign origin.
 */
export function isOwnRequest(
  target: string | undefined,
  headers: RequestAddressHeaders,
  own: OwnAddresses,
): boolean {
  if (target === undefined || !target.startsWith('/')) return false;
  if (headers.host === undefined || !own.hosts.has(headers.host.toLowerCase())) return false;
  return headers.origin === undefined || own.origins.has(headers.origin.toLowerCase());
}
