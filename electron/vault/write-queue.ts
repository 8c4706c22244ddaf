/**
 * Saves of the same record run one after another, never interleaved, so the last
 * save asked for is the last one on disk; saves of different records run freely.
 */
export class WriteQueue {
  private readonly queues = new Map<string, Promise<unknown>>();

  run<T>(id: string, work: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(id) ?? Promise.resolve();
    const run = previous.catch(() => undefined).then(work);
    const tail = run.catch(() => undefined);
    this.queues.set(id, tail);
    void tail.then(() => {
      if (this.queues.get(id) === tail) this.queues.delete(id);
    });
    return run;
  }

  /** Resolves once every save queued so far has finished, however it ended. */
  async idle(): Promise<void> {
    await Promise.allSettled([...this.queues.values()]);
  }
}
