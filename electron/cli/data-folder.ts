import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

export const PRODUCT_NAME = 'Bounce Forward';

/**
 * The journal folder the app itself uses: `--journal DIR` if given, else
 * BOUNCE_FORWARD_DATA_DIR/journal, else the per-user application data folder
 * Electron picks for the app on each platform, plus /journal.
 */
export function defaultJournalFolder(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home = homedir()): string {
  const override = env.BOUNCE_FORWARD_DATA_DIR?.trim();
  if (override) return join(resolve(override), 'journal');
  const appData =
    platform === 'win32' ? (env.APPDATA ?? join(home, 'AppData', 'Roaming'))
    : platform === 'darwin' ? join(home, 'Library', 'Application Support')
    : env.XDG_CONFIG_HOME?.trim() || join(home, '.config');
  return join(appData, PRODUCT_NAME, 'journal');
}
