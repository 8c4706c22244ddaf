import { randomUUID } from 'node:crypto';
import { OWN_STEP_KIND, ownStepDraftSchema, type OwnStep } from '../../../shared/domain/own-step';
import type { NextStepStatus } from '../../../shared/domain/reflection';
import { KeptRecords, type Keeping } from './kept-records';

/** How many settled steps the "done" list shows, newest first. */
export const SETTLED_SHOWN = 100;

/** Small steps the person adds themselves, beside the ones their reflections end with. */
export class OwnSteps {
  readonly records: KeptRecords<OwnStep>;

  constructor(private readonly keeping: Keeping) {
    this.records = new KeptRecords<OwnStep>(keeping, { kind: OWN_STEP_KIND, noun: 'small step', titleOf: (step) => step.text.slice(0, 80) });
  }

  async add(input: { id?: string; text: string }): Promise<OwnStep> {
    const draft = ownStepDraftSchema.parse(input);
    const existing = draft.id ? this.records.getLive(draft.id) : undefined;
    const stamp = this.keeping.now().toISOString();
    const step: OwnStep = {
      id: existing?.id ?? randomUUID(),
      text: draft.text,
      status: existing?.status ?? 'open',
      settledAt: existing?.settledAt ?? null,
      createdAt: existing?.createdAt ?? stamp,
      updatedAt: stamp,
      deletedAt: null,
    };
    return this.records.put(step, 'The step was not saved; it is still in the box.');
  }

  /** Done, let go, or back to open ("not yet" keeps it open and says nothing about when). */
  async settle(id: string, status: NextStepStatus): Promise<OwnStep> {
    const step = this.records.getLive(id);
    const stamp = this.keeping.now().toISOString();
    const settled: OwnStep = { ...step, status, settledAt: status === 'open' ? null : stamp, updatedAt: stamp };
    return this.records.put(settled, 'The step is as it was.');
  }

  /** Open steps oldest first; settled ones newest first, so the one just finished is at the top of the done list. */
  lists(): { open: OwnStep[]; settled: OwnStep[] } {
    const live = this.records.live();
    return {
      open: live.filter((step) => step.status === 'open').sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id)),
      settled: live
        .filter((step) => step.status !== 'open')
        .sort((a, b) => (b.settledAt ?? '').localeCompare(a.settledAt ?? '') || a.id.localeCompare(b.id))
        .slice(0, SETTLED_SHOWN),
    };
  }
}
