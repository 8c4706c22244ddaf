import { useId, useState } from 'react';
import { bounce } from '../../../api';
import { NewPassphraseFields } from '../../../auth/NewPassphraseFields';
import { useNewPassphrase } from '../../../auth/useNewPassphrase';
import { PassphraseTaskForm } from './PassphraseTaskForm';
import { usePassphraseTask } from './usePassphraseTask';

/** A new passphrase over the same key: quick, and nothing is rewritten. */
export function ChangePassphrase() {
  const id = useId();
  const task = usePassphraseTask();
  const form = useNewPassphrase();
  const [done, setDone] = useState('');

  async function change() {
    setDone('');
    await task.run(
      async (current) => {
        await bounce().vault.changePassphrase({ current, next: form.passphrase });
        form.clear();
        setDone('Your passphrase is changed. Use the new one next time you unlock. Your recovery code stays the same.');
      },
      () => form.check(task.notSame),
    );
  }

  return (
    <div className="key-block" role="group" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>Change passphrase</h3>
      <p>
        This changes the passphrase you unlock with, and keeps the same key underneath, so it doesn't stop someone who already
        has a copy of your journal folder or an old backup and knows your old passphrase.
      </p>
      <PassphraseTaskForm
        task={task}
        label="Current passphrase"
        onSubmit={() => void change()}
        submitLabel="Change passphrase"
        busyNote="Changing your passphrase…"
        doneNote={done}
      >
        <NewPassphraseFields label="New passphrase" readOnly={task.busy} {...form.fields} />
      </PassphraseTaskForm>
    </div>
  );
}
