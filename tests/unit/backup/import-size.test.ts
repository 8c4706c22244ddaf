import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { useTempFolder } from '../../support/use-temp-folder';
import { createJournal, services, settleJournals, snapshot } from './journal-helpers';

const folder = useTempFolder('bf-import-size-');
afterEach(async () => {
  await settleJournals();
});

describe('an import file too large to be text (item 10)', () => {
  it('is refused by its size before it is read, with the limit named, and nothing imported', async () => {
    const { vault } = await createJournal(join(folder(), 'journal'));
    const path = join(folder(), 'huge.json');
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
