import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import type { OpenReply, OpenRequest } from './open-worker';

/** Below this many records one thread opens them quickly enough that starting a worker is not worth it. */
export const PARALLEL_FROM = 1_000;
/** Records per message to the worker; two chunks are kept in its hands so it never waits for the next. */
const WORKER_CHUNK = 128;
/** Records the main thread opens between looks at what the worker sent back. */
const MAIN_CHUNK = 64;

/**
 * Where the worker's code is: the built file beside this bundle (the app's
 * out/main, the CLI's cached bundle), or, from the TypeScript source (tests, the
 * bench), the framing worker's shim that registers tsx first.
 */
function openWorkerScript(): { file: string; workerData?: unknown } {
  const built = join(__dirname, 'open-worker.js');
  if (existsSync(built)) return { file: built };
  return { file: join(__dirname, '..', 'framing', 'source-worker.cjs'), workerData: { entry: join(__dirname, 'open-worker.ts') } };
}

export interface ParallelOpen {
  key: Uint8Array;
  pathOf(id: string): string;
  /** Opens a record on this thread, the careful way (with its last good copy). */
  here(id: string): void;
  /** A record the worker decrypted; its plaintext is wiped by whoever reads it. */
  decrypted(id: string, plaintext: Uint8Array): void;
}

/**
 * Opens many records on both cores: a worker reads and decrypts chunks taken
 * from the end of the list while this thread opens from the front; parsing and
 * checking stay here. A file the worker could not open is opened here again,
 * so every problem is found and named exactly as on one thread. This thread
 * never waits for the worker: a worker slow to start, or one that fails, only
 * leaves more for this thread, and chunks still in its hands when this thread
 * runs out are taken back (their answers, when they come, are wiped unread).
 */
export async function openInParallel(ids: readonly string[], work: ParallelOpen): Promise<void> {
  const script = openWorkerScript();
  const worker = new Worker(script.file, { workerData: script.workerData, stdout: false, stderr: false });
  const handedOut = new Map<number, string[]>();
  let front = 0;
  let back = ids.length;
  let chunks = 0;
  let failed = false;
  worker.on('error', () => (failed = true));
  worker.on('exit', () => (failed = true));
  const handOut = () => {
    if (failed || back - front < WORKER_CHUNK * 2) return;
    const chunk = ids.slice(back - WORKER_CHUNK, back);
    back -= WORKER_CHUNK;
    const number = chunks++;
    handedOut.set(number, chunk);
    // The key's copy is moved, not copied, to the worker, which wipes it after the chunk.
    const key = Uint8Array.from(work.key);
    worker.postMessage({ chunk: number, key, files: chunk.map((id) => ({ id, path: work.pathOf(id) })) } satisfies OpenRequest, [key.buffer]);
  };
  // Kept for the loop below to throw, as one thread would: thrown here it would escape as an uncaught exception.
  const thrown: { error?: unknown; happened: boolean } = { happened: false };
  worker.on('message', (reply: OpenReply) => {
    const chunk = handedOut.get(reply.chunk);
    handedOut.delete(reply.chunk);
    reply.plaintexts.forEach((plaintext, at) => {
      if (!chunk || thrown.happened) plaintext?.fill(0);
      else {
        try {
          if (plaintext) work.decrypted(chunk[at]!, plaintext);
          else work.here(chunk[at]!);
        } catch (error) {
          thrown.error = error;
          thrown.happened = true;
        }
      }
    });
    handOut();
  });
  try {
    handOut();
    handOut();
    while (front < back) {
      const end = Math.min(back, front + MAIN_CHUNK);
      for (; front < end; front++) work.here(ids[front]!);
      await nextTurn();
      if (thrown.happened) throw thrown.error;
    }
    for (const [number, chunk] of handedOut) {
      handedOut.delete(number);
      for (const id of chunk) work.here(id);
    }
  } finally {
    await worker.terminate();
  }
}
