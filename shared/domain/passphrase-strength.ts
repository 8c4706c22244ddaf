import type { ZxcvbnResult } from '@zxcvbn-ts/core';
import { PASSPHRASE_MIN_CHARS } from './passphrase';

/**
 * The rule a new passphrase must meet wherever one is set (the window, the
 * command line): at least PASSPHRASE_MIN_CHARS characters and zxcvbn's "safely
 * unguessable" estimate. The vault itself only enforces the length, because the
 * estimate needs dictionaries too large to load on every request.
 */
export const PASSPHRASE_MIN_SCORE = 3;

/** If the estimator itself cannot load: length alone, set higher. */
export const PASSPHRASE_FALLBACK_MIN_CHARS = 16;

/** Words anyone would try first against this app's journals. */
export const PASSPHRASE_APP_WORDS = ['bounce', 'forward', 'bounceforward', 'journal', 'diary', 'passphrase', 'password'];

export interface PassphraseEstimate {
  score: 0 | 1 | 2 | 3 | 4;
  /** zxcvbn's reason this one is guessable, if any. */
  warning: string | null;
  suggestions: string[];
}

type Check = (passphrase: string) => ZxcvbnResult;
let loading: Promise<Check> | null = null;

/** The dictionaries are large, so they load on first use, never with the lock screen. */
function loadEstimator(): Promise<Check> {
  loading ??= Promise.all([import('@zxcvbn-ts/core'), import('@zxcvbn-ts/language-common'), import('@zxcvbn-ts/language-en')]).then(
    ([core, common, en]) => {
      const factory = new core.ZxcvbnFactory({
        dictionary: { ...common.dictionary, ...en.dictionary },
        graphs: common.adjacencyGraphs,
        translations: en.translations,
      });
      return (passphrase: string) => factory.check(passphrase, PASSPHRASE_APP_WORDS);
    },
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** Starts loading the estimator ahead of the first keystroke (the screens that set a passphrase). */
export function preloadPassphraseEstimator(): Promise<unknown> {
  return loadEstimator();
}

export async function estimatePassphrase(passphrase: string): Promise<PassphraseEstimate> {
  const result = (await loadEstimator())(passphrase);
  return { score: result.score as PassphraseEstimate['score'], warning: result.feedback.warning || null, suggestions: result.feedback.suggestions.filter(Boolean) };
}

/** Why this new passphrase should not be used, said kindly; null when it is good to use. */
export async function newPassphraseProblem(passphrase: string): Promise<string | null> {
  if (passphrase.length < PASSPHRASE_MIN_CHARS) return `A passphrase needs at least ${PASSPHRASE_MIN_CHARS} characters. This one has ${passphrase.length}.`;
  const estimate = await estimatePassphrase(passphrase).catch(() => null);
  if (estimate === null && passphrase.length < PASSPHRASE_FALLBACK_MIN_CHARS) return `Please use at least ${PASSPHRASE_FALLBACK_MIN_CHARS} characters.`;
  if (estimate !== null && estimate.score < PASSPHRASE_MIN_SCORE) {
    return "This one could be guessed by someone determined. Adding another word or two that don't usually go together makes a big difference.";
  }
  return null;
}
