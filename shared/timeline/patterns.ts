import { dayNumber } from './days';
import { monthSpanText, percent, rootCausePhrase } from './pattern-words';
import type { RootCauseMark, TimelinePoint } from './sources';
import type { TimelineIndex } from './timeline-index';

/** A record a pattern is drawn from, with what a list of them shows: its day and its title (a practice's, what was tried). */
export interface PatternSource {
  kind: 'entry' | 'win' | 'practice';
  id: string;
  date: string;
  title: string;
}

/** A plain sentence read from the person's own records, with the numbers behind it and the records it comes from. */
export interface Pattern {
  /** Stable for the same finding, e.g. "tag-shift:work" or "root-cause:2026". */
  id: string;
  text: string;
  numbers: Record<string, number>;
  sources: PatternSource[];
  /** The least data this kind of pattern is ever drawn from, in words. */
  minimum: string;
}

/**
 * The least data each pattern needs before it is said at all. Anything less and a
 * sentence would claim more than the writing shows.
 */
export const PATTERN_MINIMUMS = {
  tagShift: { entries: 6, text: 'At least 6 entries with the tag whose sentences lean one way or the other, at least two thirds of those sentences in the earlier half one reading and two thirds in the later half the other.' },
  rootCause: { reflections: 5, text: 'At least 5 reflections in the year that name a root cause, one of them named in more than half.' },
  winMonths: { months: 3, difference: 0.05, text: 'At least 3 months with wins and 3 months without, each with sentences read, differing by 5 percentage points or more.' },
  practiceGap: { practices: 3, text: 'At least 3 practices with an outcome recorded.' },
} as const;

const entrySources = (points: Iterable<TimelinePoint>): PatternSource[] => [...points].map((point) => ({ kind: 'entry', id: point.id, date: point.date, title: point.title }));

/** Every pattern there is enough data for, over the entries and marks dated within [from, to]. */
export function findPatterns(index: TimelineIndex, span: { from: string; to: string }): Pattern[] {
  const from = dayNumber(span.from);
  const to = dayNumber(span.to);
  if (to < from) return [];
  const points = index.points.between(from, to);
  const byId = new Map(points.map((point) => [point.id, point]));
  return [...tagShifts(points), ...rootCauseYears(index.lanes.rootCauses.between(from, to), byId), ...winMonths(index, points, from, to), ...practiceGap(index, from, to)];
}

/** Shame and accountability sentences of a run of entries: which reading most of them lean to, if any. */
function mostly(points: readonly TimelinePoint[]): { reading: 'who-i-am' | 'what-i-did' | null; share: number } {
  let shame = 0;
  let accountability = 0;
  for (const point of points) {
    shame += point.sentences.shame;
    accountability += point.sentences.accountability;
  }
  const total = shame + accountability;
  const most = Math.max(shame, accountability);
  // "Mostly" means at least two thirds: a bare majority of a few sentences says little.
  if (total === 0 || most * 3 < total * 2) return { reading: null, share: 0 };
  return shame > accountability ? { reading: 'who-i-am', share: shame / total } : { reading: 'what-i-did', share: accountability / total };
}

const READING_WORDS = { 'who-i-am': '"who I am"', 'what-i-did': '"what I did"' } as const;

function tagShifts(points: readonly TimelinePoint[]): Pattern[] {
  const byTag = new Map<string, { name: string; points: TimelinePoint[] }>();
  for (const point of points) {
    if (point.lean === null) continue;
    for (const tag of point.tags) {
      const key = tag.toLowerCase();
      const group = byTag.get(key) ?? { name: tag, points: [] };
      group.points.push(point);
      byTag.set(key, group);
    }
  }
  const patterns: Pattern[] = [];
  for (const [key, group] of byTag) {
    const n = group.points.length;
    if (n < PATTERN_MINIMUMS.tagShift.entries) continue;
    const half = Math.floor(n / 2);
    const earlier = group.points.slice(0, half);
    const later = group.points.slice(half);
    const before = mostly(earlier);
    const after = mostly(later);
    if (!before.reading || !after.reading || before.reading === after.reading) continue;
    patterns.push({
      id: `tag-shift:${key}`,
      text: `Your entries tagged ${group.name} moved from mostly ${READING_WORDS[before.reading]} (${monthSpanText(earlier[0]!.date, earlier[half - 1]!.date)}) to mostly ${READING_WORDS[after.reading]} (${monthSpanText(later[0]!.date, later[later.length - 1]!.date)}), ${n} entries.`,
      numbers: { entries: n, earlierEntries: earlier.length, laterEntries: later.length, earlierShare: before.share, laterShare: after.share },
      sources: entrySources(group.points),
      minimum: PATTERN_MINIMUMS.tagShift.text,
    });
  }
  return patterns;
}

function rootCauseYears(marks: readonly RootCauseMark[], entries: ReadonlyMap<string, TimelinePoint>): Pattern[] {
  const byYear = new Map<string, RootCauseMark[]>();
  for (const mark of marks) byYear.set(mark.date.slice(0, 4), [...(byYear.get(mark.date.slice(0, 4)) ?? []), mark]);
  const patterns: Pattern[] = [];
  for (const [year, yearMarks] of byYear) {
    const total = yearMarks.length;
    if (total < PATTERN_MINIMUMS.rootCause.reflections) continue;
    const majority = majorityOf(yearMarks, (mark) => `${mark.kind}/${mark.tactic ?? ''}`) ?? majorityOf(yearMarks, (mark) => `${mark.kind}/`);
    if (!majority) continue;
    const [kind, tactic] = majority.key.split('/') as [RootCauseMark['kind'], string];
    patterns.push({
      id: `root-cause:${year}`,
      text: `Most of the failures you reflected on in ${year} you traced to ${rootCausePhrase(kind, tactic || null)} (${majority.items.length} of ${total}).`,
      numbers: { year: Number(year), matching: majority.items.length, reflections: total },
      sources: entrySources(majority.items.map((mark) => entries.get(mark.entryId)!)),
      minimum: PATTERN_MINIMUMS.rootCause.text,
    });
  }
  return patterns;
}

function majorityOf<T>(items: readonly T[], keyOf: (item: T) => string): { key: string; items: T[] } | null {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(keyOf(item), [...(groups.get(keyOf(item)) ?? []), item]);
  for (const [key, group] of groups) if (group.length * 2 > items.length) return { key, items: group };
  return null;
}

function winMonths(index: TimelineIndex, points: readonly TimelinePoint[], from: number, to: number): Pattern[] {
  const monthsWithWins = new Set(index.lanes.wins.between(from, to).map((win) => win.date.slice(0, 7)));
  const groups = { with: { months: new Set<string>(), shame: 0, sentences: 0, points: [] as TimelinePoint[] }, without: { months: new Set<string>(), shame: 0, sentences: 0, points: [] as TimelinePoint[] } };
  for (const point of points) {
    const total = point.sentences.shame + point.sentences.accountability + point.sentences.blame + point.sentences.neutral;
    if (total === 0) continue;
    const month = point.date.slice(0, 7);
    const group = monthsWithWins.has(month) ? groups.with : groups.without;
    group.months.add(month);
    group.shame += point.sentences.shame;
    group.sentences += total;
    group.points.push(point);
  }
  const rule = PATTERN_MINIMUMS.winMonths;
  if (groups.with.months.size < rule.months || groups.without.months.size < rule.months) return [];
  const withShare = groups.with.shame / groups.with.sentences;
  const withoutShare = groups.without.shame / groups.without.sentences;
  if (Math.abs(withShare - withoutShare) < rule.difference) return [];
  const fewer = withShare < withoutShare ? 'fewer' : 'more';
  return [
    {
      id: 'win-months',
      text: `In the months you recorded wins, ${fewer} of your sentences read as a verdict on who you are: ${percent(withShare)} against ${percent(withoutShare)} in the other months (${groups.with.months.size} months with wins, ${groups.without.months.size} without).`,
      numbers: { monthsWithWins: groups.with.months.size, monthsWithout: groups.without.months.size, shareWithWins: withShare, shareWithout: withoutShare },
      sources: entrySources([...groups.with.points, ...groups.without.points]),
      minimum: rule.text,
    },
  ];
}

function practiceGap(index: TimelineIndex, from: number, to: number): Pattern[] {
  const done = index.lanes.practices.between(from, to).filter((practice) => practice.actual !== null);
  if (done.length < PATTERN_MINIMUMS.practiceGap.practices) return [];
  const gaps = done.map((practice) => practice.expected - practice.actual!);
  const kinder = gaps.filter((gap) => gap > 0).length;
  const mean = gaps.reduce((sum, gap) => sum + gap, 0) / gaps.length;
  const rounded = Math.round(Math.abs(mean) * 10) / 10;
  const how = rounded === 0 ? 'about as bad as you expected' : `${rounded} points ${mean > 0 ? 'less bad' : 'worse'} than you expected, on the 0 to 10 scale`;
  return [
    {
      id: 'practice-gap',
      text: `In ${kinder} of the ${done.length} practices you recorded, it went less badly than you expected; on average it came out ${how}.`,
      numbers: { practices: done.length, kinder, meanGap: mean },
      sources: done.map((practice) => ({ kind: 'practice', id: practice.id, date: practice.date, title: practice.attempt })),
      minimum: PATTERN_MINIMUMS.practiceGap.text,
    },
  ];
}
