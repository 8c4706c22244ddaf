import { useRef, useState } from 'react';
import { newPassphraseProblem, type PassphraseProblem } from './passphraseRules';

/**
 * The state behind every "choose a new passphrase" form (create, recover, change,
 * backup passphrase): the two fields, the problem shown under one of them, and a
 * check that focuses the field with the problem.
 */
export function useNewPassphrase() {
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problem, setProblem] = useState<PassphraseProblem | null>(null);
  const passphraseRef = useRef<HTMLInputElement>(null);
  const repeatRef = useRef<HTMLInputElement>(null);

  /**
   * True when the passphrase can be used. `also` adds a form's own rule, asked only
   * when the shared rules pass (e.g. "the same as the current one").
   */
  async function check(also?: (passphrase: string) => PassphraseProblem | null): Promise<boolean> {
    const found = (await newPassphraseProblem(passphrase, repeat)) ?? also?.(passphrase) ?? null;
    setProblem(found);
    if (found) (found.field === 'repeat' ? repeatRef : passphraseRef).current?.focus();
    return found === null;
  }

  function clear(): void {
    setPassphrase('');
    setRepeat('');
    setProblem(null);
  }

  return {
    passphrase,
    check,
    clear,
    clearProblem: () => setProblem(null),
    /** Spread into NewPassphraseFields. */
    fields: {
      passphrase,
      repeat,
      problem,
      passphraseRef,
      repeatRef,
      onPassphrase: (value: string) => {
        setPassphrase(value);
        if (problem?.field === 'passphrase') setProblem(null);
      },
      onRepeat: (value: string) => {
        setRepeat(value);
        if (problem?.field === 'repeat') setProblem(null);
      },
    },
  };
}
