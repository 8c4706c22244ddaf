import { FRAMING_LABELS } from '../../../../shared/framing/types';
import { describeLabel, LABEL_CUES, LABEL_NAMES, sharesInWords } from './labels';
import { LabelIcon, MarkIcon } from './LabelIcon';
import { framingReading, noReadingWords } from './reading';
import type { ShownFraming } from './shownFraming';

interface FramingAxisProps {
  id: string;
  shown: ShownFraming;
  /** Whether the text has been read yet. */
  read: boolean;
  /** The words speak of not wanting to live. */
  care?: boolean;
}

/** Where the writing sits on the "who I am ↔ what I did" axis, in a drawing and in words. */
export function FramingAxis({ id, shown, read, care = false }: FramingAxisProps) {
  const reading = shown.score === null ? null : framingReading(shown.label, shown.score);
  // "Someone else" is not a point between the two ends, so the scale shows no place for it.
  const position = reading?.onScale && shown.score !== null ? ((shown.score + 1) / 2) * 100 : null;
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
      <p className={reading ? `axis-words fr-tone-${reading.tone}` : 'axis-words'} data-testid="axis-words">
        {reading ? (
          <>
            <MarkIcon kind={reading.tone} />
            <strong>{reading.words}</strong>
          </>
        ) : (
          noReadingWords(shown.framed > 0)
        )}
      </p>
      {reading && !reading.onScale ? <p className="axis-shares">This is a reading of its own, not a point on the scale.</p> : null}
      <p className="axis-shares">{read ? sharesInWords(shown.counts, care) : 'Reading the sentences…'}</p>
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
        <li className="fr-tone-mixed">
          <MarkIcon kind="mixed" />
          <span>
            <strong>In between</strong> (half round, half square mark, in the list). The entry holds about as much of who
            I am as of what I did.
          </span>
        </li>
      </ul>
    </details>
  );
}
