import type { ForlobBridge } from '@shared/bridge';

/** True for what the Electron preload exposes as window.api (shared/bridge.ts). */
export function isBridge(value: unknown): value is ForlobBridge {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return typeof candidate.call === 'function' && typeof candidate.on === 'function';
}
