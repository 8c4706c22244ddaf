import { dayNumber } from './days';
import type { TimelineEntry } from './sources';

/** One of the person's own sentences, where it was written. */
export interface QuotedSentence {
  entryId: string;
  date: string;
  title: string;
  sentence: string;
}

/**
 * A sentence that read as "who I am" and a later one, about the same thing where a
 * tag says so, that read as "what I did": the person's own words showing a move.
 */
export interface MovedSentence {
  /** The tag both entries carry; null when the pair is only earlier and later in the span. */
  tag: string | null;
  before: QuotedSentence;
  after: QuotedSentence;
}

/** A yearly review quotes a few, not a list to wade through. */
export const MOVED_SENTENCES_SHOWN = 3;

type Keyed = { entry: TimelineEntry; day: number; shame: string | null; accountability: string | null };

function quote(keyed: Keyed, sentence: string): QuotedSentence {
  return { entryId: keyed.entry.id, date: keyed.entry.date, title: keyed.entry.title, sentence };
}

/** The first verdict and the last owned act after it among `run`, skipping entries already quoted. */
function pairIn(run: readonly Keyed[], used: ReadonlySet<string>): [Keyed, Keyed] | null {
  const first = run.find((k) => k.shame !== null && !used.has(k.entry.id));
  if (!first) return null;
  for (let i = run.length - 1; i >= 0; i--) {
    const later = run[i]!;
    if (later.day <= first.day) break;
    if (later.accountability !== null && !used.has(later.entry.id)) return [first, later];
  }
  return null;
}

/**
 * Up to three moves from "who I am" to "what I did" within [from, to], from the key
 * sentences kept with each entry's framing (corrections applied). Pairs that share
 * a tag come first, the longest stretch of time first; then, if fewer than three,
 * the earliest verdicts beside the latest owned acts (with a tag they share, if
 * any). No entry is quoted twice.
 */
export function movedSentences(entries: readonly TimelineEntry[], span: { from: string; to: string }): MovedSentence[] {
  const from = dayNumber(span.from);
  const to = dayNumber(span.to);
  const keyed: Keyed[] = [];
  for (const entry of entries) {
    const day = dayNumber(entry.date);
    const key = entry.framing?.key;
    if (entry.deletedAt || !key || day < from || day > to || (key.shame === null && key.accountability === null)) continue;
    keyed.push({ entry, day, shame: key.shame, accountability: key.accountability });
  }
  keyed.sort((a, b) => a.day - b.day || (a.entry.id < b.entry.id ? -1 : a.entry.id > b.entry.id ? 1 : 0));

  const byTag = new Map<string, Keyed[]>();
  for (const k of keyed) for (const tag of new Set(k.entry.tags)) byTag.set(tag, [...(byTag.get(tag) ?? []), k]);
  const candidates: { tag: string; pair: [Keyed, Keyed] }[] = [];
  for (const [tag, run] of byTag) {
    const pair = pairIn(run, new Set());
    if (pair) candidates.push({ tag, pair });
  }
  candidates.sort((a, b) => b.pair[1].day - b.pair[0].day - (a.pair[1].day - a.pair[0].day) || (a.tag < b.tag ? -1 : 1));

  const used = new Set<string>();
  const moved: MovedSentence[] = [];
  const take = (tag: string | null, [before, after]: [Keyed, Keyed]) => {
    used.add(before.entry.id).add(after.entry.id);
    moved.push({ tag, before: quote(before, before.shame!), after: quote(after, after.accountability!) });
  };
  for (const { tag, pair } of candidates) {
    if (moved.length === MOVED_SENTENCES_SHOWN) return moved;
    if (!used.has(pair[0].entry.id) && !used.has(pair[1].entry.id)) take(tag, pair);
  }
  while (moved.length < MOVED_SENTENCES_SHOWN) {
    const pair = pairIn(keyed, used);
    if (!pair) break;
    take(pair[0].entry.tags.find((tag) => pair[1].entry.tags.includes(tag)) ?? null, pair);
  }
  return moved;
}
