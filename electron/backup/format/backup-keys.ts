import { randomUUID } from 'node:crypto';
import nacl from 'tweetnacl';
import { normaliseRecoveryCode } from '../../../shared/domain/recovery-code';
import type { BackupProtection } from '../../../shared/domain/backup';
import { freshKdfParams, type KdfParams } from '../../vault/crypto/kdf';
import { DATA_KEY_BYTES, openKeyslot, sealKeyslot, type Keyslot } from '../../vault/crypto/keyslot';
import { VaultError } from '../../vault/errors';
import type { BackupHeader } from './backup-header';

/**
 * The key a backup's body key is derived from, and the keyslots that wrap it.
 * journal-keys: the journal's own data key and keyslots, so the journal's
 * passphrase or recovery code opens the backup. backup-passphrase: a fresh random
 * key in one keyslot of its own (Argon2id with its own salt).
 */
export interface BackupKeys {
  protection: BackupProtection;
  keyId: string;
  keyslots: Keyslot[];
  masterKey: Uint8Array;
}

export interface OpenJournalKeys {
  journalId: string;
  keyslots: Keyslot[];
  dataKey: Uint8Array;
}

export function journalKeys(journal: OpenJournalKeys): BackupKeys {
  return { protection: 'journal-keys', keyId: journal.journalId, keyslots: journal.keyslots, masterKey: Uint8Array.from(journal.dataKey) };
}

export async function backupPassphraseKeys(
  passphrase: string,
  kdf: Omit<KdfParams, 'salt'>,
  randomBytes: (n: number) => Uint8Array = nacl.randomBytes,
  keyId: string = randomUUID(),
): Promise<BackupKeys> {
  const masterKey = randomBytes(DATA_KEY_BYTES);
  const slot = await sealKeyslot('passphrase', passphrase, freshKdfParams(randomBytes, kdf), masterKey, keyId);
  return { protection: 'backup-passphrase', keyId, keyslots: [slot], masterKey };
}

/** How a backup may be opened: a typed secret, or a key already held (the open journal's, or the writer's). */
export interface BackupAccess {
  secret?: string | undefined;
  known?: KnownKey[];
}

export interface KnownKey {
  /** The backup header's keyId this key opens: a journal id, or a backup-passphrase backup's own id. */
  keyId: string;
  key: Uint8Array;
}

/**
 * Returns a copy of the master key. A journal's data key never changes (a new
 * passphrase only rewraps it), so the open journal's key opens all its own
 * journal-keys backups, however old, with no passphrase asked.
 */
export async function openBackupKeys(header: BackupHeader, access: BackupAccess): Promise<Uint8Array> {
  const known = access.known?.find((candidate) => candidate.keyId === header.keyId);
  if (known) return Uint8Array.from(known.key);
  const secret = access.secret;
  if (!secret) {
    throw new VaultError(
      'WRONG_PASSPHRASE',
      header.protection === 'backup-passphrase'
        ? 'This backup has its own passphrase. Type it to open the backup.'
        : 'This backup belongs to another journal. Type the passphrase or recovery code that journal had when the backup was made.',
    );
  }
  const slots = header.keyslots;
  const passphraseSlot = slots.find((slot) => slot.kind === 'passphrase')!;
  const key = await openKeyslot(passphraseSlot, secret, header.keyId);
  if (key) return key;
  const recoverySlot = slots.find((slot) => slot.kind === 'recovery');
  const code = normaliseRecoveryCode(secret);
  if (recoverySlot && code) {
    const viaCode = await openKeyslot(recoverySlot, code, header.keyId);
    if (viaCode) return viaCode;
  }
  throw new VaultError(
    'WRONG_PASSPHRASE',
    header.protection === 'backup-passphrase'
      ? "That backup passphrase isn't right. Check Caps Lock and try again. Nothing was changed."
      : "That doesn't open this backup. It opens with the passphrase or recovery code your journal had when the backup was made. Nothing was changed.",
  );
}
