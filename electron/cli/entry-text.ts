import { fstatSync, realpathSync } from 'node:fs';
import { diskError, isVaultError, VaultError } from '../vault/errors';
import { CliError, EXIT } from './exit-codes';

/** An entry's text from stdin, and what to tell the person about it if it cannot be saved. */
export interface EntryText {
  text: string;
  /** Where the text still is, or that it is gone, in words for the person. */
  ifNotSaved: string;
}

/** The file stdin was redirected from, when the system can say; null for a pipe or a terminal. */
function stdinFile(): { path: string | null } | null {
  try {
    if (!fstatSync(0).isFile()) return null;
  } catch {
    return null;
  }
  try {
    return { path: realpathSync('/proc/self/fd/0') };
  } catch {
    return { path: null };
  }
}

/**
 * Text piped or typed in exists only in this process: once it fails to save it is
 * gone, and saying "your text is still here" would be untrue. A file given with
 * "<" is never touched, so it can simply be given again.
 */
function whereTheTextIs(): string {
  const file = stdinFile();
  if (!file) return 'Nothing was added, and the text given on stdin was not kept anywhere, so it needs to be given again.';
  const which = file.path ? `the file it was read from (${file.path})` : 'the file it was read from';
  return `Nothing was added; ${which} is untouched, so the same command can add it again.`;
}

/** Everything on stdin, for an entry's text. */
export async function readEntryText(): Promise<EntryText> {
  if (process.stdin.isTTY) process.stderr.write('Type the entry, then press Ctrl-D on a new line.\n');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return { text: Buffer.concat(chunks).toString('utf8'), ifNotSaved: whereTheTextIs() };
}

/**
 * The save's own error, with what it says was kept replaced by where the text
 * really is: the vault speaks for the window, where the text stays on screen.
 */
export function notSaved(error: unknown, ifNotSaved: string): Error {
  if (isVaultError(error)) {
    return error.code === 'DISK' ? diskError(error.cause, ifNotSaved) : new VaultError(error.code, `${error.message} ${ifNotSaved}`, { cause: error });
  }
  return new CliError(EXIT.internal, 'INTERNAL', `Something unexpected went wrong (${(error as Error)?.message ?? String(error)}). ${ifNotSaved}`);
}
