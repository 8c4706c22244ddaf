import type { LifeArea, Win } from '../domain/win';

/** How many sentences of each reading the entry being written has, as the editor shows it. */
export interface FramingCounts {
  shame: number;
  accountability: number;
  blame: number;
  neutral: number;
}

/** At least this many "who I am" sentences, and more of them than any other reading, before wins are offered. */
export const SURFACE_MIN_SHAME = 1;
export const SURFACE_COUNT = 3;

/**
 * "Mostly who I am": verdict sentences outnumber the sentences about what was done
 * and about other people together. Neutral sentences (what happened) do not count
 * against it, because an account of a bad day is mostly neutral.
 */
export function readsMostlyAsShame(counts: FramingCounts): boolean {
  return counts.shame >= SURFACE_MIN_SHAME && counts.shame > counts.accountability + counts.blame;
}

export interface SurfaceRequest {
  framing: FramingCounts;
  /** The entry's life area (from its tags), and its tags, to find wins near it first. */
  area: LifeArea | null;
  tags: readonly string[];
  wins: Iterable<Win>;
  /** Ids offered before, most recent last: those are offered again only when nothing else is left. */
  recentlyShown: readonly string[];
  count?: number;
}

/**
 * The person's own wins to put beside an entry that reads as a verdict on who they
 * are: never from the trash; same area first, then shared tags; among equals the one
 * shown longest ago (or never). A win offered last time is not offered again while
 * others exist. None when the entry does not read as shame, or there are no wins.
 */
export function winsToSurface({ framing, area, tags, wins, recentlyShown, count = SURFACE_COUNT }: SurfaceRequest): Win[] {
  if (!readsMostlyAsShame(framing) || count <= 0) return [];
  const wantedTags = new Set(tags.map((tag) => tag.toLowerCase()));
  const lastShown = new Map<string, number>();
  recentlyShown.forEach((id, position) => lastShown.set(id, position));
  const justShown = new Set(recentlyShown.slice(-count));
  // Only the best few are wanted, so they are kept in a short sorted list in one pass
  // instead of sorting every win: this runs while the person is writing.
  const best: Ranked[] = [];
  for (const win of wins) {
    if (win.deletedAt) continue;
    const candidate: Ranked = {
      win,
      again: justShown.has(win.id) ? 1 : 0,
      near: (area !== null && win.area === area ? 2 : 0) + (wantedTags.size > 0 && win.tags.some((tag) => wantedTags.has(tag.toLowerCase())) ? 1 : 0),
      shown: lastShown.get(win.id) ?? -1,
    };
    if (best.length === count && compareRanked(candidate, best[count - 1]!) >= 0) continue;
    let at = best.length;
    while (at > 0 && compareRanked(candidate, best[at - 1]!) < 0) at -= 1;
    best.splice(at, 0, candidate);
    if (best.length > count) best.pop();
  }
  return best.map((item) => item.win);
}

interface Ranked {
  win: Win;
  again: number;
  near: number;
  shown: number;
}

/** Not just shown first, then nearer, then shown longest ago, then the newer win; ids settle ties so the order is total. */
function compareRanked(a: Ranked, b: Ranked): number {
  return a.again - b.again || b.near - a.near || a.shown - b.shown || compareText(b.win.date, a.win.date) || compareText(a.win.id, b.win.id);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
