import { estimatePassphrase, PASSPHRASE_MIN_SCORE, preloadPassphraseEstimator, type PassphraseEstimate } from '../../../shared/domain/passphrase-strength';

type Score = PassphraseEstimate['score'];

export interface Strength extends PassphraseEstimate {
  /** A calm word for the estimate, e.g. "Strong". */
  label: string;
}

/** The estimate a new passphrase must reach: the same rule the CLI applies (shared/domain/passphrase-strength.ts). */
export const MIN_SCORE: Score = PASSPHRASE_MIN_SCORE as Score;

const LABELS: Record<Score, string> = {
  0: 'Very easy to guess',
  1: 'Easy to guess',
  2: 'Could be guessed',
  3: 'Strong',
  4: 'Very strong',
};

/** The estimator and its dictionaries load only on the screens that set a passphrase, never with the lock screen. */
export const loadStrength = preloadPassphraseEstimator;

export async function estimate(passphrase: string): Promise<Strength> {
  const estimated = await estimatePassphrase(passphrase);
  return { ...estimated, label: LABELS[estimated.score] };
}
