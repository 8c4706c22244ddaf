import { useRef, useState } from 'react';
import { bounce, codeOf, messageOf } from '../../../api';
import type { PassphraseProblem } from '../../../auth/passphraseRules';

const EVERY_MS = 20_000;

/**
 * The state behind a Settings form that asks for the passphrase in use before it
 * changes a key: the field, its error, the form's error, and the busy state.
 * A wrong passphrase is said under the field; anything else (a disk problem) above
 * the buttons. The vault changes nothing when it refuses.
 */
export function usePassphraseTask() {
  const [current, setCurrent] = useState('');
  const [currentError, setCurrentError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const currentRef = useRef<HTMLInputElement>(null);

  function refuse(message: string) {
    setCurrentError(message);
    currentRef.current?.focus();
  }

  /**
   * Runs `task` with the passphrase typed, after `check` (the new passphrase's
   * rules) passes. While it runs the person counts as present, so idle auto-lock
   * doesn't interrupt work they are waiting for. True when it succeeded.
   */
  async function run(task: (current: string) => Promise<void>, check?: () => Promise<boolean>): Promise<boolean> {
    if (busy) return false;
    setError(null);
    if (!current) {
      refuse('Type your current passphrase.');
      return false;
    }
    setCurrentError(null);
    setBusy(true);
    const present = window.setInterval(() => void bounce().session.activity({}).catch(() => undefined), EVERY_MS);
    try {
      if (check && !(await check())) return false;
      await task(current);
      setCurrent('');
      return true;
    } catch (failure) {
      if (codeOf(failure) === 'WRONG_PASSPHRASE') refuse(messageOf(failure));
      else setError(messageOf(failure));
      return false;
    } finally {
      window.clearInterval(present);
      setBusy(false);
    }
  }

  return {
    current,
    busy,
    error,
    run,
    /** A rule for the new passphrase: it has to differ from the one typed here. */
    notSame: (next: string): PassphraseProblem | null =>
      next === current ? { field: 'passphrase', message: 'The new passphrase is the same as the current one.' } : null,
    /** Spread into PassphraseTaskForm. */
    field: {
      value: current,
      error: currentError,
      ref: currentRef,
      onChange: (value: string) => {
        setCurrent(value);
        setCurrentError(null);
      },
    },
  };
}

export type PassphraseTask = ReturnType<typeof usePassphraseTask>;
