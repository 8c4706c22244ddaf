import { reflectionSchema, type ReflectionInput } from '../../../shared/domain/reflection';
import type { WinKind } from '../../../shared/domain/win';
import type { SentenceCounts, TimelineEntry, TimelinePractice, TimelineSources, TimelineStep, TimelineWin } from '../../../shared/timeline/sources';
import { TimelineIndex } from '../../../shared/timeline/timeline-index';

let serial = 0;
/** A UUID-shaped id, different each call, readable in a failure message. */
export function nextId(): string {
  serial += 1;
  return `00000000-0000-4000-8000-${String(serial).padStart(12, '0')}`;
}

/** A stored framing exactly as the analyzer would keep it for these sentence counts. */
export function framingOf(counts: Partial<SentenceCounts>): TimelineEntry['framing'] {
  const c = { shame: 0, accountability: 0, blame: 0, neutral: 0, ...counts };
  const n = c.shame + c.accountability + c.blame + c.neutral;
  if (n === 0) return null;
  const leaning = c.shame + c.accountability + c.blame;
  const ranked = (['shame', 'accountability', 'blame'] as const).filter((label) => c[label] > 0).sort((a, b) => c[b] - c[a]);
  return {
    label: ranked[0] ?? 'neutral',
    score: leaning ? (c.accountability - c.shame) / leaning : 0,
    shares: { shame: c.shame / n, accountability: c.accountability / n, blame: c.blame / n, neutral: c.neutral / n },
    sentences: n,
    corrected: false,
  };
}

export function entry(date: string, counts: Partial<SentenceCounts> | null, extra: Partial<TimelineEntry> & { reflectionInput?: ReflectionInput } = {}): TimelineEntry {
  const { reflectionInput, ...rest } = extra;
  return {
    id: nextId(),
    kind: reflectionInput ? 'reflection' : 'page',
    title: `Entry of ${date}`,
    date,
    tags: [],
    reflection: reflectionInput ? reflectionSchema.parse(reflectionInput) : null,
    framing: counts ? framingOf(counts) : null,
    deletedAt: null,
    ...rest,
  };
}

export function win(date: string, kind: WinKind = 'skill', extra: Partial<TimelineWin> = {}): TimelineWin {
  return { id: nextId(), date, kind, title: `Win of ${date}`, story: '', deletedAt: null, ...extra };
}

export function step(settledAt: string, extra: Partial<TimelineStep> = {}): TimelineStep {
  return { id: nextId(), text: 'Walk around the block', status: 'done', settledAt, deletedAt: null, ...extra };
}

export function practice(date: string, expected: number, actual: number | null, extra: Partial<TimelinePractice> = {}): TimelinePractice {
  return {
    id: nextId(),
    date,
    attempt: 'Ask a question in the meeting',
    expected,
    outcome: actual === null ? null : { date, happened: '', actual, learned: '' },
    deletedAt: null,
    ...extra,
  };
}

/** The day of a moment in UTC: what tests use where the main process would use the person's own clock. */
export const utcDay = (iso: string) => iso.slice(0, 10);

export function indexOf(parts: Partial<Omit<TimelineSources, 'dayOf'>> & { dayOf?: TimelineSources['dayOf'] }): TimelineIndex {
  return new TimelineIndex({ entries: [], wins: [], steps: [], practices: [], dayOf: utcDay, ...parts });
}
