import { writeFile } from 'node:fs/promises';

/**
 * What the services need from the desktop around them. Electron supplies native
 * dialogs; the browser test bridge supplies a scripted answer.
 */
export interface Platform {
  /** Asks where to save a file; null when the person cancels. */
  chooseSavePath(suggestedName: string): Promise<string | null>;
  /**
   * Asks which existing file to open (a backup, or another app's export); null when
   * the person cancels. Optional so a test platform that never opens files need not
   * script it; the backup methods say plainly when it is missing.
   */
  chooseOpenPath?(title: string, extensions: string[]): Promise<string | null>;
  /** Asks for a folder, which the dialog may create; null when the person cancels. */
  chooseFolder?(title: string): Promise<string | null>;
  /**
   * Prints the app window as it stands (the yearly review, with its print styles) to
   * PDF bytes: Electron's webContents.printToPDF, or Chromium's own printing in tests.
   */
  printToPdf?(): Promise<Uint8Array>;
}

/**
 * The recovery code is the one thing the person deliberately takes out of the
 * vault in plain text, to a place they choose; the app never keeps a copy.
 */
export async function saveRecoveryCodeFile(platform: Platform, code: string): Promise<string | null> {
  const path = await platform.chooseSavePath('bounce-forward-recovery-code.txt');
  if (!path) return null;
  const text = [
    'Bounce Forward recovery code',
    '',
    code,
    '',
    'This code opens your journal if you forget your passphrase.',
    'Keep it somewhere safe and private, away from this computer.',
    '',
  ].join('\n');
  await writeFile(path, text, { mode: 0o600 });
  return path;
}
