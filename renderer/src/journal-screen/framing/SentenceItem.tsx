import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { FRAMING_LABELS, type FramingLabel } from '../../../../shared/framing/types';
import { messageOf } from '../../api';
import { FormError } from '../../components/FormError';
import { describeLabel, LABEL_NAMES, reasonText } from './labels';
import { LabelIcon } from './LabelIcon';
import { ReframeOffer } from './ReframeOffer';
import { shorten } from './shorten';
import type { ShownSentence } from './shownFraming';

interface SentenceItemProps {
  sentence: ShownSentence;
  here: boolean;
  onShow: () => void;
  onCorrect: (label: FramingLabel | null) => Promise<void>;
  onUseReframe: (text: string) => boolean;
}

/** One sentence in the framing list: its label and why, the way to correct it, and for "who I am" another way to look at it. */
export function SentenceItem({ sentence, here, onShow, onCorrect, onUseReframe }: SentenceItemProps) {
  const id = useId();
  const [choosing, setChoosing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const sentenceButton = useRef<HTMLButtonElement>(null);
  const wrongButton = useRef<HTMLButtonElement>(null);
  const refocus = useRef(false);
  const label = sentence.shown;
  const reframe = label === 'shame' ? sentence.reframe : null;

  // The button that was pressed is gone once a label changes; keep focus on this sentence.
  useEffect(() => {
    if (!refocus.current) return;
    refocus.current = false;
    sentenceButton.current?.focus();
  }, [sentence.own]);

  async function correct(next: FramingLabel | null) {
    setBusy(true);
    setError(null);
    try {
      await onCorrect(next);
      refocus.current = true;
      setChoosing(false);
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setBusy(false);
    }
  }

  // Escape closes the choices, as it would a menu, and puts focus back on the button that opened them.
  function closeOnEscape(event: KeyboardEvent) {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    setChoosing(false);
    wrongButton.current?.focus();
  }

  return (
    <li className={`fr-item fr-tone-${label}`} data-here={here || undefined} data-label={label}>
      <button ref={sentenceButton} type="button" className="fr-sentence" onClick={onShow} aria-describedby={`${id}-about`} title="Show this sentence in the text">
        <span className="fr-badge">
          <LabelIcon label={label} />
          {LABEL_NAMES[label]}
          {sentence.own ? <span className="fr-own-tag">your label</span> : null}
        </span>
        <span className="fr-quote">“{shorten(sentence.text)}”</span>
      </button>
      <div id={`${id}-about`} className="fr-about">
        {here ? <p className="fr-here">At your cursor</p> : null}
        <p>{sentence.own ? `You labelled this sentence: ${describeLabel(label).charAt(0).toLowerCase()}${describeLabel(label).slice(1)}` : describeLabel(label)}</p>
        {sentence.own ? (
          <p className="fr-why">The app had read it as {LABEL_NAMES[sentence.label].toLowerCase()}.</p>
        ) : (
          <p className="fr-why">Why: {reasonText(sentence.reason)}</p>
        )}
      </div>

      {reframe ? <ReframeOffer reframe={reframe} onUseReframe={onUseReframe} /> : null}

      <div className="fr-correct">
        {sentence.own ? (
          <button type="button" className="link-button" disabled={busy} onClick={() => void correct(null)}>
            Remove my label
          </button>
        ) : (
          <button
            ref={wrongButton}
            type="button"
            className="link-button"
            aria-expanded={choosing}
            onClick={() => setChoosing((open) => !open)}
            onKeyDown={choosing ? closeOnEscape : undefined}
          >
            This label is wrong
          </button>
        )}
        {choosing && !sentence.own ? (
          <div className="fr-choices" role="group" aria-labelledby={`${id}-choose`} onKeyDown={closeOnEscape}>
            <p id={`${id}-choose`} className="fr-choose">
              What would you call it?
            </p>
            <div className="fr-choice-row">
              {FRAMING_LABELS.filter((option) => option !== label).map((option) => (
                <button
                  key={option}
                  type="button"
                  className={`chip fr-choice fr-tone-${option}`}
                  disabled={busy}
                  onClick={() => void correct(option)}
                >
                  <LabelIcon label={option} />
                  {LABEL_NAMES[option]}
                </button>
              ))}
            </div>
          </div>
        ) : null}
        <FormError message={error} />
      </div>
    </li>
  );
}
