import { MIN_SCORE, type Strength } from '../lib/strength';
import { PASSPHRASE_MIN_CHARS } from './passphraseRules';

interface StrengthMeterProps {
  id: string;
  passphrase: string;
  strength: Strength | null;
}

/**
 * How guessable the new passphrase looks, in words first and a bar second.
 * Colour is never the only signal: the label says the same thing.
 */
export function StrengthMeter({ id, passphrase, strength }: StrengthMeterProps) {
  const tooShort = passphrase.length > 0 && passphrase.length < PASSPHRASE_MIN_CHARS;
  const score = passphrase.length === 0 || !strength ? -1 : tooShort ? Math.min(strength.score, 1) : strength.score;
  const advice = strength && score < MIN_SCORE && !tooShort ? [strength.warning, strength.suggestions[0]].filter(Boolean).join(' ') : '';

  let label: string;
  if (passphrase.length === 0) label = 'Not started';
  else if (tooShort) label = `Needs ${PASSPHRASE_MIN_CHARS - passphrase.length} more ${PASSPHRASE_MIN_CHARS - passphrase.length === 1 ? 'character' : 'characters'}`;
  else if (!strength) label = 'Checking…';
  else label = strength.label;

  return (
    <div className="strength" id={id} aria-live="polite">
      <div className="strength-bar" data-score={score} aria-hidden="true">
        <span />
        <span />
        <span />
        <span />
      </div>
      <p className="strength-label">
        Strength: <strong>{label}</strong>
      </p>
      {advice ? <p className="strength-advice">{advice}</p> : null}
    </div>
  );
}
