import { open } from 'node:fs/promises';
import { VaultError } from '../../vault/errors';

/**
 * Positional reads over a backup file, so a file of any size is read one chunk at
 * a time and never loaded whole.
 */
export interface ByteSource {
  readonly size: number;
  /** Exactly `length` bytes from `offset`; the caller has already checked they exist. */
  read(offset: number, length: number): Promise<Uint8Array>;
  close(): Promise<void>;
}

export function bytesSource(bytes: Uint8Array): ByteSource {
  return {
    size: bytes.length,
    read: async (offset, length) => bytes.slice(offset, offset + length),
    close: async () => undefined,
  };
}

export function readFailure(error: unknown): VaultError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const why =
    code === 'ENOENT' ? 'it was not found'
    : code === 'EACCES' || code === 'EPERM' ? 'this account is not allowed to read it'
    : code === 'EISDIR' ? 'it is a folder, not a file'
    : 'the disk refused to read it';
  return new VaultError('DISK', `Couldn't read the backup file (${why}). Nothing was changed.`, { cause: error });
}

export async function openFileSource(path: string): Promise<ByteSource> {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    throw readFailure(error);
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw Object.assign(new Error('not a file'), { code: 'EISDIR' });
    const size = stat.size;
    return {
      size,
      async read(offset, length) {
        const buffer = Buffer.alloc(length);
        let done = 0;
        while (done < length) {
          let bytesRead: number;
          try {
            ({ bytesRead } = await handle.read(buffer, done, length - done, offset + done));
          } catch (error) {
            throw readFailure(error);
          }
          if (bytesRead === 0) throw new VaultError('DAMAGED', 'The backup file changed while it was being read. Nothing was changed.');
          done += bytesRead;
        }
        return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
      },
      close: () => handle.close(),
    };
  } catch (error) {
    await handle.close();
    throw error instanceof VaultError ? error : readFailure(error);
  }
}

export async function withFileSource<T>(path: string, work: (source: ByteSource) => Promise<T>): Promise<T> {
  const source = await openFileSource(path);
  try {
    return await work(source);
  } finally {
    await source.close().catch(() => undefined);
  }
}
