import { expect } from 'vitest';
import { Work } from '../../../electron/backup/work';
import type { WorkKind, WorkProgress, WorkStage } from '../../../shared/domain/work-progress';

export type Step = Omit<WorkProgress, 'operation'>;

/** Work whose every step is kept; with `cancelAt`, it is asked to stop at exactly that step. */
export function watched(kind: WorkKind, cancelAt?: { stage: WorkStage; done: number }): { work: Work; seen: Step[]; cancelAnswers: boolean[] } {
  const seen: Step[] = [];
  const cancelAnswers: boolean[] = [];
  const work: Work = new Work(kind, (step) => {
    seen.push(step);
    if (cancelAt && step.stage === cancelAt.stage && step.done === cancelAt.done && cancelAnswers.length === 0) cancelAnswers.push(work.cancel());
  });
  return { work, seen, cancelAnswers };
}

/**
 * The stages came in this order, each counted only upwards from 0 with one total,
 * and each ended at its total.
 */
export function expectStages(seen: readonly Step[], stages: readonly WorkStage[]): void {
  const order = seen.map((step) => step.stage).filter((stage, index, all) => index === 0 || all[index - 1] !== stage);
  expect(order).toEqual(stages);
  for (const stage of stages) {
    const steps = seen.filter((step) => step.stage === stage);
    expect(steps[0]!.done, `${stage} starts at 0`).toBe(0);
    expect(new Set(steps.map((step) => step.total)).size, `${stage} keeps one total`).toBe(1);
    for (let index = 1; index < steps.length; index++) expect(steps[index]!.done).toBeGreaterThanOrEqual(steps[index - 1]!.done);
    expect(steps.at(-1)!.done, `${stage} ends at its total`).toBe(steps.at(-1)!.total);
  }
  // Once it says it can no longer be stopped, it never says it can again.
  const committed = seen.findIndex((step) => !step.cancellable);
  if (committed >= 0) expect(seen.slice(committed).every((step) => !step.cancellable)).toBe(true);
}

/** A handful of steps spread over the run: the first and last of each stage and some between. */
export function cancelPoints(seen: readonly Step[], perStage = 4): { stage: WorkStage; done: number }[] {
  const points = new Map<string, { stage: WorkStage; done: number }>();
  for (const stage of new Set(seen.map((step) => step.stage))) {
    const steps = seen.filter((step) => step.stage === stage && step.cancellable);
    for (let index = 0; index < perStage && steps.length > 0; index++) {
      const step = steps[Math.round((index * (steps.length - 1)) / Math.max(1, perStage - 1))]!;
      points.set(`${stage}:${step.done}`, { stage, done: step.done });
    }
  }
  return [...points.values()];
}
