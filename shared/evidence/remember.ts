import type { Win } from '../domain/win';

/** A win counts as "older" once it is at least this many days behind today. */
export const REMEMBER_AFTER_DAYS = 14;

const DAY_MS = 86_400_000;

/**
 * The win a "Remember when…" card brings back: one outside the trash, from before
 * the last couple of weeks when there is one (a newer one otherwise), never the one
 * the card showed just before while another exists. `random` is a number in [0, 1).
 */
export function winToRemember(wins: Iterable<Win>, options: { today: string; previous: string | null; random: number }): Win | null {
  const live = [...wins].filter((win) => !win.deletedAt);
  if (live.length === 0) return null;
  const cutoff = Date.parse(`${options.today}T00:00:00Z`) - REMEMBER_AFTER_DAYS * DAY_MS;
  const notJustShown = (win: Win) => win.id !== options.previous;
  const older = live.filter((win) => Date.parse(`${win.date}T00:00:00Z`) <= cutoff);
  // Older first; "a different one each time" wins over "older" when only one older win exists.
  const fresh = [older.filter(notJustShown), live.filter(notJustShown), live].find((pool) => pool.length > 0)!;
  // A stable order first, so the same random number always picks the same win.
  fresh.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  const index = Math.min(fresh.length - 1, Math.floor(Math.max(0, options.random) * fresh.length));
  return fresh[index] ?? null;
}
