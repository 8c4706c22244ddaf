import { useState } from 'react';
import type { ShownSentence } from './shownFraming';
import { shorten } from './shorten';

interface ReframeOfferProps {
  reframe: NonNullable<ShownSentence['reframe']>;
  /** Adds the other way of putting it after the sentence; false when the sentence has changed since. */
  onUseReframe: (text: string) => boolean;
}

/** For a "who I am" sentence: an invitation to look at it another way, built on the person's own words. */
export function ReframeOffer({ reframe, onUseReframe }: ReframeOfferProps) {
  const [reframeOpen, setReframeOpen] = useState(false);
  return (
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
  );
}
