import { createBridge } from '../../../shared/api/client';
import type { ApiResult } from '../../../shared/api/errors';
import type { ApiEvent, ApiMethod } from '../../../shared/api/methods';

/**
 * Runs inside the test page in place of the preload: the same createApiClient,
 * with Playwright's exposed binding as the transport instead of IPC.
 */
declare global {
  interface Window {
    __bounceInvoke(method: ApiMethod, request: unknown): Promise<ApiResult<unknown>>;
    __bounceEmit(event: ApiEvent, payload: unknown): void;
  }
}

const listeners = new Map<ApiEvent, Set<(payload: unknown) => void>>();

window.__bounceEmit = (event, payload) => {
  for (const listener of listeners.get(event) ?? []) listener(payload);
};

const bounce = createBridge(
  (method, request) => window.__bounceInvoke(method, request),
  (event, listener) => {
    const set = listeners.get(event) ?? new Set();
    set.add(listener);
    listeners.set(event, set);
    return () => set.delete(listener);
  },
);

Object.defineProperty(window, 'bounce', { value: Object.freeze(bounce), writable: false, configurable: false });
