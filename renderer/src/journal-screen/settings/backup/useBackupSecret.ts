import { useRef, useState } from 'react';
import type { ApiResponse } from '../../../../../shared/api/contract';

/** A backup file the person chose, as the main process describes it. */
export type ChosenBackup = NonNullable<ApiResponse<'backup.choose'>['file']>;

/**
 * The passphrase or recovery code that opens a chosen backup: what is typed, the
 * problem with it, and its field, so a problem can be said and focused there.
 */
export function useBackupSecret() {
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);

  /** A problem with the secret, said at its field. */
  function wrong(message: string) {
    setError(message);
    input.current?.focus();
  }

  /** With a secret needed and none typed, says so at the field rather than asking the main process. */
  function missing(file: ChosenBackup | null): boolean {
    if (!file || file.opensWithThisJournal || value) return false;
    wrong(
      file.header.protection === 'backup-passphrase'
        ? 'Type the passphrase this backup was made with.'
        : 'Type the passphrase or recovery code that journal had when the backup was made.',
    );
    return true;
  }

  return {
    value,
    error,
    input,
    /** Typing clears the problem. */
    set: (next: string) => {
      setValue(next);
      setError(null);
    },
    wrong,
    missing,
    /** Forgets what was typed, once it has done its work. */
    forget: () => setValue(''),
    /** Forgets what was typed and its problem, for a new file or a new start. */
    clear: () => {
      setValue('');
      setError(null);
    },
  };
}

export type BackupSecret = ReturnType<typeof useBackupSecret>;
