import type { FramingLabel } from '../../../../shared/framing/types';

/** Every mark the framing draws: one per label, and "in between" for an entry that sits between two. */
export type MarkKind = FramingLabel | 'mixed';

export interface MarkShape {
  d: string;
  filled: boolean;
}

/**
 * Each mark has its own shape, so they differ without colour: a round mark for
 * "who I am", a square for "what I did", a diamond for "someone else", a plain
 * line for "what happened", and half round, half square for "in between".
 * No mark is a triangle: ▶ and ▼ are what disclosure controls ("What the marks
 * mean") look like, and a mark must never pass for something to press. 16×16 viewBox.
 */
export const MARK_SHAPES: Readonly<Record<MarkKind, MarkShape>> = {
  shame: { d: 'M8 3.25a4.75 4.75 0 1 1 0 9.5a4.75 4.75 0 1 1 0-9.5Z', filled: true },
  accountability: { d: 'M3.75 3.75h8.5v8.5h-8.5Z', filled: true },
  blame: { d: 'M8 2.25l5.75 5.75l-5.75 5.75l-5.75-5.75Z', filled: true },
  neutral: { d: 'M3 8h10', filled: false },
  mixed: { d: 'M8 3.25h4.5v9.5h-4.5a4.75 4.75 0 0 1 0-9.5Z', filled: true },
};

/** The label marks, for places that show one sentence's label. */
export const LABEL_SHAPES: Readonly<Record<FramingLabel, MarkShape>> = MARK_SHAPES;

/** The same shape as DOM, for places React does not draw (CodeMirror tooltips). */
export function shapeElement(label: FramingLabel): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('width', '14');
  svg.setAttribute('height', '14');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('class', `fr-shape fr-shape-${label}`);
  const path = document.createElementNS(ns, 'path');
  const shape = LABEL_SHAPES[label];
  path.setAttribute('d', shape.d);
  path.setAttribute('fill', shape.filled ? 'currentColor' : 'none');
  path.setAttribute('stroke', 'currentColor');
  path.setAttribute('stroke-width', shape.filled ? '1' : '2');
  path.setAttribute('stroke-linecap', 'round');
  path.setAttribute('stroke-linejoin', 'round');
  svg.append(path);
  return svg;
}
