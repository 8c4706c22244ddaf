import type { WorkProgress } from '../../../shared/domain/work-progress';

interface Hold {
  kind: WorkProgress['kind'];
  stage: WorkProgress['stage'];
  done: number;
  reached: (progress: WorkProgress) => void;
  release: Promise<void>;
  let: () => void;
}

/**
 * The browser tests' pacing of long work: the services await `pace` at every step,
 * and a held gate keeps the work at the chosen step until `release`, so the window
 * can be looked at (and cancelled) mid-way without sleeping or racing.
 */
export class WorkGate {
  private hold: Hold | null = null;

  /** The next work of this kind waits once it reaches `done` in `stage`; resolves with that step. */
  holdAt(kind: WorkProgress['kind'], stage: WorkProgress['stage'], done: number): Promise<WorkProgress> {
    return new Promise((reached) => {
      let release!: () => void;
      const released = new Promise<void>((resolve) => (release = resolve));
      this.hold = { kind, stage, done, reached, release: released, let: release };
    });
  }

  /** Lets held work go on (and any later step pass). */
  release(): void {
    const hold = this.hold;
    this.hold = null;
    hold?.let();
  }

  readonly pace = async (progress: WorkProgress): Promise<void> => {
    const hold = this.hold;
    if (!hold || hold.kind !== progress.kind || hold.stage !== progress.stage || progress.done < hold.done) return;
    hold.reached(progress);
    await hold.release;
  };
}
