import type { Entry } from '../domain/entry';
import type { OwnStep } from '../domain/own-step';
import type { Practice } from '../domain/practice';
import type { Holding, RootCause } from '../domain/reflection';
import type { Win, WinKind } from '../domain/win';
import type { FramingLabel } from '../framing/types';

/** What the timeline reads of an entry. Its framing already carries the person's corrections (see shared/framing/corrections.ts). */
export type TimelineEntry = Pick<Entry, 'id' | 'kind' | 'title' | 'date' | 'tags' | 'reflection' | 'framing' | 'deletedAt'>;
export type TimelineWin = Pick<Win, 'id' | 'date' | 'kind' | 'title' | 'story' | 'deletedAt'>;
export type TimelineStep = Pick<OwnStep, 'id' | 'text' | 'status' | 'settledAt' | 'deletedAt'>;
export type TimelinePractice = Pick<Practice, 'id' | 'date' | 'attempt' | 'expected' | 'outcome' | 'deletedAt'>;

export interface TimelineSources {
  entries: readonly TimelineEntry[];
  wins: readonly TimelineWin[];
  steps: readonly TimelineStep[];
  practices: readonly TimelinePractice[];
  /**
   * The writer's calendar day for a moment. Entries, wins and practices carry the day
   * the person chose; a small step only the instant it was settled, which becomes the
   * day it was on the person's own clock (the main process passes calendarDayOf).
   */
  dayOf: (isoMoment: string) => string;
}

export type SentenceCounts = Record<FramingLabel, number>;

/** One entry on the "who I am ↔ what I did" axis. */
export interface TimelinePoint {
  id: string;
  date: string;
  kind: Entry['kind'];
  title: string;
  tags: string[];
  /**
   * −1 every leaning sentence reads as "who I am", +1 every one as "what I did"; read
   * from those two readings alone, so sentences that put it on someone else never
   * pull a point to the middle. Null when no sentence leans either way.
   */
  lean: number | null;
  /** The entry's leading reading; blame ("someone else") is a reading of its own. Null before it has been read. */
  label: FramingLabel | null;
  sentences: SentenceCounts;
  /** The writer's own sentence that decided that reading (corrections applied); null for no verdict, or framing kept before key sentences were. */
  keySentence: string | null;
}

export interface WinMark {
  id: string;
  date: string;
  kind: WinKind;
  title: string;
}

/** A small step marked done: the person's own, or the next step of a reflection. */
export interface StepMark {
  id: string;
  date: string;
  text: string;
  from: 'own' | 'reflection';
}

export interface PracticeMark {
  id: string;
  date: string;
  attempt: string;
  expected: number;
  /** Null until it was done. */
  actual: number | null;
  doneOn: string | null;
}

export interface RootCauseMark {
  entryId: string;
  date: string;
  kind: RootCause['kind'];
  tactic: RootCause['tactic'];
}

export interface HoldingMark {
  entryId: string;
  date: string;
  holding: Holding;
}

/** The grief and transition words a reflection chose for where the person was. */
export interface WordsMark {
  entryId: string;
  date: string;
  words: string[];
}

export interface TimelineLanes {
  wins: WinMark[];
  steps: StepMark[];
  practices: PracticeMark[];
  rootCauses: RootCauseMark[];
  holding: HoldingMark[];
  words: WordsMark[];
}

export const EMPTY_COUNTS: Readonly<SentenceCounts> = { shame: 0, accountability: 0, blame: 0, neutral: 0 };

/** Sentence counts back from the stored shares (each share is a count over the same total). */
export function countsOf(framing: Entry['framing']): SentenceCounts {
  if (!framing || framing.sentences === 0) return { ...EMPTY_COUNTS };
  const n = framing.sentences;
  return {
    shame: Math.round(framing.shares.shame * n),
    accountability: Math.round(framing.shares.accountability * n),
    blame: Math.round(framing.shares.blame * n),
    neutral: Math.round(framing.shares.neutral * n),
  };
}

export function leanOf(counts: SentenceCounts): number | null {
  const leaning = counts.shame + counts.accountability;
  return leaning ? (counts.accountability - counts.shame) / leaning : null;
}

export function pointOf(entry: TimelineEntry): TimelinePoint {
  const sentences = countsOf(entry.framing);
  const label = entry.framing && entry.framing.sentences > 0 ? entry.framing.label : null;
  return {
    id: entry.id,
    date: entry.date,
    kind: entry.kind,
    title: entry.title,
    tags: entry.tags,
    lean: leanOf(sentences),
    label,
    sentences,
    keySentence: label && label !== 'neutral' ? (entry.framing?.key?.[label] ?? null) : null,
  };
}

/** Every mark the lanes show, from records outside the trash, each dated by the writer's calendar day. */
export function lanesOf(sources: TimelineSources): TimelineLanes {
  const lanes: TimelineLanes = { wins: [], steps: [], practices: [], rootCauses: [], holding: [], words: [] };
  for (const win of sources.wins) {
    if (!win.deletedAt) lanes.wins.push({ id: win.id, date: win.date, kind: win.kind, title: win.title || win.story.slice(0, 80) });
  }
  for (const step of sources.steps) {
    if (!step.deletedAt && step.status === 'done' && step.settledAt) lanes.steps.push({ id: step.id, date: sources.dayOf(step.settledAt), text: step.text, from: 'own' });
  }
  for (const practice of sources.practices) {
    if (practice.deletedAt) continue;
    const outcome = practice.outcome;
    lanes.practices.push({ id: practice.id, date: practice.date, attempt: practice.attempt, expected: practice.expected, actual: outcome ? outcome.actual : null, doneOn: outcome ? outcome.date : null });
  }
  for (const entry of sources.entries) {
    const reflection = entry.reflection;
    if (entry.deletedAt || !reflection) continue;
    const at = { entryId: entry.id, date: entry.date };
    if (reflection.rootCause) lanes.rootCauses.push({ ...at, kind: reflection.rootCause.kind, tactic: reflection.rootCause.tactic });
    if (reflection.holding) lanes.holding.push({ ...at, holding: reflection.holding });
    if (reflection.whereAmI.length > 0) lanes.words.push({ ...at, words: [...reflection.whereAmI] });
    const step = reflection.nextStep;
    if (step && step.status === 'done' && step.text) {
      lanes.steps.push({ id: entry.id, date: step.checkedAt ? sources.dayOf(step.checkedAt) : entry.date, text: step.text, from: 'reflection' });
    }
  }
  return lanes;
}
