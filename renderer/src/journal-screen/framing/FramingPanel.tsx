import { useId, useState } from 'react';
import type { FramingCorrection } from '../../../../shared/domain/framing-record';
import { shortcutLabel } from '../../lib/platform';
import { FramingAxis, FramingLegend } from './FramingAxis';
import { SentenceItem } from './SentenceItem';
import { framingAsShown, type ShownSentence } from './shownFraming';
import type { FramedText } from './useFramedText';

interface FramingPanelProps {
  /** The live framing of the text: its reading, where the caret is, and the panel's actions on the text. */
  framed: Pick<FramedText, 'result' | 'caret' | 'onShow' | 'onCorrect' | 'onUseReframe'>;
  corrections: readonly FramingCorrection[];
  /** What the text is called in this place, e.g. "your page" or "what you wrote". */
  textName?: string;
}

/** Keys for the sentences by their words, so typing elsewhere doesn't close a sentence's open choices. */
function sentenceKeys(sentences: readonly ShownSentence[]): Map<number, string> {
  const seen = new Map<string, number>();
  return new Map(
    sentences.map((s) => {
      const n = (seen.get(s.text) ?? 0) + 1;
      seen.set(s.text, n);
      return [s.index, `${n}:${s.text}`] as const;
    }),
  );
}

/** "describe what happened" → "describes what happened", for one sentence. */
function singular(words: string): string {
  const [verb, ...rest] = words.split(' ');
  return [`${verb}s`, ...rest].join(' ');
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
  const keys = sentenceKeys(shown.sentences);
  // Words about not wanting to live are never summed up as "what happened".
  const care = (result?.care.length ?? 0) > 0;
  const plainWords = care ? 'lean neither way' : 'describe what happened';

  return (
    <aside className="framing-panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="panel-heading">
        How it's framed
      </h2>
      <p className="panel-note">A reading of the sentences, not of you. You can change any label.</p>

      <FramingAxis id={id} shown={shown} read={Boolean(result)} care={care} />

      <FramingLegend />

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
            <p className="panel-empty">No sentence leans either way.{care ? '' : ' They describe what happened.'}</p>
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
                ? `Hide the sentences that ${plainWords}`
                : `Show the ${plain.length === 1 ? 'sentence' : `${plain.length} sentences`} that ${plain.length === 1 ? singular(plainWords) : plainWords}`}
            </button>
          ) : null}
        </>
      )}
    </aside>
  );
}
