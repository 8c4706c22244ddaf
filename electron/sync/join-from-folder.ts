import type { KeyslotKind } from '../vault/crypto/keyslot';
import { VaultError } from '../vault/errors';
import { openHeaderKeyslot } from '../vault/header-keyslots';
import { ensureFolderDurably } from '../vault/storage/durable-write';
import type { FileSystem } from '../vault/storage/file-system';
import { readHeader, writeHeader } from '../vault/storage/header';
import { RecordStore } from '../vault/storage/record-store';
import { ReplicaFolder } from './replica-folder';

/**
 * A second computer's first run: the journal's header is taken from the synced
 * folder (any computer's copy; each holds the keyslots), checked by opening it with
 * the passphrase or recovery code, and written as a new, empty journal here. The
 * vault then unlocks it with the same secret, and the first sync pass fills it.
 */
export async function joinFromFolder(options: { fs: FileSystem; folder: string; journalDir: string; kind: KeyslotKind; secret: string }): Promise<{ journalId: string }> {
  const { fs, journalDir } = options;
  const found = await new ReplicaFolder(fs, options.folder).anyHeader();
  if (!found) throw new VaultError('NOT_FOUND', 'No Bounce Forward journal was found in that folder (or it has not finished arriving).');
  if (await readHeader(fs, journalDir).catch(() => 'damaged')) {
    throw new VaultError('JOURNAL_EXISTS', 'A journal already exists here.');
  }
  const opened = await openHeaderKeyslot(found, options.kind, options.secret);
  if (!opened) {
    throw new VaultError(
      options.kind === 'passphrase' ? 'WRONG_PASSPHRASE' : 'WRONG_RECOVERY_CODE',
      options.kind === 'passphrase' ? "That passphrase doesn't open the journal in this folder." : "That recovery code doesn't open the journal in this folder.",
    );
  }
  try {
    await ensureFolderDurably(fs, journalDir);
    // As when a journal is created: the manifest exists before the header that says to expect one.
    await new RecordStore(fs, journalDir, opened.dataKey).startManifest();
    const { rekey: _unfinished, ...header } = opened.header;
    await writeHeader(fs, journalDir, { ...header, manifest: true });
  } finally {
    opened.dataKey.fill(0);
  }
  return { journalId: opened.header.journalId };
}
