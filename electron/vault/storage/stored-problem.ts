import type { StoredProblem } from './manifest';
import type { DamagedRecord } from './record-store';

/** A problem found at open, as the manifest keeps it until the person dismisses it. */
export function storedProblem(damage: DamagedRecord): StoredProblem {
  const problem: StoredProblem = {
    id: damage.id,
    reason: damage.reason,
    recoveredFromPrevious: damage.recoveredFromPrevious ?? false,
    problem: damage.problem,
    foundAt: damage.foundAt ?? new Date().toISOString(),
  };
  if (damage.kind !== undefined) problem.kind = damage.kind;
  if (damage.title !== undefined) problem.title = damage.title;
  return problem;
}
