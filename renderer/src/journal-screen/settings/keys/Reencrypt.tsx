import { bounce } from '../../../api';
import { NewPassphraseFields } from '../../../auth/NewPassphraseFields';
import { useNewPassphrase } from '../../../auth/useNewPassphrase';
import { KeyActionBlock } from './KeyActionBlock';
import { PassphraseTaskForm } from './PassphraseTaskForm';
import { useKeyAction } from './useKeyAction';
import { usePassphraseTask } from './usePassphraseTask';

/** A new passphrase, a new data key and a new recovery code, every file sealed again. */
export function Reencrypt() {
  const task = usePassphraseTask();
  const form = useNewPassphrase();
  const action = useKeyAction(task.field.ref);

  async function reencrypt() {
    await task.run(
      async (current) => {
        const { recoveryCode } = await bounce().vault.reencrypt({ current, next: form.passphrase });
        form.clear();
        action.show(recoveryCode);
      },
      () => form.check(task.notSame),
    );
  }

  return (
    <KeyActionBlock
      title="Change passphrase and re-encrypt everything"
      action={action}
      intro={
        <p>
          Choose this if someone may have a copy of your journal folder or an old backup and your old passphrase. Every entry
          is sealed again under a new key, with a new passphrase and a new recovery code, so the old ones open nothing in this
          journal from then on.
        </p>
      }
      openLabel="Re-encrypt with a new passphrase…"
      form={
        <PassphraseTaskForm
          task={task}
          label="Current passphrase"
          onSubmit={() => void reencrypt()}
          submitLabel="Re-encrypt everything"
          busyNote="Re-encrypting every entry… keep the app open."
          hint="On a big journal this can take up to a minute. Keep the app open until it's done."
          long
          onCancel={() => {
            form.clear();
            action.cancel();
          }}
        >
          <NewPassphraseFields label="New passphrase" readOnly={task.busy} {...form.fields} />
        </PassphraseTaskForm>
      }
      changed={
        <>
          <p className="lead">
            Every entry is re-encrypted. Your old passphrase and your old recovery code no longer open this journal: unlock
            with your new passphrase, and keep this new code in place of the old one.
          </p>
          <p>
            Backups made before now still open with the old passphrase or the old recovery code, and hold what they held then.
            You may want to make a fresh backup and delete the old ones.
          </p>
        </>
      }
      keptNote="Done. Your journal is re-encrypted; unlock with your new passphrase from now on."
    />
  );
}
