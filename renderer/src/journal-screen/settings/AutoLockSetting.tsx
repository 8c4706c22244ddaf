import { useId } from 'react';
import { AUTO_LOCK_CHOICES, type JournalSettings } from '../../../../shared/domain/settings';
import { FormError } from '../../components/FormError';
import { useSettingsUpdate } from './useSettingsUpdate';

function choiceLabel(minutes: number): string {
  if (minutes === 0) return 'Never';
  if (minutes === 60) return 'After 1 hour';
  return minutes === 1 ? 'After 1 minute' : `After ${minutes} minutes`;
}

interface AutoLockSettingProps {
  settings: JournalSettings | null;
  onSettings: (settings: JournalSettings) => void;
}

export function AutoLockSetting({ settings, onSettings }: AutoLockSettingProps) {
  const id = useId();
  const { note, error, busy, update } = useSettingsUpdate(onSettings);
  const value = settings?.autoLockMinutes;
  const choices: number[] = [...AUTO_LOCK_CHOICES];
  if (value !== undefined && !choices.includes(value)) choices.push(value);

  return (
    <section className="settings-section">
      <h2 id={`${id}-heading`}>Auto-lock</h2>
      <p>When you step away, the journal locks itself so nobody else can read it. Locking never loses saved writing.</p>
      <div className="field inline-field">
        <label htmlFor={id}>Lock when there's no activity</label>
        <select
          id={id}
          value={value ?? ''}
          disabled={value === undefined || busy}
          onChange={(event) => void update({ autoLockMinutes: Number(event.target.value) })}
        >
          {value === undefined ? <option value="">Loading…</option> : null}
          {choices.map((minutes) => (
            <option key={minutes} value={minutes}>
              {choiceLabel(minutes)}
            </option>
          ))}
        </select>
        <span className="quiet-note" aria-live="polite">
          {note}
        </span>
      </div>
      <FormError message={error} />
    </section>
  );
}
