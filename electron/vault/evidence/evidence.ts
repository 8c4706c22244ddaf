import type { OWN_STEP_KIND } from '../../../shared/domain/own-step';
import type { PRACTICE_KIND } from '../../../shared/domain/practice';
import type { Win, WIN_KIND } from '../../../shared/domain/win';
import type { SearchIndex } from '../search-index';
import { JournalTimeline } from '../timeline/journal-timeline';
import { Periods } from '../timeline/periods';
import type { KeptCollection, Keeping } from './kept-records';
import { OwnSteps } from './own-steps';
import { Practices } from './practices';
import { WinVault } from './win-vault';

/** A thing the trash screen lists beside entries. */
export interface TrashedItem {
  kind: typeof WIN_KIND | typeof OWN_STEP_KIND | typeof PRACTICE_KIND;
  id: string;
  title: string;
  date: string | null;
  deletedAt: string;
}

/**
 * Everything the person keeps beside their entries: the wins vault, their own small
 * steps, and their practices in failing on purpose. One place the journal opens,
 * trashes, purges and forgets them through.
 */
export class Evidence {
  readonly wins: WinVault;
  readonly steps: OwnSteps;
  readonly practices: Practices;
  /** Named stretches of time on the timeline. */
  readonly periods: Periods;
  readonly timeline: JournalTimeline;

  constructor(keeping: Keeping, index: SearchIndex, entryExists: (id: string) => boolean, random?: () => number) {
    this.steps = new OwnSteps(keeping);
    this.practices = new Practices(keeping);
    this.periods = new Periods(keeping);
    this.wins = new WinVault(keeping, index, { entryExists, originExists: (origin) => this.originExists(origin, entryExists) }, random);
    this.timeline = new JournalTimeline({ wins: this.wins.records, steps: this.steps.records, practices: this.practices.records });
  }

  /** Every collection, for opening, the trash clock and locking. */
  collections(): KeptCollection[] {
    return [this.wins.records, this.steps.records, this.practices.records, this.periods.records];
  }

  collection(kind: string): KeptCollection | undefined {
    return this.collections().find((records) => records.kind === kind);
  }

  trashed(): TrashedItem[] {
    const items: TrashedItem[] = [];
    for (const win of this.wins.records.trashed()) items.push({ kind: 'win', id: win.id, title: win.title || win.story.slice(0, 80), date: win.date, deletedAt: win.deletedAt! });
    for (const step of this.steps.records.trashed()) items.push({ kind: 'step', id: step.id, title: step.text, date: null, deletedAt: step.deletedAt! });
    for (const practice of this.practices.records.trashed()) items.push({ kind: 'practice', id: practice.id, title: practice.attempt, date: practice.date, deletedAt: practice.deletedAt! });
    return items.sort((a, b) => b.deletedAt.localeCompare(a.deletedAt));
  }

  forget(): void {
    for (const records of this.collections()) records.clear();
    this.timeline.forget();
  }

  private originExists(origin: Win['origin'], entryExists: (id: string) => boolean): boolean {
    if (!origin) return true;
    if (origin.from === 'own-step') return this.steps.records.find(origin.id) !== undefined;
    if (origin.from === 'practice') return this.practices.records.find(origin.id) !== undefined;
    return entryExists(origin.id);
  }
}
