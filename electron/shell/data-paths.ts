import { join } from 'node:path';

/**
 * Where the journal lives: inside the OS's per-user application data folder, or
 * in BOUNCE_FORWARD_DATA_DIR (tests and portable installs).
 */
export function resolveDataFolder(userDataFolder: string, env: NodeJS.ProcessEnv = process.env): string {
  const override = env.BOUNCE_FORWARD_DATA_DIR?.trim();
  return override ? override : userDataFolder;
}

export function journalFolder(dataFolder: string): string {
  return join(dataFolder, 'journal');
}
