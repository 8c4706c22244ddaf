import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { JournalSettings } from '../../../../shared/domain/settings';
import { Field } from '../../components/Field';
import { FormError } from '../../components/FormError';
import { useSettingsUpdate } from './useSettingsUpdate';

interface SupportSettingProps {
  settings: JournalSettings | null;
  onSettings: (settings: JournalSettings) => void;
}

/** The person's own support contacts, shown on the care card. They stay inside the encrypted journal. */
export function SupportSetting({ settings, onSettings }: SupportSettingProps) {
  const id = useId();
  const [contact, setContact] = useState(settings?.care.trustedContact ?? '');
  const [line, setLine] = useState(settings?.care.crisisLine ?? '');
  const { note, error, busy, update } = useSettingsUpdate(onSettings);
  const loaded = settings !== null;

  // Settings may arrive after the first paint; fill the fields once, when they do.
  const filled = useRef(loaded);
  useEffect(() => {
    if (!settings || filled.current) return;
    filled.current = true;
    setContact(settings.care.trustedContact);
    setLine(settings.care.crisisLine);
  }, [settings]);

  function save(event: FormEvent) {
    event.preventDefault();
    void update({ care: { trustedContact: contact.trim(), crisisLine: line.trim() } });
  }

  return (
    <section className="settings-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Support</h2>
      <p>
        If something you write sounds like you might be thinking of hurting yourself or not wanting to live, the journal
        shows a short, calm card with these contacts. They stay in your encrypted journal and are never sent anywhere.
      </p>
      <form className="settings-form" onSubmit={save} noValidate>
        <Field
          label="Someone you trust"
          hint="A name and how to reach them, e.g. “Sam, 07700 900123”."
          value={contact}
          maxLength={500}
          autoComplete="off"
          spellCheck={false}
          disabled={!loaded}
          onChange={(event) => setContact(event.target.value)}
        />
        <Field
          label="Your local crisis line"
          hint="The number or service you'd want to see, for where you live."
          value={line}
          maxLength={500}
          autoComplete="off"
          spellCheck={false}
          disabled={!loaded}
          onChange={(event) => setLine(event.target.value)}
        />
        <div className="actions">
          <button type="submit" className="button" disabled={!loaded || busy}>
            Save support contacts
          </button>
          <span className="quiet-note" aria-live="polite">
            {note}
          </span>
        </div>
        <FormError message={error} />
      </form>
    </section>
  );
}
