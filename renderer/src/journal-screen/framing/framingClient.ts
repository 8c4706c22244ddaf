import type { FramingRequest, FramingResponse, FramingResult } from './protocol';

type Pending = { resolve: (result: FramingResult) => void; reject: (error: Error) => void };

let worker: Worker | null = null;
/** Set once the worker could not start (an old shell, a stricter policy): from then on, idle time. */
let workerBroken = false;
let nextId = 1;
const pending = new Map<number, Pending>();

function failAll(reason: string) {
  for (const [id, waiting] of pending) {
    pending.delete(id);
    waiting.reject(new Error(reason));
  }
}

function startWorker(): Worker | null {
  if (worker || workerBroken) return worker;
  try {
    worker = new Worker(new URL('./framing.worker.ts', import.meta.url), { type: 'module', name: 'framing' });
  } catch {
    workerBroken = true;
    return null;
  }
  worker.onmessage = (event: MessageEvent<FramingResponse>) => {
    const waiting = pending.get(event.data.id);
    if (!waiting) return;
    pending.delete(event.data.id);
    if (event.data.result) waiting.resolve(event.data.result);
    else waiting.reject(new Error(event.data.error ?? 'The framing view could not read this text.'));
  };
  worker.onerror = (event) => {
    event.preventDefault();
    workerBroken = true;
    worker?.terminate();
    worker = null;
    failAll('worker-unavailable');
  };
  return worker;
}

/** Without a worker, the analyzer loads on demand and runs when the window is idle. */
async function runWhenIdle(request: Omit<FramingRequest, 'id'>): Promise<FramingResult> {
  const { runFraming } = await import('./framingJob');
  await new Promise<void>((resolve) => {
    if ('requestIdleCallback' in window) window.requestIdleCallback(() => resolve(), { timeout: 1000 });
    else setTimeout(resolve, 0);
  });
  return runFraming(request);
}

/**
 * Reads a text's framing (and, if asked, care language) away from the typing
 * path: in a Web Worker, or in idle time if no worker can start.
 */
export async function frameText(request: Omit<FramingRequest, 'id'>): Promise<FramingResult> {
  const running = startWorker();
  if (!running) return runWhenIdle(request);
  const id = nextId++;
  try {
    return await new Promise<FramingResult>((resolve, reject) => {
      pending.set(id, { resolve, reject });
      running.postMessage({ id, ...request } satisfies FramingRequest);
    });
  } catch (error) {
    if (workerBroken) return runWhenIdle(request);
    throw error;
  }
}

/** Stops the worker, e.g. when the journal locks; the next request starts a fresh one. */
export function stopFraming(): void {
  worker?.terminate();
  worker = null;
  failAll('stopped');
}
