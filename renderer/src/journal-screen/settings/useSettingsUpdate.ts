import { useState } from 'react';
import type { ApiRequest } from '../../../../shared/api/contract';
import type { JournalSettings } from '../../../../shared/domain/settings';
import { bounce, messageOf } from '../../api';

/** Saves a change to the settings: busy while it goes, "Saved" once it has, the problem if it could not. */
export function useSettingsUpdate(onSettings: (settings: JournalSettings) => void) {
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function update(change: ApiRequest<'settings.update'>) {
    setBusy(true);
    setError(null);
    setNote('');
    try {
      onSettings(await bounce().settings.update(change));
      setNote('Saved');
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setBusy(false);
    }
  }

  return { note, error, busy, update };
}
