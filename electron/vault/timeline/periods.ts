import { randomUUID } from 'node:crypto';
import { PERIOD_KIND, periodDraftSchema, type Period } from '../../../shared/domain/period';
import { KeptRecords, type Keeping } from '../evidence/kept-records';

/** Stretches of time the person named, sealed like every other record. */
export class Periods {
  readonly records: KeptRecords<Period>;

  constructor(private readonly keeping: Keeping) {
    this.records = new KeptRecords<Period>(keeping, { kind: PERIOD_KIND, noun: 'period', titleOf: (period) => period.name.slice(0, 80) });
  }

  /** A new period, or a new name or span for one. */
  async save(input: unknown): Promise<Period> {
    const draft = periodDraftSchema.parse(input);
    const existing = draft.id ? this.records.getLive(draft.id) : undefined;
    const stamp = this.keeping.now().toISOString();
    const period: Period = {
      id: existing?.id ?? randomUUID(),
      name: draft.name,
      from: draft.from,
      to: draft.to,
      createdAt: existing?.createdAt ?? stamp,
      updatedAt: stamp,
      deletedAt: null,
    };
    return this.records.put(period, 'The period was not saved; its name and days are still in the form.');
  }

  /**
   * Gone for good: a period is only a name over days, and nothing the person wrote
   * goes with it. It passes through the trash so a crash midway leaves it there, on
   * the trash clock, rather than half removed.
   */
  async delete(id: string): Promise<void> {
    await this.records.trash(id);
    await this.records.purge(id);
  }

  /** Every period outside the trash, earliest first. */
  all(): Period[] {
    return this.records.live().sort((a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to) || a.id.localeCompare(b.id));
  }
}
