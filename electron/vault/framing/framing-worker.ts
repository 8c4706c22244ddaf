import { parentPort } from 'node:worker_threads';
import { warmUpFraming } from '../../../shared/framing';
import type { FramingInput } from './entry-framer';
import { frameEntry } from './entry-framing';

/** The framing worker: one request at a time, answered with the same id. */
export interface FramingRequest {
  id: number;
  input: FramingInput | 'warm-up';
}

export type FramingReply = { id: number; framing: ReturnType<typeof frameEntry> } | { id: number; error: string };

const port = parentPort;
if (port) {
  port.on('message', (request: FramingRequest) => {
    try {
      if (request.input === 'warm-up') {
        warmUpFraming();
        port.postMessage({ id: request.id, framing: null } satisfies FramingReply);
        return;
      }
      port.postMessage({ id: request.id, framing: frameEntry(request.input) } satisfies FramingReply);
    } catch (error) {
      port.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) } satisfies FramingReply);
    }
  });
}
