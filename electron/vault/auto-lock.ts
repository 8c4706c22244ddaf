import type { LockReason } from '../../shared/api/contract';

export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const realTimers: Timers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

/**
 * Locks the journal after the person has been away for their chosen time.
 * Activity is anything the window asks of the main process, plus the throttled
 * pings the window sends while someone types or clicks.
 */
export class AutoLock {
  private handle: unknown = null;
  private minutes = 0;
  private armed = false;

  constructor(
    private readonly lock: (reason: LockReason) => void,
    private readonly timers: Timers = realTimers,
  ) {}

  /** Starts counting after an unlock, with the journal's setting (0 = never). */
  start(minutes: number): void {
    this.armed = true;
    this.minutes = minutes;
    this.touch();
  }

  setMinutes(minutes: number): void {
    this.minutes = minutes;
    if (this.armed) this.touch();
  }

  touch(): void {
    if (!this.armed) return;
    if (this.handle !== null) this.timers.clearTimeout(this.handle);
    this.handle = null;
    if (this.minutes > 0) {
      this.handle = this.timers.setTimeout(() => {
        this.stop();
        this.lock('idle');
      }, this.minutes * 60_000);
    }
  }

  stop(): void {
    this.armed = false;
    if (this.handle !== null) this.timers.clearTimeout(this.handle);
    this.handle = null;
  }
}
