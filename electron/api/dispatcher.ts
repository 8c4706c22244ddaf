import type { z } from 'zod';
import { apiContract, type ApiResponse } from '../../shared/api/contract';
import type { ApiErrorShape, ApiResult } from '../../shared/api/errors';
import { API_METHODS, type ApiMethod } from '../../shared/api/methods';
import { isVaultError } from '../vault/errors';

export type ApiHandlers = {
  [M in ApiMethod]: (request: z.output<(typeof apiContract)[M]['request']>) => Promise<ApiResponse<M>>;
};

export type Dispatch = (method: unknown, request: unknown) => Promise<ApiResult<unknown>>;

export interface DispatcherOptions {
  /** Called after every valid request, before the handler: the activity signal for auto-lock. */
  onRequest?: (method: ApiMethod) => void;
  /** Where unexpected errors are reported; receives no request content. */
  logError?: (method: string, error: unknown) => void;
  /** Also check each answer against the contract (tests turn this on to catch drift). */
  checkResponses?: boolean;
}

const KNOWN_METHODS: ReadonlySet<string> = new Set(API_METHODS);

/**
 * The single entry point from any transport (Electron IPC, or the browser test
 * bridge) into the services: unknown methods and invalid requests stop here and
 * never reach a service.
 */
export function createDispatcher(handlers: ApiHandlers, options: DispatcherOptions = {}): Dispatch {
  return async (method, request) => {
    if (typeof method !== 'string' || !KNOWN_METHODS.has(method)) {
      return failure({ code: 'UNKNOWN_METHOD', message: 'The app asked for something that does not exist.' });
    }
    const name = method as ApiMethod;
    // Only plain JSON-like objects are requests; a Date, Map or Error would otherwise pass as {}.
    if (request !== undefined && request !== null && !isPlainObject(request)) {
      return failure({ code: 'INVALID_REQUEST', message: 'The request was not valid.', issues: [{ path: '', message: 'A request must be a plain object.' }] });
    }
    const parsed = apiContract[name].request.safeParse(request ?? {});
    if (!parsed.success) {
      return failure({
        code: 'INVALID_REQUEST',
        message: parsed.error.issues[0]?.message ?? 'The request was not valid.',
        issues: parsed.error.issues.slice(0, 10).map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
      });
    }
    options.onRequest?.(name);
    try {
      const handler = handlers[name] as (request: unknown) => Promise<unknown>;
      const value = await handler(parsed.data);
      if (options.checkResponses) apiContract[name].response.parse(value);
      return { ok: true, value };
    } catch (error) {
      if (isVaultError(error)) return failure({ code: error.code, message: error.message });
      options.logError?.(name, error);
      return failure({ code: 'INTERNAL', message: 'Something went wrong inside the app. Nothing was changed; try again.' });
    }
  };
}

function isPlainObject(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function failure(error: ApiErrorShape): ApiResult<never> {
  return { ok: false, error };
}
