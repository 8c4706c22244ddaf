import { describeRootCauseRecurrence } from '../../shared/domain/root-cause-patterns';
import { timelineByMonth } from '../../shared/domain/timeline';
import type { AutoLock } from '../vault/auto-lock';
import type { Vault } from '../vault/vault';
import { createBackupHandlers, type BackupHandlerDeps } from './backup-handlers';
import { createEvidenceHandlers } from './evidence-handlers';
import { createReviewHandlers } from './review-handlers';
import { createTimelineHandlers } from './timeline-handlers';
import type { ApiHandlers } from './dispatcher';
import { saveRecoveryCodeFile, type Platform } from './platform';

/** Wires each contract method to the service that answers it. */
export function createApiHandlers(vault: Vault, autoLock: AutoLock, platform: Platform, backup: BackupHandlerDeps): ApiHandlers {
  const afterUnlock = () => autoLock.start(vault.journal().getSettings().autoLockMinutes);
  // Answers that need every body wait for a large journal's background read rather than reading the rest in one block.
  const checkedJournal = async () => {
    const journal = vault.journal();
    await journal.whenChecked();
    return journal;
  };
  return {
    'vault.status': () => vault.status(),
    'vault.create': ({ passphrase }) => vault.create(passphrase),
    'vault.saveRecoveryCode': async () => ({ savedTo: await saveRecoveryCodeFile(platform, vault.pendingRecoveryCode()) }),
    'vault.confirmRecoveryCode': async ({ answers }) => {
      await vault.confirmRecoveryCode(answers);
      afterUnlock();
      return null;
    },
    'vault.cancelCreate': async () => {
      vault.cancelCreate();
      return null;
    },
    'vault.unlock': async ({ passphrase }) => {
      await vault.unlock(passphrase);
      afterUnlock();
      return null;
    },
    'vault.recover': async ({ recoveryCode, newPassphrase }) => {
      await vault.recover(recoveryCode, newPassphrase);
      afterUnlock();
      return null;
    },
    'vault.changePassphrase': async ({ current, next }) => {
      await vault.changePassphrase(current, next);
      return null;
    },
    'vault.lock': async () => {
      await vault.lock('user');
      return null;
    },
    'vault.reencrypt': ({ current, next }) => vault.reencrypt(current, next),
    'vault.newRecoveryCode': ({ passphrase }) => vault.newRecoveryCode(passphrase),
    'vault.dismissProblems': async ({ ids }) => {
      await vault.journal().dismissProblems(ids);
      return null;
    },
    'entries.list': async (query) => vault.journal().list(query),
    'entries.get': async ({ id }) => vault.journal().get(id),
    'entries.save': (draft) => vault.journal().save(draft),
    'entries.trash': ({ id }) => vault.journal().trash(id),
    'entries.restore': ({ id }) => vault.journal().restore(id),
    'entries.purge': async ({ id }) => {
      await vault.journal().purge(id);
      return null;
    },
    'entries.tags': async ({ kind }) => ({ tags: vault.journal().tags(kind) }),
    'entries.correctFraming': ({ id, sentence, label }) => vault.journal().correctFraming(id, sentence, label),
    'steps.list': async () => ({ steps: (await checkedJournal()).openSteps() }),
    'steps.settle': ({ entryId, status }) => vault.journal().settleStep(entryId, status),
    'reflections.rootCausePattern': async ({ entryId, date, rootCause }) => ({
      message: describeRootCauseRecurrence((await checkedJournal()).rootCauseHistory(), { entryId: entryId ?? '', date, rootCause }),
    }),
    'timeline.months': async () => ({ months: timelineByMonth((await checkedJournal()).allEntries()) }),
    'settings.get': async () => vault.journal().getSettings(),
    'settings.update': async (patch) => {
      const settings = await vault.journal().updateSettings(patch);
      autoLock.setMinutes(settings.autoLockMinutes);
      return settings;
    },
    'session.activity': async () => null,
    ...createBackupHandlers(vault, platform, backup),
    ...createEvidenceHandlers(vault),
    ...createTimelineHandlers(vault),
    ...createReviewHandlers(vault, platform),
  };
}
