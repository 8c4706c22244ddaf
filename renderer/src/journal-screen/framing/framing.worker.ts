import { runFraming } from './framingJob';
import type { FramingRequest, FramingResponse } from './protocol';

/** Framing runs here, off the typing path: the window only ever waits for a message. */
const scope = self as unknown as { onmessage: ((event: MessageEvent<FramingRequest>) => void) | null; postMessage: (message: FramingResponse) => void };

scope.onmessage = (event) => {
  const { id, ...request } = event.data;
  try {
    scope.postMessage({ id, result: runFraming(request) });
  } catch (error) {
    scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
