import type { ApiErrorCode } from '../../shared/api/errors';

/** The command line's exit codes, documented in `bounce-forward --help` and docs/backup-format.md. */
export const EXIT = {
  ok: 0,
  usage: 1,
  wrongSecret: 2,
  badFile: 3,
  newerVersion: 4,
  io: 5,
  journalState: 6,
  /** The command did its work, but the journal found damaged, missing or older records when it opened. */
  openedWithProblems: 7,
  /** Stopped with Ctrl+C before it could change anything: nothing was written. */
  cancelled: 8,
  internal: 10,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export function exitCodeFor(code: ApiErrorCode): ExitCode {
  switch (code) {
    case 'WRONG_PASSPHRASE':
    case 'WRONG_RECOVERY_CODE':
      return EXIT.wrongSecret;
    case 'DAMAGED':
    case 'NOT_A_BACKUP':
      return EXIT.badFile;
    case 'UNSUPPORTED_VERSION':
      return EXIT.newerVersion;
    case 'DISK':
      return EXIT.io;
    case 'CANCELLED':
      return EXIT.cancelled;
    case 'NO_JOURNAL':
    case 'JOURNAL_EXISTS':
    case 'LOCKED':
    case 'BUSY':
    case 'NOT_FOUND':
    case 'NOTHING_PENDING':
      return EXIT.journalState;
    case 'INVALID_REQUEST':
    case 'UNKNOWN_METHOD':
    case 'RECOVERY_CONFIRMATION_MISMATCH':
      return EXIT.usage;
    default:
      return EXIT.internal;
  }
}

/** A failure the command line reports and exits with. */
export class CliError extends Error {
  constructor(
    readonly exitCode: ExitCode,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

export const usageError = (message: string) => new CliError(EXIT.usage, 'USAGE', message);
