import { randomUUID } from 'node:crypto';
import { PRACTICE_KIND, practiceOutcomeSchema, practicePlanSchema, type Practice, type PracticeOutcome, type PracticePlanInput } from '../../../shared/domain/practice';
import { KeptRecords, type Keeping } from './kept-records';

/** Practice in failing on purpose: small deliberate risks, planned, then completed with what really happened. */
export class Practices {
  readonly records: KeptRecords<Practice>;

  constructor(private readonly keeping: Keeping) {
    this.records = new KeptRecords<Practice>(keeping, { kind: PRACTICE_KIND, noun: 'practice', titleOf: (practice) => practice.attempt.slice(0, 80) });
  }

  /** A new plan, or a change to the "before" of one (its outcome, if any, is kept). */
  async plan(input: PracticePlanInput): Promise<Practice> {
    const plan = practicePlanSchema.parse(input);
    const existing = plan.id ? this.records.getLive(plan.id) : undefined;
    const stamp = this.keeping.now().toISOString();
    const practice: Practice = {
      id: existing?.id ?? randomUUID(),
      date: plan.date,
      attempt: plan.attempt,
      fear: plan.fear,
      expected: plan.expected,
      outcome: existing?.outcome ?? null,
      createdAt: existing?.createdAt ?? stamp,
      updatedAt: stamp,
      deletedAt: null,
    };
    return this.records.put(practice, 'The practice was not saved; what you wrote is still in the form.');
  }

  async complete(id: string, input: PracticeOutcome): Promise<Practice> {
    const outcome = practiceOutcomeSchema.parse(input);
    const practice = this.records.getLive(id);
    return this.records.put({ ...practice, outcome, updatedAt: this.keeping.now().toISOString() }, 'The outcome was not saved; what you wrote is still in the form.');
  }

  /** Planned and not yet done, soonest first: these wait on the Small steps screen. */
  waiting(): Practice[] {
    return this.records
      .live()
      .filter((practice) => !practice.outcome)
      .sort((a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt));
  }

  /** Every practice outside the trash, by the day it was planned for. */
  all(): Practice[] {
    return this.records.live().sort((a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  }
}
