import { readBackupHeader } from './format/backup-header';
import { opensWithKey, type KnownKey } from './format/backup-keys';
import { bodyLayout } from './format/backup-reader';
import { manifestLineSchema } from './format/body-lines';
import { withFileSource } from './format/byte-source';
import { deriveBodyKey, openChunk } from './format/chunk-crypto';

/** The manifest line is ~150 bytes; more than this before its end means the file is not one of ours. */
const MANIFEST_SEARCH_BYTES = 64 * 1024;

/**
 * When this journal made the backup at `path`, read from the sealed manifest, or
 * null when the file is not a backup made with this journal's key (another
 * journal's, a stranger's file, or damaged). Opening the first chunk proves the
 * key, so a file is never judged ours by its name or by anything in clear.
 */
export async function ownBackupMadeAt(path: string, key: KnownKey): Promise<string | null> {
  try {
    return await withFileSource(path, async (source) => {
      const parsed = await readBackupHeader(source);
      if (parsed.header.protection !== 'journal-keys' || !opensWithKey(parsed.header, key)) return null;
      const layout = bodyLayout(parsed);
      const prefix = Buffer.from(parsed.header.noncePrefix, 'base64');
      const bodyKey = deriveBodyKey(key.key, parsed.hash);
      const parts: Buffer[] = [];
      try {
        let offset = parsed.bodyOffset;
        for (let index = 0; index < layout.chunks && Buffer.concat(parts).length < MANIFEST_SEARCH_BYTES; index++) {
          const last = index === layout.chunks - 1;
          const length = last ? layout.lastChunkBytes : layout.fullChunkBytes;
          const plain = openChunk(await source.read(offset, length), prefix, index, last, bodyKey);
          if (!plain) return null;
          offset += length;
          const newline = plain.indexOf(0x0a);
          parts.push(Buffer.from(newline === -1 ? plain : plain.subarray(0, newline)));
          plain.fill(0);
          if (newline !== -1) {
            const manifest = manifestLineSchema.safeParse(JSON.parse(Buffer.concat(parts).toString('utf8')));
            return manifest.success ? manifest.data.createdAt : null;
          }
        }
        return null;
      } finally {
        bodyKey.fill(0);
        for (const part of parts) part.fill(0);
      }
    });
  } catch {
    return null;
  }
}
