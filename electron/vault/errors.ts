import type { ApiErrorCode } from '../../shared/api/errors';

/**
 * The vault's one error type. `code` is what the window sees; `message` is written
 * for the person; `cause` stays in the main process and is never sent.
 */
export class VaultError extends Error {
  readonly code: ApiErrorCode;
  constructor(code: ApiErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'VaultError';
    this.code = code;
  }
}

export function isVaultError(error: unknown): error is VaultError {
  return error instanceof VaultError;
}

/** Turns an OS error from a write into words that say what happened and what is safe. */
export function diskError(error: unknown, whatWasKept: string): VaultError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const why =
    code === 'ENOSPC' ? 'the disk is full'
    : code === 'EACCES' || code === 'EPERM' ? 'the journal folder does not allow writing'
    : code === 'EROFS' ? 'the disk is read-only'
    : code === 'EIO' ? 'the disk reported an input/output error'
    : 'the disk refused the write';
  return new VaultError('DISK', `Couldn't save to disk (${why}). ${whatWasKept}`, { cause: error });
}
