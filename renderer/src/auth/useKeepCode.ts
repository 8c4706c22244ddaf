import { useState } from 'react';
import { messageOf } from '../api';

/**
 * The ways to take a recovery code away (copy, print, save as a file when the
 * flow offers it), and the sentence saying how the last one went.
 */
export function useKeepCode(code: string, saveToFile?: () => Promise<string | null>) {
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function copy() {
    setError(null);
    try {
      await navigator.clipboard.writeText(code);
      setNote("Copied. Paste it somewhere safe, then copy something else so it doesn't stay on the clipboard.");
    } catch {
      setNote('');
      setError(
        saveToFile
          ? "Couldn't copy to the clipboard. You can print it, save it as a file, or write it down."
          : "Couldn't copy to the clipboard. You can print it or write it down.",
      );
    }
  }

  function print() {
    setError(null);
    setNote('');
    window.print();
  }

  async function save() {
    if (!saveToFile) return;
    setError(null);
    setNote('');
    try {
      const savedTo = await saveToFile();
      if (savedTo) setNote(`Saved to ${savedTo}`);
    } catch (failure) {
      setError(messageOf(failure));
    }
  }

  return { note, error, copy, print, save: saveToFile ? save : undefined };
}
