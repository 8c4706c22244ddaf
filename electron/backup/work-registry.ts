import type { CancelState, WorkKind, WorkProgress } from '../../shared/domain/work-progress';
import { VaultError } from '../vault/errors';
import { quietWork, Work } from './work';

/**
 * Awaited at every step of watched work. Only tests pass one (through the
 * composition root), to hold work at a known step while they look at the window;
 * nothing in the app or its window can set it.
 */
export type WorkPacingForTests = (progress: WorkProgress, cancelRequested: () => boolean) => Promise<void>;

/** Steps per stage the window is told about: enough for a smooth bar, few enough to cost nothing. */
const REPORTED_STEPS = 200;

/** Passes the first and last step of a stage, any change of stage or cancellability, and each 1/200th between. */
export class ProgressThrottle {
  private last: WorkProgress | null = null;

  passes(next: WorkProgress): boolean {
    const last = this.last;
    const changed =
      !last ||
      last.stage !== next.stage ||
      last.total !== next.total ||
      last.cancellable !== next.cancellable ||
      next.done === next.total ||
      bucket(last) !== bucket(next);
    if (changed) this.last = next;
    return changed;
  }
}

function bucket(progress: WorkProgress): number {
  return progress.total === 0 ? 0 : Math.floor((progress.done * REPORTED_STEPS) / progress.total);
}

/**
 * Long work the window started under its own operation id: its progress goes out
 * to whoever listens (the window, as the `progress` event), and the window can ask
 * it to stop with `work.cancel`.
 */
export class WorkRegistry {
  private readonly running = new Map<string, Work>();
  private readonly listeners = new Set<(progress: WorkProgress) => void>();

  constructor(private readonly pacingForTests?: WorkPacingForTests) {}

  /** Runs `task` as the operation `operation`; without an id it runs unwatched. */
  async run<T>(kind: WorkKind, operation: string | undefined, task: (work: Work) => Promise<T>): Promise<T> {
    if (operation === undefined) return task(quietWork(kind));
    if (this.running.has(operation)) throw new VaultError('BUSY', 'That work is already under way.');
    const throttle = new ProgressThrottle();
    const pace = this.pacingForTests;
    const work = new Work(
      kind,
      (progress) => {
        const said = { operation, ...progress };
        if (throttle.passes(said)) this.emit(said);
      },
      pace ? (progress, cancelRequested) => pace({ operation, ...progress }, cancelRequested) : undefined,
    );
    this.running.set(operation, work);
    try {
      return await task(work);
    } finally {
      this.running.delete(operation);
    }
  }

  /**
   * Follows work that only says how far it has got when asked (the journal's
   * background opening after an unlock): `poll` is asked every `everyMs` until it
   * answers null, and each answer goes out as progress that cannot be cancelled.
   * Ends with a last step at its total; `stop` ends it early (a lock).
   */
  follow(kind: WorkKind, operation: string, poll: () => { done: number; total: number } | null, everyMs = 100): { stop: () => void; finished: Promise<void> } {
    const throttle = new ProgressThrottle();
    let last: WorkProgress | null = null;
    let timer: ReturnType<typeof setInterval> | null = null;
    let settle!: () => void;
    const finished = new Promise<void>((resolve) => (settle = resolve));
    const stop = () => {
      if (timer) clearInterval(timer);
      timer = null;
      settle();
    };
    const look = () => {
      let now: { done: number; total: number } | null;
      try {
        now = poll();
      } catch {
        now = null;
      }
      if (!now) {
        if (last && last.done !== last.total) this.emit({ ...last, done: last.total });
        stop();
        return;
      }
      const next: WorkProgress = { operation, kind, stage: 'opening', unit: 'entries', done: Math.min(now.done, now.total), total: now.total, cancellable: false };
      last = next;
      if (throttle.passes(next)) this.emit(next);
    };
    timer = setInterval(look, everyMs);
    look();
    return { stop, finished };
  }

  cancel(operation: string): CancelState {
    const work = this.running.get(operation);
    if (!work) return 'not-running';
    return work.cancel() ? 'cancelling' : 'too-late';
  }

  onProgress(listener: (progress: WorkProgress) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(progress: WorkProgress): void {
    for (const listener of this.listeners) {
      try {
        listener(progress);
      } catch {
        // A listener that fails (a window closing) must not stop the work.
      }
    }
  }
}
