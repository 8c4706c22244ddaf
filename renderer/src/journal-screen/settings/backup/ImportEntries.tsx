import { useId, useState } from 'react';
import type { ImportFormat, ImportResult } from '../../../../../shared/domain/backup';
import { bounce, codeOf, messageOf } from '../../../api';
import { plural } from './numbersAndDates';
import { useBackupTask, Working } from './backupTasks';
import { FormError } from '../../../components/FormError';

const NAMES: Record<ImportFormat, string> = { jrnl: 'jrnl', dayone: 'Day One' };

/** Entries from jrnl's or Day One's JSON export, added to this journal. */
export function ImportEntries() {
  const id = useId();
  const task = useBackupTask('import');
  const [format, setFormat] = useState<ImportFormat | null>(null);
  const [result, setResult] = useState<(ImportResult & { format: ImportFormat }) | null>(null);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function importFrom(chosen: ImportFormat) {
    setFormat(chosen);
    setError(null);
    setNote('');
    setResult(null);
    try {
      const imported = await task.run((operation) => bounce().backup.importJournal({ format: chosen, operation }));
      if (!imported.importedFrom) setNote('No file was chosen, so nothing was imported.');
      else setResult({ ...imported, format: chosen });
    } catch (failure) {
      if (codeOf(failure) === 'CANCELLED') setNote(messageOf(failure));
      else setError(messageOf(failure));
    }
  }

  return (
    <div className="backup-block" role="group" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>Bring in entries from another app</h3>
      <p>
        From jrnl, use the file made by <code>jrnl --export json</code>. From Day One, use the <code>Journal.json</code> file
        inside its JSON export. Entries already here with the same date, title and text are not added twice.
      </p>
      <div className="actions">
        <button type="button" className="button" disabled={task.busy} onClick={() => void importFrom('jrnl')}>
          Import from jrnl…
        </button>
        <button type="button" className="button" disabled={task.busy} onClick={() => void importFrom('dayone')}>
          Import from Day One…
        </button>
        {note ? <span className="quiet-note">{note}</span> : null}
      </div>
      {task.running && format ? <Working work={task.followed}>Importing from {NAMES[format]}…</Working> : null}
      <FormError message={error} />
      <div aria-live="polite">
        {result ? (
          <div className="backup-result ok">
            <p>
              Imported {plural(result.imported, 'entry', 'entries')} from <code>{result.importedFrom}</code>.
              {result.imported > 0 ? ' You will find them in Journal, under the dates they were written.' : ''}
            </p>
            {result.duplicates > 0 ? (
              <p className="quiet-note">
                {plural(result.duplicates, 'entry', 'entries')} {result.duplicates === 1 ? 'was' : 'were'} already here, so{' '}
                {result.duplicates === 1 ? 'it was' : 'they were'} not added again.
              </p>
            ) : null}
            {result.skipped > 0 ? (
              <p className="quiet-note">{plural(result.skipped, 'entry', 'entries')} could not be read and {result.skipped === 1 ? 'was' : 'were'} left out.</p>
            ) : null}
            {result.notes.length > 0 ? (
              <ul className="plain-list">
                {result.notes.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null}
      </div>
    </div>
  );
}
