/**
 * Which entry was open, so unlocking comes back to it. Held in this window's
 * memory only, never on disk: an id on disk in plain would say an entry exists
 * and when it was read. Gone when the window closes.
 */
let open: string | null = null;
let carried: string | null = null;

/** The journal (or Reflect) now shows this entry, or none. */
export function noteOpenEntry(id: string | null): void {
  open = id;
}

/** The journal is locking: what was open waits for the next unlock. */
export function carryOpenEntryAcrossLock(): void {
  carried = open;
  open = null;
}

/** The entry to open again after an unlock, once; null when there is none. */
export function takeEntryAfterUnlock(): string | null {
  const id = carried;
  carried = null;
  return id;
}
