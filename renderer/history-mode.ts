/**
 * Path URLs (/forloeb/abc) need two things: a server that answers every path
 * with index.html, and assets addressed from the root. Electron loads the page
 * from file:// (no server), and a build with a relative base ('./assets/…')
 * would fetch /forloeb/assets/… on a deep link; both get hash URLs (/#/forloeb/abc).
 */
export function useHashHistory(protocol: string, base: string): boolean {
  return protocol === 'file:' || !base.startsWith('/');
}

/**
 * True when the page was opened on the start screen (the route '/'), read from
 * the address alone: the entry script asks before the router has loaded.
 */
export function opensOnStartScreen(
  where: Pick<Location, 'protocol' | 'pathname' | 'hash'>,
  base: string,
): boolean {
  if (useHashHistory(where.protocol, base)) return ['', '#', '#/'].includes(where.hash);
  return where.pathname === base || `${where.pathname}/` === base;
}
