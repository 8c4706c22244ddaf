import { useId, useState } from 'react';
import type { JournalSettings } from '../../../../shared/domain/settings';
import { FormError } from '../../components/FormError';
import { useSettingsUpdate } from './useSettingsUpdate';
// The switch's look lives with the wins switch it sits beside.
import '../../styles/surfacing.css';

interface ListMarksSettingProps {
  settings: JournalSettings | null;
  onSettings: (settings: JournalSettings) => void;
}

/** Whether each entry in the list carries its small framing mark; some would rather not see a reading at a glance. */
export function ListMarksSetting({ settings, onSettings }: ListMarksSettingProps) {
  const id = useId();
  const { note, error, busy, update } = useSettingsUpdate(onSettings);
  // The switch moves at once; if the change cannot be saved it goes back and says why.
  const [asked, setAsked] = useState<boolean | null>(null);
  const on = asked ?? settings?.showListMarks ?? true;

  async function turn(value: boolean) {
    setAsked(value);
    await update({ showListMarks: value });
    setAsked(null);
  }

  return (
    <section className="settings-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Framing marks in the list</h2>
      <p id={`${id}-about`}>
        Each entry in the list can carry a small mark of how it reads: who I am, what I did, someone else or in between.
        With the marks off the list shows only the day, the title and the first words. The framing view beside an open
        entry stays as it is.
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
        <label htmlFor={id}>Show framing marks in the list</label>
        <span className="quiet-note" aria-live="polite">
          {note}
        </span>
      </div>
      <FormError message={error} />
    </section>
  );
}
