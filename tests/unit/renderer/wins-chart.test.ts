import { describe, expect, it } from 'vitest';
import { WIN_KIND_IDS } from '../../../shared/domain/win';
import { chartPlan, countAxisTop } from '../../../renderer/src/journal-screen/wins/chartPlan';
import { CHART_SURFACES, KIND_LOOKS, patternMarks } from '../../../renderer/src/journal-screen/wins/kindLooks';

/** WCAG relative luminance and contrast, for colours written #rrggbb. */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('the chart plan', () => {
  const years = [
    { year: 2026, counts: { helped: 1, skill: 2 }, total: 3 },
    { year: 2024, counts: { skill: 1, helped: 0, other: 0 }, total: 1 },
  ];

  it('puts the years in order and keeps only kinds that have a win, in the app’s order', () => {
    const plan = chartPlan(years);
    expect(plan.years).toEqual([2024, 2026]);
    expect(plan.kinds).toEqual(['skill', 'helped']);
    expect(plan.counts).toEqual([
      [1, 2],
      [0, 1],
    ]);
    expect(plan.most).toBe(2);
  });

  it('sets each kind’s bar side by side within its year, the group centred on the year', () => {
    const plan = chartPlan(years);
    expect(plan.barWidth).toBeCloseTo(0.4);
    expect(plan.offsets[0]).toBeCloseTo(-0.4);
    expect(plan.offsets[1]).toBeCloseTo(0);
    const right = plan.offsets.at(-1)! + plan.barWidth;
    expect(right).toBeCloseTo(-plan.offsets[0]!);
  });

  it('is empty with an empty vault', () => {
    expect(chartPlan([])).toMatchObject({ years: [], kinds: [], counts: [], most: 0 });
  });

  it('leaves headroom above the tallest bar, on a round count', () => {
    expect(countAxisTop(0)).toBe(2);
    expect(countAxisTop(1)).toBe(2);
    expect(countAxisTop(4)).toBe(5);
    expect(countAxisTop(9)).toBe(15);
    expect(countAxisTop(40)).toBe(50);
  });
});

describe('how the kinds look', () => {
  it('gives every kind its own pattern, so none is told apart by colour alone', () => {
    const patterns = WIN_KIND_IDS.map((kind) => KIND_LOOKS[kind].pattern);
    expect(new Set(patterns).size).toBe(WIN_KIND_IDS.length);
    const drawn = patterns.map((pattern) => JSON.stringify(patternMarks(pattern)));
    expect(new Set(drawn).size).toBe(WIN_KIND_IDS.length);
  });

  it('draws every colour at 3:1 or more on the chart’s surface, light and dark', () => {
    for (const kind of WIN_KIND_IDS) {
      expect(contrast(KIND_LOOKS[kind].light, CHART_SURFACES.light), `${kind} on light`).toBeGreaterThanOrEqual(3);
      expect(contrast(KIND_LOOKS[kind].dark, CHART_SURFACES.dark), `${kind} on dark`).toBeGreaterThanOrEqual(3);
    }
  });
});
