import { ApiError, type ApiResult } from './errors';
import type { ApiEventPayload, ApiRequest, ApiResponse } from './contract';
import { API_EVENTS, API_METHODS, type ApiEvent, type ApiMethod } from './methods';

type Namespace<M extends string> = M extends `${infer N}.${string}` ? N : never;
type MethodsIn<N extends string> = Extract<ApiMethod, `${N}.${string}`>;
type Leaf<M extends string> = M extends `${string}.${infer L}` ? L : never;

/** `bounce.entries.save(draft)`: one function per contract method, typed from the contract. */
export type BounceApi = {
  [N in Namespace<ApiMethod>]: {
    [M in MethodsIn<N> as Leaf<M>]: (request: ApiRequest<M>) => Promise<ApiResponse<M>>;
  };
} & {
  on: { [E in ApiEvent]: (listener: (payload: ApiEventPayload<E>) => void) => () => void };
};

export type Invoke = (method: ApiMethod, request: unknown) => Promise<ApiResult<unknown>>;
export type Subscribe = (event: ApiEvent, listener: (payload: unknown) => void) => () => void;

/**
 * Builds the window's API from the allowlist. The preload and the browser test
 * bridge both use this, so the renderer sees the same object either way.
 */
export function createApiClient(invoke: Invoke, subscribe: Subscribe): BounceApi {
  const api: Record<string, Record<string, unknown>> = { on: {} };
  for (const method of API_METHODS) {
    const [namespace, leaf] = method.split('.') as [string, string];
    api[namespace] ??= {};
    api[namespace][leaf] = async (request: unknown = {}) => {
      const result = await invoke(method, request);
      if (!result.ok) throw new ApiError(result.error);
      return result.value;
    };
  }
  for (const event of API_EVENTS) {
    api.on![event] = (listener: (payload: unknown) => void) => subscribe(event, listener);
  }
  return api as unknown as BounceApi;
}
