import { useId, useState, type FormEvent } from 'react';
import { bounce, codeOf, messageOf } from '../../../api';
import { NewPassphraseFields } from '../../../auth/NewPassphraseFields';
import { useNewPassphrase } from '../../../auth/useNewPassphrase';
import { entriesAndOthers, formatBytes, plural } from './numbersAndDates';
import { useBackupTask, Working } from './backupTasks';
import { FormError } from '../../../components/FormError';

type Protection = 'journal-keys' | 'own';

interface Made {
  savedTo: string;
  entries: number;
  records: number;
  bytes: number;
  damagedSkipped: number;
  own: boolean;
}

/** An encrypted backup of everything, locked with the journal's keys or a passphrase of its own. */
export function MakeBackup() {
  const id = useId();
  const task = useBackupTask('make');
  const [protection, setProtection] = useState<Protection>('journal-keys');
  const form = useNewPassphrase();
  const [made, setMade] = useState<Made | null>(null);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function make(event: FormEvent) {
    event.preventDefault();
    if (task.busy) return;
    setError(null);
    setNote('');
    setMade(null);
    if (protection === 'own' && !(await form.check())) return;
    try {
      const own = protection === 'own';
      const result = await task.run((operation) => bounce().backup.export({ to: own ? { backupPassphrase: form.passphrase } : 'journal-keys', operation }));
      if (!result.savedTo) {
        setNote('No backup was made.');
        return;
      }
      setMade({ ...result, savedTo: result.savedTo, own });
      form.clear();
    } catch (failure) {
      if (codeOf(failure) === 'CANCELLED') setNote(messageOf(failure));
      else setError(messageOf(failure));
    }
  }

  return (
    <div className="backup-block" aria-labelledby={`${id}-heading`} role="group">
      <h3 id={`${id}-heading`}>Make a backup</h3>
      <p>
        One encrypted file with everything in this journal. Keep it somewhere other than this computer, like a USB drive,
        so a lost or broken computer doesn't take your writing with it.
      </p>
      <form onSubmit={make} noValidate className="settings-form">
        <fieldset className="backup-choices">
          <legend>Lock the backup with</legend>
          <label className="backup-choice">
            <input
              type="radio"
              name={`${id}-protection`}
              checked={protection === 'journal-keys'}
              disabled={task.running}
              onChange={() => {
                setProtection('journal-keys');
                form.clearProblem();
              }}
            />
            <span>
              This journal's passphrase and recovery code
              <span className="backup-choice-hint">Recommended. Nothing new to remember.</span>
            </span>
          </label>
          <label className="backup-choice">
            <input
              type="radio"
              name={`${id}-protection`}
              checked={protection === 'own'}
              disabled={task.running}
              onChange={() => setProtection('own')}
            />
            <span>
              A passphrase just for this backup
              <span className="backup-choice-hint">Useful if the file will be kept where others can reach it.</span>
            </span>
          </label>
        </fieldset>
        {protection === 'own' ? (
          <NewPassphraseFields
            label="Backup passphrase"
            repeatLabel="Repeat backup passphrase"
            hint="At least 10 characters. Without it this backup can't be opened, so keep it somewhere safe."
            readOnly={task.running}
            {...form.fields}
          />
        ) : null}
        <div className="actions">
          <button type="submit" className="button primary" disabled={task.busy}>
            Make a backup…
          </button>
          {note ? <span className="quiet-note">{note}</span> : null}
        </div>
      </form>
      {task.running ? <Working work={task.followed}>Making the backup, then reading it back to check it…</Working> : null}
      <FormError message={error} />
      <div aria-live="polite">
        {made ? (
          <div className="backup-result ok">
            <p>
              Backup saved to <code>{made.savedTo}</code>
            </p>
            <p>
              It holds {entriesAndOthers(made.entries, made.records)}, {formatBytes(made.bytes)}, and it was read back in full
              after saving.
              {made.own ? ' It opens with the backup passphrase you chose.' : " It opens with this journal's passphrase or recovery code."}
            </p>
            {made.damagedSkipped > 0 ? (
              <p>
                {plural(made.damagedSkipped, 'item')} in your journal couldn't be read, so {made.damagedSkipped === 1 ? 'it is' : 'they are'} not
                in this backup. Everything else is.
              </p>
            ) : null}
          </div>
        ) : null}
      </div>
    </div>
  );
}
