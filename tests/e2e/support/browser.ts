import { existsSync } from 'node:fs';

/** Candidates in the order npm test looks for them; Playwright's own build comes last. */
export const SYSTEM_CHROMIUM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.CHROMIUM_PATH && existsSync(env.CHROMIUM_PATH)) return env.CHROMIUM_PATH;
  return SYSTEM_CHROMIUM_PATHS.find((path) => existsSync(path));
}
