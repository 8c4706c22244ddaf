import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import nacl from 'tweetnacl';
import { RECORD_MAGIC } from '../../electron/vault/crypto/sealed-record';
import type { FileSystem } from '../../electron/vault/storage/file-system';
import { idFromRecordFileName, RECORDS_FOLDER } from '../../electron/vault/storage/record-paths';

const NONCE_BYTES = nacl.secretbox.nonceLength;
const HEADER_BYTES = RECORD_MAGIC.length + NONCE_BYTES;
/** The manifest log is a run of frames, each a 4-byte length and then one sealed record. */
const FRAME_LENGTH_BYTES = 4;

/** A file system that notes every file read through it: which files an open actually reads. */
export function recordingFileSystem(base: FileSystem): { fs: FileSystem; reads: Set<string> } {
  const reads = new Set<string>();
  return {
    reads,
    fs: {
      ...base,
      readFile: (path) => {
        reads.add(path);
        return base.readFile(path);
      },
      readFileSync: (path) => {
        reads.add(path);
        return base.readFileSync(path);
      },
    },
  };
}

/** Every record's current file (`<id>.bfr`): never the `.prev` copies, which open reads only when the current file is damaged. */
export async function currentRecordFiles(journalDir: string): Promise<string[]> {
  const root = join(journalDir, RECORDS_FOLDER);
  const files: string[] = [];
  for (const folder of await readdir(root)) {
    for (const name of await readdir(join(root, folder))) if (idFromRecordFileName(name)) files.push(join(root, folder, name));
  }
  return files;
}

function isSealedRecord(bytes: Uint8Array): boolean {
  return bytes.length >= HEADER_BYTES && RECORD_MAGIC.every((byte, index) => bytes[index] === byte);
}

function openSealed(bytes: Uint8Array, key: Uint8Array): boolean {
  return nacl.secretbox.open(bytes.subarray(HEADER_BYTES), bytes.subarray(RECORD_MAGIC.length, HEADER_BYTES), key) !== null;
}

/**
 * The least any open must do with these files: read each (from the page cache, as
 * open does after the first) and decrypt it with tweetnacl in one tight loop. A
 * file of sealed frames (the manifest's log) has each frame decrypted. Returns
 * how many sealed records were opened.
 */
export function readAndDecrypt(fs: FileSystem, paths: readonly string[], key: Uint8Array): number {
  let opened = 0;
  for (const path of paths) {
    let bytes: Uint8Array;
    try {
      bytes = fs.readFileSync(path);
    } catch {
      continue; // read by open to check it is absent (a missing .prev, a log not yet written)
    }
    if (isSealedRecord(bytes)) {
      if (openSealed(bytes, key)) opened++;
      continue;
    }
    for (let offset = 0; offset + FRAME_LENGTH_BYTES <= bytes.length; ) {
      const length = new DataView(bytes.buffer, bytes.byteOffset + offset, FRAME_LENGTH_BYTES).getUint32(0);
      const frame = bytes.subarray(offset + FRAME_LENGTH_BYTES, offset + FRAME_LENGTH_BYTES + length);
      if (isSealedRecord(frame) && openSealed(frame, key)) opened++;
      offset += FRAME_LENGTH_BYTES + length;
    }
  }
  return opened;
}
