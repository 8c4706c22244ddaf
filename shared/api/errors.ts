/**
 * Every failure that crosses the IPC boundary is one of these codes with a
 * sentence a person can read. Stack traces and paths never cross it.
 */
export const API_ERROR_CODES = [
  'INVALID_REQUEST',
  'UNKNOWN_METHOD',
  'FORBIDDEN_SENDER',
  'LOCKED',
  'NO_JOURNAL',
  'JOURNAL_EXISTS',
  'WRONG_PASSPHRASE',
  'WRONG_RECOVERY_CODE',
  'RECOVERY_CONFIRMATION_MISMATCH',
  'NOTHING_PENDING',
  'NOT_FOUND',
  'DAMAGED',
  'UNSUPPORTED_VERSION',
  'DISK',
  'BUSY',
  'INTERNAL',
  /** A file offered as a backup that is not one (empty, another kind of file, random bytes). */
  'NOT_A_BACKUP',
  /** Long work stopped because the person asked; the message says what was left as it was. */
  'CANCELLED',
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export interface ApiErrorShape {
  code: ApiErrorCode;
  message: string;
  /** For INVALID_REQUEST: which field, in the person's terms where possible. */
  issues?: { path: string; message: string }[];
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiErrorShape };

/** Thrown in the renderer when a call fails, so UI code can use try/catch. */
export class ApiError extends Error implements ApiErrorShape {
  readonly code: ApiErrorCode;
  readonly issues?: { path: string; message: string }[];
  constructor(shape: ApiErrorShape) {
    super(shape.message);
    this.name = 'ApiError';
    this.code = shape.code;
    if (shape.issues) this.issues = shape.issues;
  }
}
