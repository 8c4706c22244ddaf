import { openKeyslot, type Keyslot, type KeyslotKind } from './crypto/keyslot';
import { VaultError } from './errors';
import { HEADER_FILE, type HeaderState, type JournalHeader } from './storage/header';

export interface OpenedSlot {
  /** The header whose keyslot the secret opened: the one to keep using and to write back. */
  header: JournalHeader;
  dataKey: Uint8Array;
  /** journal.json and its copy are not both this header; writing it back repairs them. */
  needsRepair: boolean;
  /** Why journal.json itself could not be used, for the damage report; null when it could. */
  damage: string | null;
}

/**
 * Opens a keyslot with the secret, in journal.json first and in its copy only
 * when the copy differs (journal.json altered, or a passphrase change cut off
 * between its two writes). On a healthy journal the two are the same, so a wrong
 * guess costs exactly one KDF run. Null when the secret is wrong.
 */
export async function openHeaderKeyslot(read: HeaderState, kind: KeyslotKind, secret: string): Promise<OpenedSlot | null> {
  const candidates = read.alternative ? [read.header, read.alternative] : [read.header];
  let failure: unknown = null;
  for (const [i, header] of candidates.entries()) {
    const slot = header.keyslots.find((candidate) => candidate.kind === kind);
    if (!slot) {
      failure ??= new VaultError('DAMAGED', `The journal header has no ${kind} keyslot.`);
      continue;
    }
    let dataKey: Uint8Array | null;
    try {
      dataKey = await openKeyslot(slot, secret, header.journalId);
    } catch (error) {
      failure ??= error;
      continue;
    }
    if (!dataKey) continue;
    const usedCopy = i > 0;
    const secretName = kind === 'passphrase' ? 'passphrase' : 'recovery code';
    return {
      header,
      dataKey,
      needsRepair: read.needsRepair,
      damage: usedCopy
        ? `The journal header (${HEADER_FILE}) does not open with this ${secretName} but its copy does: a passphrase change was cut off, or ${HEADER_FILE} was altered. The copy was used.`
        : read.damage,
    };
  }
  if (failure) throw failure;
  return null;
}

/** The header's slot of one kind; a header without it is damaged. */
export function keyslotOf(header: JournalHeader, kind: KeyslotKind): Keyslot {
  const slot = header.keyslots.find((candidate) => candidate.kind === kind);
  if (!slot) throw new VaultError('DAMAGED', `The journal header has no ${kind} keyslot.`);
  return slot;
}
