import { bounce } from '../../../api';
import { KeyActionBlock } from './KeyActionBlock';
import { PassphraseTaskForm } from './PassphraseTaskForm';
import { useKeyAction } from './useKeyAction';
import { usePassphraseTask } from './usePassphraseTask';

/** A new recovery code in place of the old one; the passphrase stays. */
export function NewRecoveryCode() {
  const task = usePassphraseTask();
  const action = useKeyAction(task.field.ref);

  async function make() {
    await task.run(async (passphrase) => {
      const { recoveryCode } = await bounce().vault.newRecoveryCode({ passphrase });
      action.show(recoveryCode);
    });
  }

  return (
    <KeyActionBlock
      title="Make a new recovery code"
      action={action}
      intro={
        <p>
          If your recovery code may have been seen, or you can't find it, make a new one. It is shown once, to copy or print,
          and from then on the old code stops opening this journal. An old copy of your journal folder would still accept
          it; to rule that out too, re-encrypt everything instead. Backups made before now also still open with the old
          code, so you may want to make a fresh backup.
        </p>
      }
      openLabel="Make a new recovery code…"
      form={
        <PassphraseTaskForm
          task={task}
          label="Your passphrase"
          onSubmit={() => void make()}
          submitLabel="Make the new code"
          busyNote="Making a new recovery code…"
          onCancel={action.cancel}
        />
      }
      changed={
        <p className="lead">
          Your old recovery code no longer opens this journal. Your passphrase stays the same. Keep this new code in place of
          the old one.
        </p>
      }
      keptNote="Done. The new recovery code is the one that opens this journal now."
    />
  );
}
