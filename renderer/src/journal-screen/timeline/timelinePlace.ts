import type { Place } from './zoom';

/**
 * Where the person was on the timeline, kept while the app runs (never stored):
 * opening an entry from the timeline and coming back finds the same place, and
 * "See the big picture" from an entry opens the timeline on that entry's year.
 */
let place: Place | null = null;
/** The entry last opened from the timeline: its page offers the way back. */
let openedFrom: string | null = null;

export function lastPlace(): Place | null {
  return place;
}

export function keepPlace(next: Place): void {
  place = next;
}

/** The timeline opens on this day, zoomed out to its year. */
export function centreTimelineOn(date: string): void {
  place = { zoom: 'year', centre: date };
}

export function noteOpenedFromTimeline(entryId: string | null): void {
  openedFrom = entryId;
}

export function openedFromTimeline(entryId: string | undefined): boolean {
  return entryId !== undefined && entryId === openedFrom;
}

/** The entry last opened from a mark on the chart: coming back, the chart stands on it again. */
let returnPoint: string | null = null;

export function notePointOpened(entryId: string): void {
  returnPoint = entryId;
}

export function returnPointNow(): string | null {
  return returnPoint;
}

/** Used once: the way back stands on it, and the next visit starts afresh. */
export function forgetReturnPoint(): void {
  returnPoint = null;
}
