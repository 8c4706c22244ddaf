import { useEffect, useId, useRef, useState } from 'react';
import type { FramingCorrection } from '../../../../shared/domain/framing-record';
import { FRAMING_LABELS, type FramingLabel } from '../../../../shared/framing/types';
import { messageOf } from '../../api';
import { shortcutLabel } from '../../lib/platform';
import { axisWords, describeLabel, LABEL_CUES, LABEL_NAMES, reasonText, sharesInWords } from './labels';
import { LabelIcon } from './LabelIcon';
import { framingAsShown, type ShownSentence } from './shownFraming';
import type { FramedText } from './useFramedText';
import { FormError } from '../../components/FormError';

interface FramingPanelProps {
  /** The live framing of the text: its reading, where the caret is, and the panel's actions on the text. */
  framed: Pick<FramedText, 'result' | 'caret' | 'onShow' | 'onCorrect' | 'onUseReframe'>;
  corrections: readonly FramingCorrection[];
  /** What the text is called in this place, e.g. "your page" or "what you wrote". */
  textName?: string;
}

function shorten(text: string, max = 140): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

/**
 * The framing view beside the text: where the writing sits on the
 * "who I am ↔ what I did" axis, and each sentence with its label and why, which
 * the person can correct, and for "who I am" sentences another way to look at it.
 */
export function FramingPanel({ framed, corrections, textName = 'your page' }: FramingPanelProps) {
  const { result, caret, onShow, onCorrect, onUseReframe } = framed;
  const id = useId();
  const [showNeutral, setShowNeutral] = useState(false);
  const [status, setStatus] = useState('');
  const shown = framingAsShown(result, corrections);
  // Sentences the person labelled stay in view whatever they called them.
  const leaning = shown.sentences.filter((s) => s.shown !== 'neutral' || s.own);
  const plain = shown.sentences.filter((s) => s.shown === 'neutral' && !s.own);
  const listed = showNeutral ? shown.sentences : leaning;
  const position = shown.score === null ? null : ((shown.score + 1) / 2) * 100;
  // Keyed by their words, so typing elsewhere doesn't close a sentence's open choices.
  const seen = new Map<string, number>();
  const keys = new Map(
    shown.sentences.map((s) => {
      const n = (seen.get(s.text) ?? 0) + 1;
      seen.set(s.text, n);
      return [s.index, `${n}:${s.text}`] as const;
    }),
  );

  return (
    <aside className="framing-panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="panel-heading">
        How it's framed
      </h2>
      <p className="panel-note">A reading of the sentences, not of you. You can change any label.</p>

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
        <p className="axis-shares">{result ? sharesInWords(shown.counts) : 'Reading the sentences…'}</p>
      </section>

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

      <p className="visually-hidden" role="status">
        {status}
      </p>
      {status ? (
        <p className="panel-status" aria-hidden="true">
          {status}
        </p>
      ) : null}

      {shown.sentences.length === 0 ? (
        <p className="panel-empty">
          As you write, each sentence that reads as who you are, as something you did, or as someone else's doing is
          marked in {textName} and listed here.
        </p>
      ) : (
        <>
          {leaning.length === 0 && !showNeutral ? (
            <p className="panel-empty">No sentence leans either way. They describe what happened.</p>
          ) : null}
          <ol className="fr-list" aria-label="Sentences and their framing">
            {listed.map((sentence) => (
              <SentenceItem
                key={keys.get(sentence.index)}
                sentence={sentence}
                here={caret !== null && caret >= sentence.start && caret <= sentence.end}
                onShow={() => onShow(sentence)}
                onCorrect={(label) => onCorrect(sentence, label)}
                onUseReframe={(text) => {
                  const done = onUseReframe(sentence, text);
                  setStatus(
                    done
                      ? `Added after your sentence in ${textName}. To take it out again, press ${shortcutLabel('z')} in the text.`
                      : 'That sentence has changed since, so nothing was added.',
                  );
                  return done;
                }}
              />
            ))}
          </ol>
          {plain.length > 0 ? (
            <button type="button" className="link-button" aria-expanded={showNeutral} onClick={() => setShowNeutral((on) => !on)}>
              {showNeutral
                ? 'Hide the sentences that describe what happened'
                : `Show the ${plain.length === 1 ? 'sentence' : `${plain.length} sentences`} that ${plain.length === 1 ? 'describes' : 'describe'} what happened`}
            </button>
          ) : null}
        </>
      )}
    </aside>
  );
}

interface SentenceItemProps {
  sentence: ShownSentence;
  here: boolean;
  onShow: () => void;
  onCorrect: (label: FramingLabel | null) => Promise<void>;
  onUseReframe: (text: string) => boolean;
}

function SentenceItem({ sentence, here, onShow, onCorrect, onUseReframe }: SentenceItemProps) {
  const id = useId();
  const [choosing, setChoosing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [reframeOpen, setReframeOpen] = useState(false);
  const sentenceButton = useRef<HTMLButtonElement>(null);
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

      {reframe ? (
        <div className="reframe">
          <button type="button" className="link-button" aria-expanded={reframeOpen} onClick={() => setReframeOpen((open) => !open)}>
            Want to look at it another way?
          </button>
          {reframeOpen ? (
            <div className="reframe-body">
              <p className="reframe-intro">
                {reframe.act
                  ? `Another way to put it, built on your words “${shorten(reframe.act, 80)}”:`
                  : 'Your words here don’t say what happened, so this is a general way to put it:'}
              </p>
              <blockquote className="reframe-text">{reframe.text}</blockquote>
              <div className="actions">
                <button
                  type="button"
                  className="button small"
                  onClick={() => {
                    if (onUseReframe(reframe.text)) setReframeOpen(false);
                  }}
                >
                  Use this
                </button>
                <button type="button" className="button small quiet" onClick={() => setReframeOpen(false)}>
                  Not now
                </button>
              </div>
              <p className="reframe-prompt">{reframe.prompt}</p>
            </div>
          ) : null}
        </div>
      ) : null}

      <div className="fr-correct">
        {sentence.own ? (
          <button type="button" className="link-button" disabled={busy} onClick={() => void correct(null)}>
            Remove my label
          </button>
        ) : (
          <button type="button" className="link-button" aria-expanded={choosing} onClick={() => setChoosing((open) => !open)}>
            This label is wrong
          </button>
        )}
        {choosing && !sentence.own ? (
          <div className="fr-choices" role="group" aria-labelledby={`${id}-choose`}>
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
