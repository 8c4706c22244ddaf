import { useId, useState } from 'react';
import { WHERE_AM_I_WORDS, type Reflection } from '../../../../shared/domain/reflection';
import { WHERE_AM_I_MEANINGS, type WhereAmIWord } from './whereAmIWords';

interface WhereAmIStepProps {
  reflection: Reflection;
  onChange: (patch: Partial<Reflection>) => void;
}

/**
 * Step 5: words for where the person is, any or none. Each word's plain meaning
 * is its description, read with it on focus, and shown below the words for the
 * one pointed at or focused, in space kept for it so nothing is covered.
 */
export function WhereAmIStep({ reflection, onChange }: WhereAmIStepProps) {
  const id = useId();
  const [pointed, setPointed] = useState<WhereAmIWord | null>(null);
  const [focused, setFocused] = useState<WhereAmIWord | null>(null);
  // Alphabetical, so nothing reads as stages to get through in order.
  const words = [...WHERE_AM_I_WORDS].sort((a, b) => a.localeCompare(b));
  const chosen = new Set(reflection.whereAmI);
  const shown = pointed ?? focused;
  const meaningId = (index: number) => `${id}-meaning-${index}`;

  function toggle(word: WhereAmIWord) {
    onChange({ whereAmI: chosen.has(word) ? reflection.whereAmI.filter((own) => own !== word) : [...reflection.whereAmI, word] });
  }

  return (
    <>
      <p className="step-invite" id={`${id}-invite`}>
        Some words that may help name where you are right now. Pick any that fit, or none. They aren't stages, and
        there's no order to go through them in.
      </p>
      <div className="word-chips" role="group" aria-labelledby={`${id}-invite`}>
        {words.map((word, index) => (
          <button
            key={word}
            type="button"
            className="chip toggle"
            aria-pressed={chosen.has(word)}
            aria-describedby={meaningId(index)}
            onClick={() => toggle(word)}
            onMouseEnter={() => setPointed(word)}
            onMouseLeave={() => setPointed(null)}
            onFocus={() => setFocused(word)}
            onBlur={() => setFocused(null)}
          >
            {chosen.has(word) ? <span aria-hidden="true">✓ </span> : null}
            {word}
          </button>
        ))}
      </div>
      {words.map((word, index) => (
        <span key={word} id={meaningId(index)} hidden>
          {WHERE_AM_I_MEANINGS[word]}
        </span>
      ))}
      {/* For the eyes only: each word already carries its meaning as its description. */}
      <p className="word-meaning" aria-hidden="true" data-word={shown ?? undefined}>
        {shown ? (
          <>
            <span className="word-meaning-word">{shown}</span>: {WHERE_AM_I_MEANINGS[shown]}
          </>
        ) : (
          'Point to a word, or move to it with the keyboard, to see what it means.'
        )}
      </p>
    </>
  );
}
