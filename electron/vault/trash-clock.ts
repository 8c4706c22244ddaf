import { TRASH_DAYS } from '../../shared/domain/entry';

/** Anything the person writes that goes to the trash first: entries, wins, small steps, practices. */
export interface Trashable {
  id: string;
  deletedAt: string | null;
}

const DAY_MS = 86_400_000;

/**
 * When the person moved each entry to the trash in this journal, as the sealed
 * manifest records it: the only clock automatic purging goes by, never a date a
 * record itself carries (which may come from another copy or a last good copy).
 */
export class TrashClock {
  private readonly trashedHere = new Map<string, string>();
  /** Entries opened from a last good copy, an older file or with a problem: shown, never purged automatically. */
  private readonly untrusted = new Set<string>();

  started(id: string, at: string): void {
    this.trashedHere.set(id, at);
  }

  stopped(id: string): void {
    this.trashedHere.delete(id);
  }

  distrust(id: string): void {
    this.untrusted.add(id);
  }

  trust(id: string): void {
    this.untrusted.delete(id);
  }

  /**
   * Entries in the trash with no clock yet (merged from a backup, restored, or
   * trashed by a version that kept none) start theirs now, when this journal first
   * sees them there. Returns those, for the caller to record.
   */
  startMissing<T extends Trashable>(entries: Iterable<T>, now: Date): T[] {
    const stamp = now.toISOString();
    const started: T[] = [];
    for (const entry of entries) {
      if (!entry.deletedAt || this.trashedHere.has(entry.id)) continue;
      this.trashedHere.set(entry.id, stamp);
      started.push(entry);
    }
    return started;
  }

  when(id: string): string | undefined {
    return this.trashedHere.get(id);
  }

  /** What has waited its 30 days in the person's own trash, and opened cleanly. */
  expired<T extends Trashable>(entries: Iterable<T>, now: Date): T[] {
    const cutoff = now.getTime() - TRASH_DAYS * DAY_MS;
    const due: T[] = [];
    for (const entry of entries) {
      const trashed = this.trashedHere.get(entry.id);
      if (entry.deletedAt && trashed && !this.untrusted.has(entry.id) && Date.parse(trashed) < cutoff) due.push(entry);
    }
    return due;
  }
}
