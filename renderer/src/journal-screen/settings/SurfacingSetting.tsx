import { useId, useState } from 'react';
import type { JournalSettings } from '../../../../shared/domain/settings';
import { FormError } from '../../components/FormError';
import { useSettingsUpdate } from './useSettingsUpdate';
import '../../styles/surfacing.css';

interface SurfacingSettingProps {
  settings: JournalSettings | null;
  onSettings: (settings: JournalSettings) => void;
}

/** Whether the person's own wins are offered beside an entry that reads as a verdict on who they are. */
export function SurfacingSetting({ settings, onSettings }: SurfacingSettingProps) {
  const id = useId();
  const { note, error, busy, update } = useSettingsUpdate(onSettings);
  // The switch moves at once; if the change cannot be saved it goes back and says why.
  const [asked, setAsked] = useState<boolean | null>(null);
  const on = asked ?? settings?.surfaceWins ?? false;

  async function turn(value: boolean) {
    setAsked(value);
    await update({ surfaceWins: value });
    setAsked(null);
  }

  return (
    <section className="settings-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Wins beside your writing</h2>
      <p id={`${id}-about`}>
        When most of an entry reads as a verdict on who you are, the journal can show two or three of your own wins
        beside it. You can close them for any entry. They come from your journal and nothing leaves this computer.
      </p>
      <div className="switch-field">
        <input
          id={id}
          type="checkbox"
          role="switch"
          className="switch"
          checked={on}
          disabled={settings === null || busy}
          aria-describedby={`${id}-about`}
          onChange={(event) => void turn(event.target.checked)}
        />
        <label htmlFor={id}>Offer my wins beside entries that read as a verdict on who I am</label>
        <span className="quiet-note" aria-live="polite">
          {note}
        </span>
      </div>
      <FormError message={error} />
    </section>
  );
}
