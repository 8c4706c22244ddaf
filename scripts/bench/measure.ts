import { performance } from 'node:perf_hooks';

export async function timed<T>(work: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await work();
  return { ms: performance.now() - start, value };
}

/**
 * The longest stretch the event loop went without running a 1 ms timer while
 * `work` ran: how long the main process would have been frozen.
 */
export async function longestBlock<T>(work: () => Promise<T>): Promise<{ blockMs: number; value: T }> {
  let last = performance.now();
  let longest = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 1);
  try {
    const value = await work();
    longest = Math.max(longest, performance.now() - last);
    return { blockMs: longest, value };
  } finally {
    clearInterval(timer);
  }
}

export async function inBatches<T>(items: T[], concurrency: number, work: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      await work(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
}
