import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES } from '../../../electron/backup/import/import-journal';
import { makeTempFolder } from '../../support/temp-folder';
import { createJournal, services, settleJournals, snapshot } from './journal-helpers';

let folder: Awaited<ReturnType<typeof makeTempFolder>>;
beforeEach(async () => {
  folder = await makeTempFolder('bf-import-size-');
});
afterEach(async () => {
  await settleJournals();
  await folder.remove();
});

describe('an import file too large to be text (item 10)', () => {
  it('is refused by its size before it is read, with the limit named, and nothing imported', async () => {
    expect(MAX_IMPORT_BYTES).toBeLessThanOrEqual(32 * 1024 * 1024);
    const { vault } = await createJournal(join(folder.path, 'journal'));
    const path = join(folder.path, 'huge.json');
    // A sparse 250 MB file: if the importer read it, memory would show it; it must not get that far.
    const handle = await open(path, 'w');
    await handle.write('{"entries":[', 0);
    await handle.truncate(250 * 1024 * 1024);
    await handle.close();
    const before = await snapshot(vault.journalDir);
    const rssBefore = process.memoryUsage().rss;
    await expect(services(vault).importJournal(path, 'jrnl')).rejects.toMatchObject({
      code: 'INVALID_REQUEST',
      message: expect.stringMatching(/250 MB, more than the 32 MB an import can be.*Nothing was imported/),
    });
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(50 * 1024 * 1024);
    expect(await snapshot(vault.journalDir)).toEqual(before);
  });
});
