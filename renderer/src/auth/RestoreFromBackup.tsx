import '../lib/zodJitless';
import { useState, type FormEvent } from 'react';
import { bounce, messageOf } from '../api';
import { Field } from '../components/Field';
import { BackupTaskPanel } from '../journal-screen/settings/backup/BackupTaskPanel';
import type { ChosenBackup } from '../journal-screen/settings/backup/useBackupSecret';
import { RecoveryCode } from './RecoveryCode';
import { AppName, AuthScreen, ProgressNote } from '../components/AuthCard';

interface RestoreFromBackupProps {
  onRestored: (note: string) => void;
  onBack: () => void;
}

/**
 * A new computer, an old journal: restores an encrypted backup as this computer's
 * journal before any journal exists here.
 */
export function RestoreFromBackup({ onRestored, onBack }: RestoreFromBackupProps) {
  const [chosen, setChosen] = useState<Pick<ChosenBackup, 'token' | 'name' | 'header'> | null>(null);
  const [secret, setSecret] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<null | 'choosing' | 'restoring'>(null);
  const [newCode, setNewCode] = useState<string | null>(null);

  const ownPassphrase = chosen?.header.protection === 'backup-passphrase';

  async function choose() {
    setError(null);
    setBusy('choosing');
    try {
      const { file } = await bounce().backup.choose({});
      if (file) {
        setChosen({ token: file.token, name: file.name, header: file.header });
        setSecret('');
      }
    } catch (problem) {
      setError(messageOf(problem));
    } finally {
      setBusy(null);
    }
  }

  async function restore(event: FormEvent) {
    event.preventDefault();
    if (!chosen) return;
    setError(null);
    setBusy('restoring');
    try {
      const result = await bounce().backup.restoreInto({ file: chosen.token, secret, into: 'app-journal' });
      if (result.recoveryCode) setNewCode(result.recoveryCode);
      else onRestored('Your journal is restored. Unlock it with the passphrase it had when the backup was made.');
    } catch (problem) {
      setError(messageOf(problem));
    } finally {
      setBusy(null);
    }
  }

  if (newCode) {
    return (
      <AuthScreen>
        <section className="auth-card wide" aria-labelledby="restored-heading">
          <AppName />
          <h1 id="restored-heading">Your journal is restored</h1>
          <p className="lead">
            It opens with the backup's passphrase. It also has a new recovery code, shown only this once: keep it somewhere safe
            and private, away from this computer.
          </p>
          <RecoveryCode code={newCode} testId="recovery-code" />
          <div className="actions">
            <button type="button" className="button primary" onClick={() => onRestored('Unlock your restored journal with the backup passphrase.')}>
              I've kept it
            </button>
          </div>
        </section>
      </AuthScreen>
    );
  }

  return (
    <AuthScreen>
      <form className="auth-card wide" onSubmit={(event) => void restore(event)} noValidate aria-labelledby="restore-heading">
        <AppName />
        <h1 id="restore-heading">Restore from a backup</h1>
        <p className="lead">Bring a journal you backed up onto this computer. Nothing is written until the whole backup has been read and checked.</p>
        <BackupTaskPanel
          choose={
            <div className="actions">
              <button type="button" className="button" onClick={() => void choose()} disabled={busy !== null}>
                {chosen ? 'Choose another backup…' : 'Choose backup file…'}
              </button>
            </div>
          }
          chosen={
            chosen ? (
              <>
                <p className="quiet-note">
                  {chosen.name}:{' '}
                  {ownPassphrase ? 'protected by a passphrase of its own.' : 'opens with the passphrase or recovery code the journal had when it was backed up.'}
                </p>
                <Field
                  label={ownPassphrase ? 'Backup passphrase' : 'Passphrase or recovery code'}
                  type="password"
                  autoComplete="off"
                  value={secret}
                  onChange={(event) => setSecret(event.target.value)}
                  readOnly={busy !== null}
                />
              </>
            ) : null
          }
          error={error}
          result={
            <div className="actions">
              {chosen ? (
                <button type="submit" className="button primary" disabled={busy !== null || !secret}>
                  Restore journal
                </button>
              ) : null}
              <button type="button" className="button quiet" onClick={onBack} disabled={busy === 'restoring'}>
                Back
              </button>
              <ProgressNote>{busy === 'restoring' ? 'Reading and checking every part of the backup…' : ''}</ProgressNote>
            </div>
          }
        />
      </form>
    </AuthScreen>
  );
}
