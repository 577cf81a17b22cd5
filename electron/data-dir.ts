import { homedir } from 'node:os';
import { join } from 'node:path';

/** Electron's userData folder name: package.json productName. */
export const PRODUCT_NAME = 'Forløb';

/**
 * Where Electron's `app.getPath('userData')` points for this app, computed
 * without Electron, so web mode and the desktop app share one data folder.
 */
export function defaultUserDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = homedir(),
): string {
  return join(appDataDir(env, platform, home), PRODUCT_NAME);
}

function appDataDir(env: NodeJS.ProcessEnv, platform: NodeJS.Platform, home: string): string {
  if (platform === 'win32') return env.APPDATA || join(home, 'AppData', 'Roaming');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support');
  return env.XDG_CONFIG_HOME || join(home, '.config');
}
