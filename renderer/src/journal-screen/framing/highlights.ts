import { StateEffect, StateField, type Extension } from '@codemirror/state';
import { Decoration, EditorView, hoverTooltip, type DecorationSet } from '@codemirror/view';
import type { FramingLabel } from '../../../../shared/framing/types';
import { describeLabel, LABEL_NAMES, reasonText } from './labels';
import type { ShownSentence } from './shownFraming';
import { shapeElement } from './shapes';

/** One highlighted stretch of text and what to say about it. */
export interface FramingMark {
  from: number;
  to: number;
  label: Exclude<FramingLabel, 'neutral'>;
  /** The person gave this label themselves. */
  own: boolean;
  reason: string;
}

/** Lays a new set of highlights over the text (an empty list clears them). */
export const setFramingMarks = StateEffect.define<FramingMark[]>();

/**
 * Marks for the sentences that lean one way: the words that carry the label, or
 * the whole sentence when the label is the person's own.
 */
export function marksFor(sentences: readonly ShownSentence[]): FramingMark[] {
  const marks: FramingMark[] = [];
  for (const s of sentences) {
    if (s.shown === 'neutral') continue;
    const label = s.shown;
    if (s.own || s.spans.length === 0) {
      marks.push({ from: s.start, to: s.end, label, own: s.own !== null, reason: s.own ? '' : s.reason });
    } else {
      for (const span of s.spans) marks.push({ from: span.start, to: span.end, label, own: false, reason: s.reason });
    }
  }
  return marks;
}

function build(marks: readonly FramingMark[], length: number): DecorationSet {
  const ranges = marks
    .filter((m) => m.from < m.to && m.to <= length)
    .map((m) =>
      Decoration.mark({
        class: `fr-mark fr-${m.label}${m.own ? ' fr-own' : ''}`,
        attributes: { 'data-framing': m.label },
        mark: m,
      }).range(m.from, m.to),
    );
  return Decoration.set(ranges, true);
}

const framingField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(decorations, tr) {
    let next = decorations.map(tr.changes);
    for (const effect of tr.effects) if (effect.is(setFramingMarks)) next = build(effect.value, tr.state.doc.length);
    return next;
  },
  provide: (field) => EditorView.decorations.from(field),
});

function tooltipFor(mark: FramingMark): HTMLElement {
  const dom = document.createElement('div');
  dom.className = 'fr-tip';
  const name = document.createElement('p');
  name.className = `fr-tip-name fr-tone-${mark.label}`;
  name.append(shapeElement(mark.label), ` ${LABEL_NAMES[mark.label]}${mark.own ? ' (your label)' : ''}`);
  const description = document.createElement('p');
  description.textContent = mark.own ? 'You labelled this sentence yourself.' : describeLabel(mark.label);
  dom.append(name, description);
  if (mark.reason) {
    const why = document.createElement('p');
    why.className = 'fr-tip-why';
    why.textContent = `Why: ${reasonText(mark.reason)}`;
    dom.append(why);
  }
  return dom;
}

const framingHover = hoverTooltip(
  (view, pos) => {
    let found: { from: number; to: number; mark: FramingMark } | null = null;
    view.state.field(framingField).between(pos, pos, (from, to, value) => {
      found = { from, to, mark: value.spec.mark as FramingMark };
      return false;
    });
    if (!found) return null;
    const { from, to, mark } = found;
    return { pos: from, end: to, above: true, create: () => ({ dom: tooltipFor(mark) }) };
  },
  { hoverTime: 250 },
);

/** Soft backgrounds and an underline whose style differs per label: dotted, solid, dashed. */
const framingTheme = EditorView.theme({
  '.fr-mark': {
    borderRadius: '3px',
    textDecorationLine: 'underline',
    textDecorationThickness: '2px',
    textUnderlineOffset: '0.28em',
    textDecorationSkipInk: 'none',
    boxDecorationBreak: 'clone',
    WebkitBoxDecorationBreak: 'clone',
  },
  '.fr-shame': { backgroundColor: 'var(--fr-shame-soft)', textDecorationStyle: 'dotted', textDecorationColor: 'var(--fr-shame-line)' },
  '.fr-accountability': {
    backgroundColor: 'var(--fr-accountability-soft)',
    textDecorationStyle: 'solid',
    textDecorationColor: 'var(--fr-accountability-line)',
  },
  '.fr-blame': { backgroundColor: 'var(--fr-blame-soft)', textDecorationStyle: 'dashed', textDecorationColor: 'var(--fr-blame-line)' },
  '.cm-tooltip.cm-tooltip-hover': {
    maxWidth: '22rem',
    padding: '0.6rem 0.8rem',
    border: '1px solid var(--line)',
    borderRadius: 'var(--radius)',
    backgroundColor: 'var(--surface)',
    color: 'var(--ink)',
    boxShadow: 'var(--shadow)',
    fontFamily: 'var(--font-ui)',
    fontSize: '0.9rem',
    lineHeight: '1.45',
  },
  '.fr-tip p': { margin: '0 0 0.3rem' },
  '.fr-tip p:last-child': { marginBottom: '0' },
  '.fr-tip-name': { display: 'flex', alignItems: 'center', gap: '0.35rem', fontWeight: '600' },
  '.fr-tip-why': { color: 'var(--ink-soft)' },
  '.fr-tone-shame .fr-shape': { color: 'var(--fr-shame-line)' },
  '.fr-tone-accountability .fr-shape': { color: 'var(--fr-accountability-line)' },
  '.fr-tone-blame .fr-shape': { color: 'var(--fr-blame-line)' },
});

export function framingHighlights(): Extension {
  return [framingField, framingHover, framingTheme];
}
