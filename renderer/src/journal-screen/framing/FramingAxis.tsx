import { FRAMING_LABELS } from '../../../../shared/framing/types';
import { axisWords, describeLabel, LABEL_CUES, LABEL_NAMES, sharesInWords } from './labels';
import { LabelIcon } from './LabelIcon';
import type { ShownFraming } from './shownFraming';

interface FramingAxisProps {
  id: string;
  shown: ShownFraming;
  /** Whether the text has been read yet. */
  read: boolean;
}

/** Where the writing sits on the "who I am ↔ what I did" axis, in a drawing and in words. */
export function FramingAxis({ id, shown, read }: FramingAxisProps) {
  const position = shown.score === null ? null : ((shown.score + 1) / 2) * 100;
  return (
    <section className="axis" aria-labelledby={`${id}-axis`}>
      <h3 id={`${id}-axis`} className="axis-name">
        who I am <span aria-hidden="true">↔</span>
        <span className="visually-hidden">to</span> what I did
      </h3>
      <div className="axis-track" aria-hidden="true">
        <span className="axis-line" />
        {position !== null ? <span className="axis-marker" style={{ left: `${position}%` }} /> : null}
      </div>
      <div className="axis-ends" aria-hidden="true">
        <span>who I am</span>
        <span>what I did</span>
      </div>
      <p className="axis-words" data-testid="axis-words">
        {shown.score === null ? axisWords(null) : <strong>{axisWords(shown.score)}</strong>}
      </p>
      <p className="axis-shares">{read ? sharesInWords(shown.counts) : 'Reading the sentences…'}</p>
    </section>
  );
}

/** What each mark means, folded away until asked for. */
export function FramingLegend() {
  return (
    <details className="legend">
      <summary>What the marks mean</summary>
      <ul>
        {FRAMING_LABELS.map((label) => (
          <li key={label} className={`fr-tone-${label}`}>
            <LabelIcon label={label} />
            <span>
              <strong>{LABEL_NAMES[label]}</strong> ({LABEL_CUES[label]}). {describeLabel(label)}
            </span>
          </li>
        ))}
      </ul>
    </details>
  );
}
