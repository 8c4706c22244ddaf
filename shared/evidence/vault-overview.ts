import { WIN_KIND_IDS, type LifeArea, type Win, type WinKind } from '../domain/win';

/** How many wins of each kind one year holds. */
export interface WinYear {
  year: number;
  counts: Record<WinKind, number>;
  total: number;
}

export interface WinFilter {
  kind?: WinKind | undefined;
  area?: LifeArea | undefined;
  year?: number | undefined;
}

function emptyCounts(): Record<WinKind, number> {
  return Object.fromEntries(WIN_KIND_IDS.map((kind) => [kind, 0])) as Record<WinKind, number>;
}

/** Wins of each kind, year by year, oldest year first; the trash is left out. */
export function winsByYear(wins: Iterable<Win>): WinYear[] {
  const years = new Map<number, WinYear>();
  for (const win of wins) {
    if (win.deletedAt) continue;
    const year = Number(win.date.slice(0, 4));
    const slot = years.get(year) ?? { year, counts: emptyCounts(), total: 0 };
    slot.counts[win.kind] += 1;
    slot.total += 1;
    years.set(year, slot);
  }
  return [...years.values()].sort((a, b) => a.year - b.year);
}

export function matchesWinFilter(win: Win, filter: WinFilter): boolean {
  return (
    (filter.kind === undefined || win.kind === filter.kind) &&
    (filter.area === undefined || win.area === filter.area) &&
    (filter.year === undefined || Number(win.date.slice(0, 4)) === filter.year)
  );
}

/** Newest first, then the one recorded later, so a list keeps the same order between loads. */
export function byWinDateDesc(a: Win, b: Win): number {
  return b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt) || a.id.localeCompare(b.id);
}
