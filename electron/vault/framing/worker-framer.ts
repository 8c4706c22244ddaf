import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { EntryFraming } from '../../../shared/domain/framing-record';
import type { EntryFramer, FramingInput } from './entry-framer';
import type { FramingReply, FramingRequest } from './framing-worker';

export interface WorkerScript {
  file: string;
  workerData?: unknown;
}

/**
 * Where the worker's code is: the built file beside this bundle (the app's
 * out/main, the CLI's cached bundle), or, when running from the TypeScript
 * source (tests, the bench), a small CommonJS shim that registers tsx first.
 */
export function framingWorkerScript(): WorkerScript {
  const built = join(__dirname, 'framing-worker.js');
  if (existsSync(built)) return { file: built };
  return { file: join(__dirname, 'source-worker.cjs'), workerData: { entry: join(__dirname, 'framing-worker.ts') } };
}

interface Pending {
  resolve: (framing: EntryFraming | null) => void;
  reject: (error: Error) => void;
}

/**
 * Framing in a worker thread, started on first use and kept warm. The worker is
 * unreferenced while idle so it never keeps a finished CLI command alive, and
 * referenced while it has work so pending framing is never dropped by an exit.
 * A worker that dies is replaced on the next request; what it had in hand fails
 * and the journal frames that entry again later.
 */
export class WorkerFramer implements EntryFramer {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  constructor(private readonly script: WorkerScript = framingWorkerScript()) {}

  frame(input: FramingInput): Promise<EntryFraming | null> {
    return this.request({ body: input.body, reflection: input.reflection, corrections: input.corrections });
  }

  warmUp(): void {
    this.request('warm-up').catch(() => undefined);
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    this.failAll(new Error('The framing worker was stopped.'));
    if (worker) await worker.terminate();
  }

  private request(input: FramingRequest['input']): Promise<EntryFraming | null> {
    const worker = this.running();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.ref();
      worker.postMessage({ id, input } satisfies FramingRequest);
    });
  }

  private running(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.script.file, { workerData: this.script.workerData, stdout: false, stderr: false });
    worker.on('message', (reply: FramingReply) => {
      const waiting = this.pending.get(reply.id);
      if (!waiting) return;
      this.pending.delete(reply.id);
      if ('error' in reply) waiting.reject(new Error(reply.error));
      else waiting.resolve(reply.framing);
      if (this.pending.size === 0) worker.unref();
    });
    const lost = (error: Error) => {
      if (this.worker === worker) this.worker = null;
      this.failAll(error);
    };
    worker.on('error', lost);
    worker.on('exit', (code) => lost(new Error(`The framing worker stopped (exit code ${code}).`)));
    worker.unref();
    this.worker = worker;
    return worker;
  }

  private failAll(error: Error): void {
    const waiting = [...this.pending.values()];
    this.pending.clear();
    for (const request of waiting) request.reject(error);
  }
}
