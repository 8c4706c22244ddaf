import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { LockReason } from '../../../shared/api/contract';
import { bounce, codeOf, messageOf } from '../api';
import { Field } from '../components/Field';
import { LockedIcon } from '../components/Icons';
import type { RetryDelay } from '../lib/retryDelay';
import { noteFailedAttempt } from './failedAttempt';
import { ShowPassphrase, useShowPassphrase } from './ShowPassphrase';
import { WaitNote } from './WaitNote';
import { FormError } from '../components/FormError';
import { AppName, AuthScreen, ProgressNote } from '../components/AuthCard';

const REASONS: Partial<Record<LockReason, string>> = {
  idle: 'Locked after a while without activity.',
  sleep: 'Locked when the computer went to sleep.',
  'screen-lock': 'Locked when the screen locked.',
};

interface LockScreenProps {
  retry: RetryDelay;
  reason?: LockReason | undefined;
  /** A quiet line above the form, e.g. after a restore. */
  note?: string | undefined;
  /** Writing that wasn't saved before the lock is waiting in memory. */
  keptWriting?: boolean;
  onUnlockStart: () => void;
  onUnlocked: () => void;
  onUseRecoveryCode: () => void;
}

export function LockScreen({ retry, reason, note, keptWriting = false, onUnlockStart, onUnlocked, onUseRecoveryCode }: LockScreenProps) {
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [capsLock, setCapsLock] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const show = useShowPassphrase();
  const waiting = retry.secondsLeft > 0;

  useEffect(() => {
    input.current?.focus();
  }, []);

  async function unlock(event: FormEvent) {
    event.preventDefault();
    if (busy || waiting) return;
    if (!passphrase) {
      setError('Type your passphrase.');
      input.current?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    onUnlockStart();
    try {
      await bounce().vault.unlock({ passphrase });
      setPassphrase('');
      onUnlocked();
    } catch (failure) {
      setError(messageOf(failure));
      await noteFailedAttempt(retry, codeOf(failure) === 'WRONG_PASSPHRASE');
      setBusy(false);
      input.current?.select();
    }
  }

  function watchCapsLock(event: KeyboardEvent<HTMLInputElement>) {
    setCapsLock(event.getModifierState('CapsLock'));
  }

  return (
    <AuthScreen>
      <form className="auth-card lock-card" onSubmit={unlock} noValidate>
        <LockedIcon className="lock-mark" />
        <AppName />
        <h1 id="lock-heading">Your journal</h1>
        {reason && REASONS[reason] ? <p className="quiet-note">{REASONS[reason]}</p> : null}
        {note ? <p className="quiet-note">{note}</p> : null}
        {keptWriting ? (
          <p className="quiet-note">Something you wrote wasn't saved yet. It's held in memory, and saved as soon as you unlock.</p>
        ) : null}
        <Field
          ref={input}
          id="unlock-passphrase"
          label="Passphrase"
          type={show.type}
          name="passphrase"
          autoComplete="current-password"
          spellCheck={false}
          value={passphrase}
          readOnly={busy}
          onChange={(event) => setPassphrase(event.target.value)}
          onKeyDown={watchCapsLock}
          onKeyUp={watchCapsLock}
          aria-describedby={error ? 'unlock-error' : undefined}
          aria-invalid={error ? true : undefined}
          after={capsLock ? <p className="field-hint caps-note">Caps Lock is on.</p> : null}
          beside={<ShowPassphrase what="passphrase" controls="unlock-passphrase" {...show.toggle} />}
        />
        <FormError message={error} id="unlock-error" />
        <WaitNote secondsLeft={retry.secondsLeft} />
        <div className="actions">
          <button type="submit" className="button primary" disabled={busy || waiting} aria-describedby={waiting ? 'wait-note' : undefined}>
            Unlock
          </button>
          <ProgressNote>{busy ? 'Unlocking…' : ''}</ProgressNote>
        </div>
        <button type="button" className="link-button" onClick={onUseRecoveryCode} disabled={busy}>
          Use recovery code
        </button>
      </form>
    </AuthScreen>
  );
}
