import { createHmac, randomUUID } from 'node:crypto';
import nacl from 'tweetnacl';
import { normaliseRecoveryCode } from '../../../shared/domain/recovery-code';
import type { BackupProtection } from '../../../shared/domain/backup';
import { deriveKeyEncryptionKey, freshKdfParams, type KdfParams } from '../../vault/crypto/kdf';
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
  /** The id this key's keyslots are bound to: a journal's id, or a backup-passphrase backup's own id. */
  keyId: string;
  key: Uint8Array;
}

/** The master key, and the id its keyslots are bound to (for journal-keys, the journal's id). */
export interface OpenedKeys {
  masterKey: Uint8Array;
  keyId: string;
}

const KEY_CHECK_LABEL = new TextEncoder().encode('bounce-forward/backup/v2/key-check\0');

/** Only a holder of the master key can compute it; the random nonce prefix makes it differ in every backup. */
export function keyCheckOf(masterKey: Uint8Array, noncePrefix: Uint8Array): Uint8Array {
  return new Uint8Array(createHmac('sha256', masterKey).update(KEY_CHECK_LABEL).update(noncePrefix).digest());
}

/** Whether `key` is this backup's master key, told from the header alone, with nothing derived from a passphrase. */
export function opensWithKey(header: BackupHeader, key: KnownKey): boolean {
  if (header.version === 1) return header.keyId === key.keyId;
  const check = keyCheckOf(key.key, Buffer.from(header.noncePrefix, 'base64'));
  return nacl.verify(check, Buffer.from(header.keyCheck, 'base64'));
}

/**
 * The keyslot context (see keyslot.ts) names the id the slot is bound to. Version 2
 * headers do not carry that id, so it is read back from inside the opened slot, and
 * the slot's kind must match the kind it is filed under.
 */
const SLOT_CONTEXT = /^bounce-forward\/keyslot\/v1\/([0-9a-f-]{36})\/(passphrase|recovery)\0$/u;

async function openSlotNamingItsId(slot: Keyslot, secret: string): Promise<OpenedKeys | null> {
  const kek = await deriveKeyEncryptionKey(secret, slot.kdf);
  const plaintext = nacl.secretbox.open(Buffer.from(slot.wrappedKey, 'base64'), Buffer.from(slot.nonce, 'base64'), kek);
  kek.fill(0);
  if (!plaintext) return null;
  const contextBytes = plaintext.length - DATA_KEY_BYTES;
  const context = contextBytes > 0 ? SLOT_CONTEXT.exec(Buffer.from(plaintext.subarray(0, contextBytes)).toString('latin1')) : null;
  if (!context || context[2] !== slot.kind) {
    plaintext.fill(0);
    throw new VaultError('DAMAGED', "This backup's keys are not as expected, so it was not opened. Nothing was changed.");
  }
  const masterKey = plaintext.slice(contextBytes);
  plaintext.fill(0);
  return { masterKey, keyId: context[1]! };
}

async function openSlot(header: BackupHeader, slot: Keyslot, secret: string): Promise<OpenedKeys | null> {
  if (header.version === 1) {
    const masterKey = await openKeyslot(slot, secret, header.keyId);
    return masterKey ? { masterKey, keyId: header.keyId } : null;
  }
  const opened = await openSlotNamingItsId(slot, secret);
  if (opened && !opensWithKey(header, { keyId: opened.keyId, key: opened.masterKey })) {
    opened.masterKey.fill(0);
    throw new VaultError('DAMAGED', "This backup's keys are not as expected, so it was not opened. Nothing was changed.");
  }
  return opened;
}

/**
 * Returns a copy of the master key. A journal's data key never changes (a new
 * passphrase only rewraps it), so the open journal's key opens all its own
 * journal-keys backups, however old, with no passphrase asked.
 */
export async function openBackupKeys(header: BackupHeader, access: BackupAccess): Promise<OpenedKeys> {
  const known = access.known?.find((candidate) => opensWithKey(header, candidate));
  if (known) return { masterKey: Uint8Array.from(known.key), keyId: known.keyId };
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
  const opened = await openSlot(header, passphraseSlot, secret);
  if (opened) return opened;
  const recoverySlot = slots.find((slot) => slot.kind === 'recovery');
  const code = normaliseRecoveryCode(secret);
  if (recoverySlot && code) {
    const viaCode = await openSlot(header, recoverySlot, code);
    if (viaCode) return viaCode;
  }
  throw new VaultError(
    'WRONG_PASSPHRASE',
    header.protection === 'backup-passphrase'
      ? "That backup passphrase isn't right. Check Caps Lock and try again. Nothing was changed."
      : "That doesn't open this backup. It opens with the passphrase or recovery code your journal had when the backup was made. Nothing was changed.",
  );
}
