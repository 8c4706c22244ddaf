import { useId, useState } from 'react';
import { bounce, messageOf } from '../../../api';
import { plural } from './numbersAndDates';
import { useBackupTask, Working } from './backupTasks';
import { FormError } from '../../../components/FormError';

/** Markdown files and one JSON file anyone can read: only after a plain warning and an explicit yes. */
export function ReadableCopy() {
  const id = useId();
  const task = useBackupTask('plain');
  const [asking, setAsking] = useState(false);
  const [done, setDone] = useState<{ savedTo: string; entries: number; files: number } | null>(null);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function make() {
    setError(null);
    setNote('');
    setDone(null);
    try {
      const result = await task.run(() => bounce().backup.exportPlain({ acknowledgeReadable: true }));
      setAsking(false);
      if (!result.savedTo) {
        setNote('No folder was chosen, so nothing was written.');
        return;
      }
      setDone({ savedTo: result.savedTo, entries: result.entries, files: result.files });
    } catch (failure) {
      setError(messageOf(failure));
    }
  }

  return (
    <div className="backup-block" role="group" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>Readable copy</h3>
      <p>
        A copy you can open without Bounce Forward, for moving to another app: one Markdown file per entry, and everything in
        one JSON file.
      </p>
      {asking ? (
        <div className="backup-confirm readable-warning" role="group" aria-labelledby={`${id}-warning`}>
          <h4 id={`${id}-warning`}>Anyone can read this copy</h4>
          <p>
            These files are not encrypted. Anyone who can open the folder can read every entry: someone else using this
            computer, a cloud service that syncs the folder, whoever finds the drive.
          </p>
          <p>Keep it somewhere private, and delete it when you no longer need it.</p>
          <div className="actions">
            <button type="button" className="button primary" disabled={task.busy} onClick={() => void make()}>
              I understand, choose a folder…
            </button>
            <button
              type="button"
              className="button quiet"
              disabled={task.running}
              onClick={() => {
                setAsking(false);
                setNote('Nothing was written.');
              }}
            >
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <div className="actions">
          <button
            type="button"
            className="button"
            disabled={task.busy}
            onClick={() => {
              setAsking(true);
              setNote('');
              setDone(null);
            }}
          >
            Make a readable copy…
          </button>
          {note ? <span className="quiet-note">{note}</span> : null}
        </div>
      )}
      {task.running ? <Working>Writing the readable copy…</Working> : null}
      <FormError message={error} />
      <div aria-live="polite">
        {done ? (
          <div className="backup-result ok">
            <p>
              Wrote {plural(done.entries, 'entry', 'entries')} as {plural(done.files, 'file')} in <code>{done.savedTo}</code>
            </p>
            <p className="quiet-note">Entries in the trash are only in the JSON file. Remember that anyone can read these files.</p>
          </div>
        ) : null}
      </div>
    </div>
  );
}
