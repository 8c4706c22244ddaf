import type { WorkKind, WorkProgress, WorkStage, WorkUnit } from '../../shared/domain/work-progress';
import { VaultError } from '../vault/errors';

/** What a cancelled piece of work says, once everything is as it was before it started. */
export const CANCELLED_WORDS: Record<WorkKind, string> = {
  unlock: 'Stopped opening the journal.',
  export: 'Stopped. No backup was saved, and no part of one was left behind.',
  verify: 'Stopped checking. The backup file is unchanged.',
  testRestore: 'Stopped. The test copy was removed; nothing of yours was changed.',
  restore: 'Stopped. Nothing was restored, and no part of it was left behind.',
  previewMerge: 'Stopped. Nothing was merged.',
  merge: 'Stopped before anything was merged. Your journal is unchanged.',
  import: 'Stopped. Nothing was imported: any entries it had added were taken out again.',
};

/**
 * Work gives the event loop a turn at least this often, so a request to cancel (or
 * anything else the window asks) is answered while it runs.
 */
const SLICE_MS = 12;

export type ProgressListener = (progress: Omit<WorkProgress, 'operation'>) => void;

/**
 * One piece of long work as the service doing it sees it: it says how far it has
 * got, and at each step learns whether it was asked to stop. Services take one
 * optionally; `quietWork` is what runs when nobody is watching.
 */
export class Work {
  private cancelAsked = false;
  private committed = false;
  private lastYield = Date.now();
  private last: Omit<WorkProgress, 'operation'> | null = null;

  constructor(
    readonly kind: WorkKind,
    private readonly listener: ProgressListener = () => undefined,
    /** Test-only pacing, awaited at every step (see WorkRegistry); never set by the app. */
    private readonly pace?: (progress: Omit<WorkProgress, 'operation'>, cancelRequested: () => boolean) => Promise<void>,
  ) {}

  get cancellable(): boolean {
    return !this.committed;
  }

  get cancelRequested(): boolean {
    return this.cancelAsked;
  }

  /** True when the work will stop at its next step; false when it is past its point of no return. */
  cancel(): boolean {
    if (this.committed) return false;
    this.cancelAsked = true;
    return true;
  }

  /**
   * `done` of `total` in this stage. Resolves when the work may go on; rejects with
   * CANCELLED when it was asked to stop and still can. Gives the event loop a turn
   * now and then, so long loops never hold the main process.
   */
  async step(stage: WorkStage, unit: WorkUnit, done: number, total: number): Promise<void> {
    await this.report(stage, unit, done, total);
    this.throwIfCancelled();
  }

  /** Says how far it has got without stopping: for putting things back after a cancel. */
  async report(stage: WorkStage, unit: WorkUnit, done: number, total: number): Promise<void> {
    const progress = { kind: this.kind, stage, unit, done, total, cancellable: !this.committed };
    this.last = progress;
    this.listener(progress);
    if (this.pace) await this.pace(progress, () => this.cancelAsked);
    if (Date.now() - this.lastYield >= SLICE_MS) {
      await new Promise((resolve) => setImmediate(resolve));
      this.lastYield = Date.now();
    }
  }

  throwIfCancelled(): void {
    if (this.cancelAsked && !this.committed) throw new VaultError('CANCELLED', CANCELLED_WORDS[this.kind]);
  }

  /**
   * From here on stopping would leave things changed, so a cancel is refused and
   * the work finishes. Throws CANCELLED if a cancel arrived before this point.
   */
  commit(): void {
    this.throwIfCancelled();
    this.committed = true;
    if (this.last) {
      this.last = { ...this.last, cancellable: false };
      this.listener(this.last);
    }
  }
}

/** Work nobody watches or cancels (automatic backups, --json on the command line): it still yields as it goes. */
export function quietWork(kind: WorkKind): Work {
  return new Work(kind);
}

export function isCancelled(error: unknown): boolean {
  return error instanceof VaultError && error.code === 'CANCELLED';
}
