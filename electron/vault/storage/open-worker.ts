import { parentPort } from 'node:worker_threads';
import { openSealedBytes } from '../crypto/sealed-record';
import { nodeFileSystem } from './file-system';

/** One chunk of record files to read and decrypt, with a copy of the key the worker wipes once the chunk is done. */
export interface OpenRequest {
  chunk: number;
  key: Uint8Array;
  files: { id: string; path: string }[];
}

/** Each file's plaintext (transferred, not copied), or null when it did not open: the main thread then reads it the careful way. */
export interface OpenReply {
  chunk: number;
  plaintexts: (Uint8Array | null)[];
}

const port = parentPort;
if (port) {
  port.on('message', (request: OpenRequest) => {
    const plaintexts: (Uint8Array | null)[] = [];
    const transfer: ArrayBuffer[] = [];
    try {
      for (const file of request.files) {
        try {
          const plaintext = openSealedBytes(request.key, nodeFileSystem.readFileSync(file.path), file.id);
          plaintexts.push(plaintext);
          transfer.push(plaintext.buffer as ArrayBuffer);
        } catch {
          plaintexts.push(null);
        }
      }
    } finally {
      request.key.fill(0);
    }
    port.postMessage({ chunk: request.chunk, plaintexts } satisfies OpenReply, transfer);
  });
}
