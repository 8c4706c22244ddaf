import type { ZxcvbnResult } from '@zxcvbn-ts/core';

type Score = 0 | 1 | 2 | 3 | 4;

export interface Strength {
  score: Score;
  /** A calm word for the estimate, e.g. "Strong". */
  label: string;
  /** zxcvbn's reason this one is guessable, if any. */
  warning: string | null;
  suggestions: string[];
}

/** The estimate a new passphrase must reach (zxcvbn's "safely unguessable"). */
export const MIN_SCORE: Score = 3;

const LABELS: Record<Score, string> = {
  0: 'Very easy to guess',
  1: 'Easy to guess',
  2: 'Could be guessed',
  3: 'Strong',
  4: 'Very strong',
};

/** Words anyone would try first against this app's journals. */
const APP_WORDS = ['bounce', 'forward', 'bounceforward', 'journal', 'diary', 'passphrase', 'password'];

type Check = (passphrase: string) => ZxcvbnResult;
let loading: Promise<Check> | null = null;

/**
 * The estimator and its dictionaries are large, so they load only on the screens
 * that set a passphrase, never with the lock screen.
 */
export function loadStrength(): Promise<Check> {
  loading ??= Promise.all([import('@zxcvbn-ts/core'), import('@zxcvbn-ts/language-common'), import('@zxcvbn-ts/language-en')]).then(
    ([core, common, en]) => {
      const factory = new core.ZxcvbnFactory({
        dictionary: { ...common.dictionary, ...en.dictionary },
        graphs: common.adjacencyGraphs,
        translations: en.translations,
      });
      return (passphrase: string) => factory.check(passphrase, APP_WORDS);
    },
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

export async function estimate(passphrase: string): Promise<Strength> {
  const check = await loadStrength();
  const result = check(passphrase);
  const score = result.score as Score;
  return {
    score,
    label: LABELS[score],
    warning: result.feedback.warning || null,
    suggestions: result.feedback.suggestions.filter(Boolean),
  };
}
