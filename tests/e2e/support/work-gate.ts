import type { WorkProgress } from '../../../shared/domain/work-progress';

interface Hold {
  kind: WorkProgress['kind'];
  stage: WorkProgress['stage'];
  done: number;
  reached: (progress: WorkProgress) => void;
  released: boolean;
}

/** How often held work looks whether the window has asked it to stop. */
const LOOK_MS = 20;

/**
 * The browser tests' pacing of long work: the services await `pace` at every step,
 * and a hold keeps the work at the chosen step until the window cancels it (the
 * work then stops there) or the test calls `release`, so the window can be looked
 * at and cancelled mid-way without racing the work.
 */
export class WorkGate {
  private hold: Hold | null = null;

  /** The next work of this kind waits once it reaches `done` in `stage`; resolves with that step. */
  holdAt(kind: WorkProgress['kind'], stage: WorkProgress['stage'], done: number): Promise<WorkProgress> {
    return new Promise((reached) => {
      this.hold = { kind, stage, done, reached, released: false };
    });
  }

  /** Lets held work go on (and any later step pass). */
  release(): void {
    if (this.hold) this.hold.released = true;
    this.hold = null;
  }

  readonly pace = async (progress: WorkProgress, cancelRequested: () => boolean): Promise<void> => {
    const hold = this.hold;
    if (!hold || hold.kind !== progress.kind || hold.stage !== progress.stage || progress.done < hold.done) return;
    hold.reached(progress);
    while (!hold.released && !cancelRequested()) await new Promise((resolve) => setTimeout(resolve, LOOK_MS));
    if (this.hold === hold) this.hold = null;
  };
}
