import { describe, expect, it } from 'vitest';
import type { RootCause } from '../../../shared/domain/reflection';
import { findPatterns, PATTERN_MINIMUMS } from '../../../shared/timeline/patterns';
import { entry, framingOf, indexOf, practice, win } from './timeline-fixtures';

const ALL = { from: '2020-01-01', to: '2030-12-31' };
const VERDICT_WORDS = /\byou are (a|an|the|so|such|too)\b|\byou('re| are) (lazy|weak|hopeless|broken|stupid|bad|better|worse)\b/iu;

function tagged(readings: ('s' | 'a')[]) {
  return readings.map((r, i) => entry(`2026-${String(i + 2).padStart(2, '0')}-10`, r === 's' ? { shame: 2, neutral: 1 } : { accountability: 2 }, { tags: ['Work'] }));
}

function reflections(causes: RootCause[], year = '2026') {
  return causes.map((rootCause, i) => entry(`${year}-03-${String(i + 1).padStart(2, '0')}`, null, { reflectionInput: { rootCause } }));
}

const fast: RootCause = { kind: 'tactical', tactic: 'moved-too-fast' };
const sure: RootCause = { kind: 'tactical', tactic: 'overconfidence' };
const felt: RootCause = { kind: 'emotions', tactic: null };

describe('patterns in plain sentences', () => {
  it('finds nothing in an empty journal', () => {
    expect(findPatterns(indexOf({}), ALL)).toEqual([]);
  });

  it('a tag whose entries moved from "who I am" to "what I did": not at 5 entries, said at 6', () => {
    expect(PATTERN_MINIMUMS.tagShift.entries).toBe(6);
    expect(findPatterns(indexOf({ entries: tagged(['s', 's', 'a', 'a', 'a']) }), ALL)).toEqual([]);
    const entries = tagged(['s', 's', 's', 'a', 'a', 'a']);
    const [pattern] = findPatterns(indexOf({ entries }), ALL);
    expect(pattern).toMatchObject({
      id: 'tag-shift:work',
      text: 'Your entries tagged Work moved from mostly "who I am" (February–April 2026) to mostly "what I did" (May–July 2026), 6 entries.',
      numbers: { entries: 6, earlierShare: 1, laterShare: 1 },
      minimum: PATTERN_MINIMUMS.tagShift.text,
    });
    expect(pattern!.sources).toEqual(entries.map((e) => ({ kind: 'entry', id: e.id, date: e.date, title: e.title })));
    expect(findPatterns(indexOf({ entries: tagged(['s', 'a', 'a', 's', 'a', 'a']) }), ALL)).toEqual([]);
    // "Mostly" is two thirds of the leaning sentences: 4 of 6 is enough, 3 of 5 is not.
    const withThird = (accountability: number) => tagged(['s', 's', 'a', 'a', 'a', 'a']).map((e, i) => (i === 2 ? { ...e, framing: framingOf({ accountability }) } : e));
    expect(findPatterns(indexOf({ entries: withThird(2) }), ALL).map((p) => p.numbers.earlierShare)).toEqual([4 / 6]);
    const underTwoThirds = withThird(3);
    expect(findPatterns(indexOf({ entries: underTwoThirds }), ALL)).toEqual([]);
  });

  it('a root cause named in most of a year’s reflections: not at 4, said at 5', () => {
    expect(findPatterns(indexOf({ entries: reflections([fast, fast, fast, fast]) }), ALL)).toEqual([]);
    const entries = reflections([fast, felt, fast, felt, fast]);
    const [pattern] = findPatterns(indexOf({ entries }), ALL);
    expect(pattern).toMatchObject({ id: 'root-cause:2026', text: 'Most of the failures you reflected on in 2026 you traced to moving too fast (3 of 5).', numbers: { year: 2026, matching: 3, reflections: 5 } });
    expect(pattern!.sources.map((s) => s.id)).toEqual([entries[0]!.id, entries[2]!.id, entries[4]!.id]);
    // Each source carries what a list of them shows: the entry's own title and day.
    expect(pattern!.sources.map((s) => [s.kind, s.date, s.title])).toEqual([0, 2, 4].map((i) => ['entry', entries[i]!.date, entries[i]!.title]));
    const byKind = findPatterns(indexOf({ entries: reflections([fast, sure, felt, fast, felt, { kind: 'tactical', tactic: null }]) }), ALL);
    expect(byKind.map((p) => p.text)).toEqual(['Most of the failures you reflected on in 2026 you traced to a tactical misstep (4 of 6).']);
    expect(findPatterns(indexOf({ entries: reflections([fast, fast, felt, felt, { kind: 'unforeseeable', tactic: null }]) }), ALL)).toEqual([]);
  });

  it('a year is its own: five reflections split over two years say nothing', () => {
    const entries = [...reflections([fast, fast, fast], '2025'), ...reflections([fast, fast], '2026')];
    expect(findPatterns(indexOf({ entries }), ALL)).toEqual([]);
  });

  it('months with wins against months without: not with 2 months of wins, said with 3', () => {
    const months = ['01', '02', '03', '04', '05', '06'];
    const entries = months.map((m, i) => entry(`2026-${m}-15`, i < 3 ? { shame: 1, accountability: 3 } : { shame: 3, accountability: 1 }));
    const twoWinMonths = [win('2026-01-02'), win('2026-02-02')];
    expect(findPatterns(indexOf({ entries, wins: twoWinMonths }), ALL)).toEqual([]);
    const [pattern] = findPatterns(indexOf({ entries, wins: [...twoWinMonths, win('2026-03-20')] }), ALL);
    expect(pattern).toMatchObject({
      id: 'win-months',
      text: 'In the months you recorded wins, fewer of your sentences read as a verdict on who you are: 25% against 75% in the other months (3 months with wins, 3 without).',
      numbers: { monthsWithWins: 3, monthsWithout: 3, shareWithWins: 0.25, shareWithout: 0.75 },
    });
    expect(pattern!.sources).toHaveLength(6);
    const even = months.map((m) => entry(`2026-${m}-15`, { shame: 1, accountability: 1 }));
    expect(findPatterns(indexOf({ entries: even, wins: [...twoWinMonths, win('2026-03-20')] }), ALL)).toEqual([]);
  });

  it('the practice gap: not with 2 practices done, said with 3', () => {
    const two = [practice('2026-04-01', 8, 3), practice('2026-04-02', 6, 6), practice('2026-04-03', 9, null)];
    expect(findPatterns(indexOf({ practices: two }), ALL)).toEqual([]);
    const three = [...two, practice('2026-04-04', 5, 2)];
    const [pattern] = findPatterns(indexOf({ practices: three }), ALL);
    expect(pattern).toMatchObject({ id: 'practice-gap', text: 'In 2 of the 3 practices you recorded, it went less badly than you expected; on average it came out 2.7 points less bad than you expected, on the 0 to 10 scale.', numbers: { practices: 3, kinder: 2 } });
    expect(pattern!.sources.map((s) => [s.kind, s.date, s.title])).toEqual(['2026-04-01', '2026-04-02', '2026-04-04'].map((date) => ['practice', date, 'Ask a question in the meeting']));
  });

  it('only looks inside the range asked for, and every sentence describes writing, never the person', () => {
    const entries = [...tagged(['s', 's', 's', 'a', 'a', 'a']), ...reflections([fast, fast, fast, fast, fast])];
    const found = findPatterns(indexOf({ entries, practices: [practice('2026-04-01', 8, 3), practice('2026-04-02', 6, 6), practice('2026-04-04', 5, 2)] }), ALL);
    expect(found).toHaveLength(3);
    for (const pattern of found) {
      expect(pattern.text).not.toMatch(VERDICT_WORDS);
      expect(pattern.text).not.toMatch(/!/u);
      expect(pattern.sources.length).toBeGreaterThan(0);
    }
    expect(findPatterns(indexOf({ entries }), { from: '2026-04-01', to: '2026-12-31' })).toEqual([]);
  });
});
