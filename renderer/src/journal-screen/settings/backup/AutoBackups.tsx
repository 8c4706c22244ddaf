import { useEffect, useId, useState } from 'react';
import type { AutoBackupSettings } from '../../../../../shared/domain/backup';
import { AUTO_BACKUP_KEEP_MAX } from '../../../../../shared/domain/backup';
import { bounce, messageOf } from '../../../api';
import { formatMoment } from './numbersAndDates';
import { useBackupTask, Working } from './backupTasks';
import { FormError } from '../../../components/FormError';

const KEEP_CHOICES = [3, 5, 10, 20, 30, 50, AUTO_BACKUP_KEEP_MAX];

type Patch = { enabled?: boolean; schedule?: 'unlock' | 'daily'; keep?: number; chooseFolder?: true };

/** On or off, after every unlock or daily, into a chosen folder keeping the newest N, with the last result. */
export function AutoBackups() {
  const id = useId();
  const task = useBackupTask('auto');
  const [settings, setSettings] = useState<AutoBackupSettings | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [running, setRunning] = useState(false);
  /** The box shows the person's choice at once, while a folder is chosen and it is saved; a failure puts it back. */
  const [wantEnabled, setWantEnabled] = useState<boolean | null>(null);

  useEffect(() => {
    let live = true;
    bounce()
      .backup.autoSettings({})
      .then(
        (loaded) => live && setSettings(loaded),
        (failure: unknown) => live && setLoadError(messageOf(failure)),
      );
    return () => {
      live = false;
    };
  }, []);

  async function update(patch: Patch, saved = 'Saved') {
    setError(null);
    setNote('');
    try {
      const before = settings?.folder ?? null;
      const next = await task.run(() => bounce().backup.updateAutoSettings(patch));
      setSettings(next);
      if (patch.chooseFolder && next.folder === before) setNote('The folder is as it was.');
      else setNote(saved);
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setWantEnabled(null);
    }
  }

  async function backUpNow() {
    setError(null);
    setNote('');
    setRunning(true);
    try {
      setSettings(await task.run(() => bounce().backup.runAutoNow({})));
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setRunning(false);
    }
  }

  const disabled = settings === null || task.busy;
  const keepChoices = settings && !KEEP_CHOICES.includes(settings.keep) ? [...KEEP_CHOICES, settings.keep].sort((a, b) => a - b) : KEEP_CHOICES;
  const last = settings?.last ?? null;

  return (
    <div className="backup-block" role="group" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>Automatic backups</h3>
      <p>
        Bounce Forward can make a backup on its own into a folder you choose, such as a USB drive or a synced folder. They
        are locked with this journal's passphrase and recovery code, so no other secret is stored.
      </p>
      <FormError message={loadError} />
      <div className="auto-grid">
        <label className="backup-check">
          <input
            type="checkbox"
            checked={wantEnabled ?? settings?.enabled ?? false}
            disabled={disabled}
            onChange={(event) => {
              const enabled = event.target.checked;
              setWantEnabled(enabled);
              // Switching on with no folder yet asks for one first.
              void update(enabled && !settings?.folder ? { enabled, chooseFolder: true } : { enabled }, enabled ? 'Automatic backups are on.' : 'Automatic backups are off.');
            }}
          />
          Back up automatically
        </label>

        <div className="field inline-field">
          <label htmlFor={`${id}-schedule`}>When</label>
          <select
            id={`${id}-schedule`}
            value={settings?.schedule ?? 'daily'}
            disabled={disabled}
            onChange={(event) => void update({ schedule: event.target.value === 'unlock' ? 'unlock' : 'daily' })}
          >
            <option value="unlock">Each time you unlock</option>
            <option value="daily">Once a day</option>
          </select>
        </div>

        <div className="field inline-field">
          <label htmlFor={`${id}-keep`}>Keep the newest</label>
          <select id={`${id}-keep`} value={settings?.keep ?? 10} disabled={disabled} onChange={(event) => void update({ keep: Number(event.target.value) })}>
            {keepChoices.map((n) => (
              <option key={n} value={n}>
                {n} backups
              </option>
            ))}
          </select>
        </div>

        <div className="auto-folder">
          <p className="auto-label" id={`${id}-folder`}>
            Folder
          </p>
          <p className="location" aria-labelledby={`${id}-folder`}>
            {settings?.folder ? <code>{settings.folder}</code> : <span className="quiet-note">No folder chosen yet.</span>}
            <button type="button" className="button small" disabled={disabled} onClick={() => void update({ chooseFolder: true })}>
              {settings?.folder ? 'Change folder…' : 'Choose folder…'}
            </button>
          </p>
        </div>
      </div>
      <p className="quiet-note">Older automatic backups beyond the newest ones are removed; nothing else in the folder is touched.</p>

      <div className="auto-last" aria-live="polite">
        {settings === null && !loadError ? <p className="quiet-note">Loading…</p> : null}
        {settings && !last ? <p className="quiet-note">No automatic backup has been made yet.</p> : null}
        {last ? (
          <p className={last.ok ? 'last-ok' : 'last-problem'}>
            <strong>{last.ok ? 'Last backup' : 'Last try did not work'}</strong>, {formatMoment(last.at)}. {last.message}
          </p>
        ) : null}
        {last && !last.ok && settings?.lastSuccessAt ? (
          <p className="quiet-note">The last one that worked was on {formatMoment(settings.lastSuccessAt)}.</p>
        ) : null}
      </div>

      <div className="actions">
        <button type="button" className="button" disabled={disabled || !settings?.folder} onClick={() => void backUpNow()}>
          Back up now
        </button>
        {!settings?.folder && settings ? <span className="quiet-note">Choose a folder first.</span> : null}
        <span className="quiet-note" aria-live="polite">
          {note}
        </span>
      </div>
      {running ? <Working>Backing up into your folder…</Working> : null}
      <FormError message={error} />
    </div>
  );
}
