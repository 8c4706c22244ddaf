import type { ApiResponse } from '../../../../shared/api/contract';
import { dayNumber } from '../../../../shared/timeline/days';

export type View = ApiResponse<'timeline.view'>;

/** Where entries that put it all on someone else sit: above the axis, a row of their own, never its middle. */
export const SOMEONE_ELSE_Y = 1.35;

/**
 * The chart's aligned columns. Each entry gets an x of its own inside its day (two
 * entries of one day stand side by side), and exactly one of the reading columns
 * holds its value; `ids[i]` is the entry at `x[i]`.
 */
export interface PointColumns {
  x: number[];
  whoIAm: (number | null)[];
  whatIDid: (number | null)[];
  even: (number | null)[];
  someoneElse: (number | null)[];
  average: (number | null)[];
  ids: string[];
  /** Where each entry's mark sits on the reading axis, whichever column holds it. */
  y: number[];
}

export function pointColumns(view: View): PointColumns {
  const columns: PointColumns = { x: [], whoIAm: [], whatIDid: [], even: [], someoneElse: [], average: [], ids: [], y: [] };
  const averageOn = new Map(view.average.map((a) => [a.date, a.mean]));
  const drawn = view.points.filter((point) => point.lean !== null || point.label === 'blame');
  const perDay = new Map<string, number>();
  for (const point of drawn) perDay.set(point.date, (perDay.get(point.date) ?? 0) + 1);
  const seen = new Map<string, number>();
  for (const point of drawn) {
    const k = seen.get(point.date) ?? 0;
    seen.set(point.date, k + 1);
    const n = perDay.get(point.date)!;
    columns.x.push(dayNumber(point.date) + (k + 1) / (n + 1));
    columns.ids.push(point.id);
    const lean = point.lean;
    const blameLed = point.label === 'blame';
    columns.someoneElse.push(blameLed ? SOMEONE_ELSE_Y : null);
    columns.whoIAm.push(!blameLed && lean !== null && lean < 0 ? lean : null);
    columns.whatIDid.push(!blameLed && lean !== null && lean > 0 ? lean : null);
    columns.even.push(!blameLed && lean === 0 ? 0 : null);
    columns.y.push(blameLed ? SOMEONE_ELSE_Y : (lean ?? 0));
    columns.average.push(k === 0 ? (averageOn.get(point.date) ?? null) : null);
  }
  return columns;
}

/**
 * The share band, bucket by bucket, as running totals from the bottom: "who I am",
 * then "someone else", then "what I did", then no verdict up to 1. Drawn tallest
 * first, each painted over the last, they stack.
 */
export interface ShareColumns {
  x: number[];
  upToNeutral: (number | null)[];
  upToAccountability: (number | null)[];
  upToBlame: (number | null)[];
  shame: (number | null)[];
}

export function shareColumns(view: View): ShareColumns {
  const columns: ShareColumns = { x: [], upToNeutral: [], upToAccountability: [], upToBlame: [], shame: [] };
  for (const bucket of view.buckets) {
    columns.x.push((dayNumber(bucket.start) + dayNumber(bucket.end) + 1) / 2);
    const s = bucket.shares;
    columns.shame.push(s ? s.shame : null);
    columns.upToBlame.push(s ? s.shame + s.blame : null);
    columns.upToAccountability.push(s ? s.shame + s.blame + s.accountability : null);
    columns.upToNeutral.push(s ? 1 : null);
  }
  return columns;
}

/** Words for a lean, for tables and labels. */
export function leanWords(lean: number | null, label: string | null): string {
  if (label === 'blame') return 'Someone else';
  if (lean === null) return label === null ? 'Not read yet' : 'No verdict either way';
  if (lean === 0) return 'Even between the two';
  const strength = Math.abs(lean) >= 0.75 ? 'Mostly' : 'Leans to';
  return `${strength} ${lean < 0 ? '“who I am”' : '“what I did”'}`;
}

/**
 * Moving from mark to mark with the keyboard: the next or previous entry, the
 * first or the last; null for a key that does not move. From nowhere, the first.
 */
export function stepPoint(current: number | null, key: string, count: number): number | null {
  if (count === 0) return null;
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  if (key !== 'ArrowRight' && key !== 'ArrowLeft') return null;
  if (current === null) return 0;
  return Math.min(count - 1, Math.max(0, current + (key === 'ArrowRight' ? 1 : -1)));
}

/** What hovering or focusing an entry's mark says: its title, day, reading and the sentence that decided it. */
export function pointWords(point: View['points'][number], dayText: string): string {
  const sentence = point.keySentence ? ` “${point.keySentence}”` : '';
  return `${point.title || 'Untitled'}, ${dayText}: ${leanWords(point.lean, point.label)}.${sentence}`;
}

export function percent(share: number | null | undefined): string {
  return share === null || share === undefined ? '—' : `${Math.round(share * 100)}%`;
}

const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** Where the time axis is labelled, and with what: years, months or days, by how much is on screen. */
export function axisTicks(from: string, to: string): { at: number; label: string }[] {
  const start = dayNumber(from);
  const end = dayNumber(to);
  const days = end - start + 1;
  const ticks: { at: number; label: string }[] = [];
  const firstYear = Number(from.slice(0, 4));
  const lastYear = Number(to.slice(0, 4));
  if (days > 400) {
    for (let year = firstYear; year <= lastYear; year++) ticks.push({ at: dayNumber(`${year}-01-01`) + 0.5, label: String(year) });
    return ticks;
  }
  if (days > 45) {
    for (let year = firstYear; year <= lastYear; year++) {
      for (let month = 1; month <= 12; month++) {
        const first = `${year}-${String(month).padStart(2, '0')}-01`;
        const at = dayNumber(first);
        if (at >= start && at <= end) ticks.push({ at: at + 0.5, label: SHORT_MONTHS[month - 1]! });
      }
    }
    return ticks;
  }
  const every = days > 10 ? 7 : 1;
  for (let day = start; day <= end; day += every) {
    const weekday = WEEKDAYS[(((day + 3) % 7) + 7) % 7]!;
    const date = new Date(day * 86_400_000).toISOString();
    ticks.push({ at: day + 0.5, label: every === 1 ? `${weekday} ${Number(date.slice(8, 10))}` : `${Number(date.slice(8, 10))} ${SHORT_MONTHS[Number(date.slice(5, 7)) - 1]}` });
  }
  return ticks;
}
