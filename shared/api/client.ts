import { ApiError, type ApiResult } from './errors';
import type { ApiEventPayload, ApiRequest, ApiResponse } from './contract';
import { API_EVENTS, API_METHODS, type ApiEvent, type ApiMethod } from './methods';

type Namespace<M extends string> = M extends `${infer N}.${string}` ? N : never;
type MethodsIn<N extends string> = Extract<ApiMethod, `${N}.${string}`>;
type Leaf<M extends string> = M extends `${string}.${infer L}` ? L : never;

type Events = { [E in ApiEvent]: (listener: (payload: ApiEventPayload<E>) => void) => () => void };

/**
 * What the preload exposes as `window.bounce`: one function per contract method,
 * answering with a result envelope. Envelopes, not exceptions, because Electron's
 * contextBridge strips custom properties (like `code`) from thrown errors.
 */
export type BounceBridge = {
  [N in Namespace<ApiMethod>]: {
    [M in MethodsIn<N> as Leaf<M>]: (request: ApiRequest<M>) => Promise<ApiResult<ApiResponse<M>>>;
  };
} & { on: Events };

/** What renderer code calls: the same methods, resolving with the value or throwing ApiError. */
export type BounceApi = {
  [N in Namespace<ApiMethod>]: {
    [M in MethodsIn<N> as Leaf<M>]: (request: ApiRequest<M>) => Promise<ApiResponse<M>>;
  };
} & { on: Events };

export type Invoke = (method: ApiMethod, request: unknown) => Promise<ApiResult<unknown>>;
export type Subscribe = (event: ApiEvent, listener: (payload: unknown) => void) => () => void;

type Table = Record<string, Record<string, (request?: unknown) => unknown>>;

/**
 * Builds `window.bounce` from the allowlist. The preload (over IPC) and the browser
 * test bridge (over Playwright's binding) both use this.
 */
export function createBridge(invoke: Invoke, subscribe: Subscribe): BounceBridge {
  const bridge: Table = { on: {} };
  for (const method of API_METHODS) {
    const [namespace, leaf] = method.split('.') as [string, string];
    bridge[namespace] ??= {};
    bridge[namespace][leaf] = (request: unknown = {}) => invoke(method, request);
  }
  for (const event of API_EVENTS) {
    bridge.on![event] = (listener: unknown) => subscribe(event, listener as (payload: unknown) => void);
  }
  return bridge as unknown as BounceBridge;
}

/** Turns the bridge's envelopes back into values and typed ApiErrors, inside the renderer. */
export function createApiClient(bridge: BounceBridge): BounceApi {
  const source = bridge as unknown as Table;
  const api: Table = { on: source.on! };
  for (const method of API_METHODS) {
    const [namespace, leaf] = method.split('.') as [string, string];
    api[namespace] ??= {};
    api[namespace][leaf] = async (request: unknown = {}) => {
      const result = (await source[namespace]![leaf]!(request)) as ApiResult<unknown>;
      if (!result.ok) throw new ApiError(result.error);
      return result.value;
    };
  }
  return api as unknown as BounceApi;
}
