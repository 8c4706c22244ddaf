import type { WinKind } from '../../../../shared/domain/win';

/** How a kind's bar is filled, so kinds tell apart in grey, print or for someone who sees colour differently. */
export type KindPattern = 'solid' | 'rising' | 'dots' | 'level' | 'cross' | 'falling';

export interface KindLook {
  pattern: KindPattern;
  /** On the light surface (#fbf8f2) and the dark one (#1b2028): each at least 3:1, as WCAG asks of graphics. */
  light: string;
  dark: string;
}

export const KIND_LOOKS: Record<WinKind, KindLook> = {
  skill: { pattern: 'solid', light: '#34566a', dark: '#a3c1d3' },
  'showed-up': { pattern: 'rising', light: '#8a5a16', dark: '#e0b56e' },
  helped: { pattern: 'dots', light: '#2f6b4f', dark: '#8fcfa9' },
  'out-of-reach': { pattern: 'level', light: '#6d4a80', dark: '#c9a8dc' },
  surprised: { pattern: 'cross', light: '#9a4530', dark: '#eda68f' },
  other: { pattern: 'falling', light: '#4f5560', dark: '#c2c7cf' },
};

/** The surfaces the chart is drawn on (tokens.css --surface), for checking contrast. */
export const CHART_SURFACES = { light: '#fbf8f2', dark: '#1b2028' } as const;

export type Scheme = keyof typeof CHART_SURFACES;

export function kindColour(kind: WinKind, scheme: Scheme): string {
  return KIND_LOOKS[kind][scheme];
}


/** The tile a pattern repeats on, in CSS pixels. */
export const TILE = 8;

/** A pattern's marks within one tile: lines [x1, y1, x2, y2] and dots [cx, cy, r]; drawn alike on the canvas and in the legend. */
export interface PatternMarks {
  lines: [number, number, number, number][];
  dots: [number, number, number][];
}

const RISING: PatternMarks['lines'] = [
  [-TILE / 2, TILE / 2, TILE / 2, -TILE / 2],
  [0, TILE, TILE, 0],
  [TILE / 2, (3 * TILE) / 2, (3 * TILE) / 2, TILE / 2],
];
const FALLING: PatternMarks['lines'] = [
  [-TILE / 2, TILE / 2, TILE / 2, (3 * TILE) / 2],
  [0, 0, TILE, TILE],
  [TILE / 2, -TILE / 2, (3 * TILE) / 2, TILE / 2],
];

export function patternMarks(pattern: KindPattern): PatternMarks {
  switch (pattern) {
    case 'solid':
      return { lines: [], dots: [] };
    case 'rising':
      return { lines: RISING, dots: [] };
    case 'falling':
      return { lines: FALLING, dots: [] };
    case 'cross':
      return { lines: [...RISING, ...FALLING], dots: [] };
    case 'level':
      return { lines: [[0, TILE / 2, TILE, TILE / 2]], dots: [] };
    case 'dots':
      return { lines: [], dots: [[TILE / 4, TILE / 4, 1.5], [(3 * TILE) / 4, (3 * TILE) / 4, 1.5]] };
  }
}
