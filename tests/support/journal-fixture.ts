import { inlineFramer } from '../../electron/vault/framing/entry-framer';
import { createAppServices, type AppServices, type AppServicesOptions } from '../../electron/api/app-services';
import { nodeFileSystem, type FileSystem } from '../../electron/vault/storage/file-system';
import { Vault } from '../../electron/vault/vault';
import { FAST_KDF } from './temp-folder';
import { nullPlatform } from './null-platform';

export const PASSPHRASE = 'river stone lantern 42';

/** A vault over `journalDir` with the cheap test KDF. */
export function openVault(journalDir: string, fs: FileSystem = nodeFileSystem): Vault {
  return new Vault({ framer: inlineFramer(), fs, journalDir, kdf: FAST_KDF });
}

/** Creates a journal and confirms its recovery code; the vault comes back unlocked. */
export async function createJournal(
  journalDir: string,
  options: { fs?: FileSystem; passphrase?: string } = {},
): Promise<{ vault: Vault; recoveryCode: string }> {
  const vault = openVault(journalDir, options.fs);
  const { recoveryCode, confirmGroups } = await vault.create(options.passphrase ?? PASSPHRASE);
  const groups = recoveryCode.split('-');
  await vault.confirmRecoveryCode(confirmGroups.map((group) => ({ group, value: groups[group - 1]! })));
  return { vault, recoveryCode };
}

/** The app's real services and dispatcher, with a journal created through the API. */
export async function createJournalServices(
  journalDir: string,
  options: Partial<AppServicesOptions> = {},
): Promise<{ services: AppServices; recoveryCode: string }> {
  const services = createAppServices({
    journalDir,
    platform: nullPlatform(),
    kdf: FAST_KDF,
    ...options,
    dispatcher: { checkResponses: true, ...options.dispatcher },
  });
  const created = await services.dispatch('vault.create', { passphrase: PASSPHRASE });
  if (!created.ok) throw new Error(created.error.message);
  const { recoveryCode, confirmGroups } = created.value as { recoveryCode: string; confirmGroups: number[] };
  const groups = recoveryCode.split('-');
  const confirmed = await services.dispatch('vault.confirmRecoveryCode', {
    answers: confirmGroups.map((group) => ({ group, value: groups[group - 1] })),
  });
  if (!confirmed.ok) throw new Error(confirmed.error.message);
  return { services, recoveryCode };
}
