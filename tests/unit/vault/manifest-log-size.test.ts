import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_RECORD_FILE_BYTES, nodeFileSystem } from '../../../electron/vault/storage/file-system';
import { Manifest } from '../../../electron/vault/storage/manifest';
import { useTempFolder } from '../../support/use-temp-folder';

// Found by the bench: a session that saved about 60,000 times (a large import does) left a
// manifest log over the 32 MiB a record may be, and the next open called the manifest unreadable.
const folder = useTempFolder('bf-manifest-log-');

describe('the manifest log', () => {
  it('is read whole when a long session has grown it past the largest record file', async () => {
    const key = new Uint8Array(randomBytes(32));
    const writer = new Manifest(nodeFileSystem, folder(), key);
    await writer.writeSnapshot();
    const title = 't'.repeat(1024 * 1024);
    const frames = Math.ceil(MAX_RECORD_FILE_BYTES / title.length) + 2;
    for (let i = 0; i < frames; i += 1) await writer.recordSaved(`entry-${i}`, 'entry', 1, { title });

    const reader = new Manifest(nodeFileSystem, folder(), key);
    expect(await reader.read()).toEqual({ found: true, damage: null });
    expect(reader.records.size).toBe(frames);
    expect(reader.records.get(`entry-${frames - 1}`)).toEqual({ kind: 'entry', version: 1, title });
  }, 60_000);

  it('still refuses, unread, a file larger than the limit its reader names', async () => {
    const path = join(folder(), 'big');
    await writeFile(path, new Uint8Array(64));
    expect(() => nodeFileSystem.readFileSync(path, 32)).toThrow(/larger than any file the journal writes/u);
    expect(nodeFileSystem.readFileSync(path, 64)).toHaveLength(64);
  });
});
