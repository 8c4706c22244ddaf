import { createApiClient, type BounceApi } from '../../shared/api/client';
import type { ApiErrorCode } from '../../shared/api/errors';

let client: BounceApi | null = null;

/**
 * The journal API. Everything the window does to the journal goes through here;
 * failures arrive as ApiError with a code and a sentence for the person.
 */
export function bounce(): BounceApi {
  client ??= createApiClient(window.bounce);
  return client;
}

const FALLBACK = 'Something went wrong on our side. Nothing you wrote was changed; try again in a moment.';

/** The sentence to show the person. ApiError messages are written for them already. */
export function messageOf(error: unknown): string {
  if (error instanceof Error && error.message.trim()) return error.message;
  if (typeof error === 'object' && error && 'message' in error && typeof error.message === 'string' && error.message.trim()) {
    return error.message;
  }
  return FALLBACK;
}

/** The ApiError code, when it survived the trip from the preload. */
export function codeOf(error: unknown): ApiErrorCode | undefined {
  if (typeof error === 'object' && error && 'code' in error && typeof error.code === 'string') return error.code as ApiErrorCode;
  return undefined;
}
