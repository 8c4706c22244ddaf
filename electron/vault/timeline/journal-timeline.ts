import { calendarDayOf } from '../../../shared/domain/calendar-day';
import type { Entry } from '../../../shared/domain/entry';
import type { OwnStep } from '../../../shared/domain/own-step';
import type { Practice } from '../../../shared/domain/practice';
import type { Win } from '../../../shared/domain/win';
import { TimelineIndex } from '../../../shared/timeline/timeline-index';
import type { KeptRecords } from '../evidence/kept-records';

interface Collections {
  wins: KeptRecords<Win>;
  steps: KeptRecords<OwnStep>;
  practices: KeptRecords<Practice>;
}

interface Built {
  entries: readonly Entry[];
  wins: Win[];
  steps: OwnStep[];
  practices: Practice[];
  index: TimelineIndex;
}

/** The same records in the same order: a save replaces a record's object, so identity is enough. */
function same<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * The timeline's index over the journal as it stands. It is built once and kept
 * until a record changes (checked by identity, which costs a pass of comparisons
 * and no allocation), so zooming and panning never rebuild it. It holds decrypted
 * titles, so the journal drops it on lock with everything else.
 */
export class JournalTimeline {
  private built: Built | null = null;

  constructor(
    private readonly collections: Collections,
    /** A small step carries the instant it was settled; this is the day that was on the person's own clock. */
    private readonly dayOf: (isoMoment: string) => string = (moment) => calendarDayOf(new Date(moment)),
  ) {}

  index(entries: readonly Entry[]): TimelineIndex {
    const wins = [...this.collections.wins.values()];
    const steps = [...this.collections.steps.values()];
    const practices = [...this.collections.practices.values()];
    const built = this.built;
    if (built && same(built.entries, entries) && same(built.wins, wins) && same(built.steps, steps) && same(built.practices, practices)) return built.index;
    const index = new TimelineIndex({ entries, wins, steps, practices, dayOf: this.dayOf });
    this.built = { entries, wins, steps, practices, index };
    return index;
  }

  forget(): void {
    this.built = null;
  }
}
