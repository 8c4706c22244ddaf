import type { KeyboardEvent, ReactNode } from 'react';
import { Field } from '../../../components/Field';
import { FormError } from '../../../components/FormError';
import { Working, type FollowedWork } from './backupTasks';
import type { BackupSecret, ChosenBackup } from './useBackupSecret';

interface BackupTaskPanelProps {
  /** The button that chooses the file, and anything said beside it. */
  choose?: ReactNode;
  /** The chosen file: its name, what opens it, and what can be done with it. */
  chosen?: ReactNode;
  /** What is being done now, while it runs (with the calm bar), or null. */
  working?: string | null;
  /** The running work's progress and its Cancel, when it reports them. */
  work?: FollowedWork;
  /** A quiet line about the last step, e.g. that nothing was chosen. */
  note?: string;
  error: string | null;
  /** After the problem: what the work found, or the buttons that run it and its progress. */
  result?: ReactNode;
}

/**
 * The flow every use of a backup file shares: choose the file, give what opens it,
 * run the work with its progress, then its problem or what it found.
 * The caller's element holds it, so it can sit in a form, a group or a live region.
 */
export function BackupTaskPanel({ choose, chosen, working, work, note, error, result }: BackupTaskPanelProps) {
  return (
    <>
      {choose}
      {chosen}
      {working ? <Working {...(work ? { work } : {})}>{working}</Working> : null}
      {note ? <p className="quiet-note">{note}</p> : null}
      <FormError message={error} />
      {result}
    </>
  );
}

/** The chosen file's name, said as the chosen backup to a screen reader. */
export function ChosenBackupName({ name }: { name: string }) {
  return (
    <p className="chosen-name">
      <span className="visually-hidden">Chosen backup: </span>
      <strong>{name}</strong>
    </p>
  );
}

interface BackupSecretFieldProps {
  file: ChosenBackup;
  secret: BackupSecret;
  readOnly: boolean;
  onKeyDown?: (event: KeyboardEvent<HTMLInputElement>) => void;
}

/** The passphrase (or recovery code) a backup that this journal's keys don't open needs. */
export function BackupSecretField({ file, secret, readOnly, onKeyDown }: BackupSecretFieldProps) {
  const own = file.header.protection === 'backup-passphrase';
  return (
    <Field
      ref={secret.input}
      className="secret-field"
      label={own ? 'Passphrase for this backup' : 'Passphrase or recovery code for this backup'}
      hint={own ? 'The passphrase chosen when this backup was made.' : 'The passphrase or recovery code its journal had when the backup was made.'}
      type="password"
      autoComplete="off"
      spellCheck={false}
      value={secret.value}
      readOnly={readOnly}
      onChange={(event) => secret.set(event.target.value)}
      onKeyDown={onKeyDown}
      error={secret.error}
    />
  );
}
