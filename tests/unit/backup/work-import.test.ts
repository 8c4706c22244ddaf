import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { Vault } from '../../../electron/vault/vault';
import { useTempFolder } from '../../support/use-temp-folder';
import { createJournal, recordsOf, services, settleJournals, snapshot } from './journal-helpers';
import { expectStages, watched } from './work-helpers';

const folder = useTempFolder('bf-work-import-');
afterEach(async () => {
  await settleJournals();
});
const IN_FILE = 10;
const ALREADY_HERE = { title: 'Day 3', date: '2025-06-03', body: 'The third day, already in the journal.' };

/** A jrnl export of ten entries, the third of which the journal already holds. */
async function jrnlFile(): Promise<string> {
  const entries = Array.from({ length: IN_FILE }, (_, index) =>
    index === 2 ? { ...ALREADY_HERE, tags: [] } : { title: `Day ${index + 1}`, date: `2025-06-${String(index + 1).padStart(2, '0')}`, body: `Imported words for day ${index + 1}.`, tags: ['@moved'] },
  );
  const path = join(folder(), 'jrnl.json');
  await writeFile(path, JSON.stringify({ tags: {}, entries }));
  return path;
}

async function journalWithOneEntry(name: string): Promise<Vault> {
  const { vault } = await createJournal(join(folder(), name));
  await vault.journal().save({ ...ALREADY_HERE, tags: [] });
  await settleJournals();
  return vault;
}

/** The record files (not folders, nor the manifest's log, which records the add and the removal). */
async function recordFiles(vault: Vault): Promise<Record<string, string>> {
  const all = await snapshot(vault.journalDir);
  return Object.fromEntries(Object.entries(all).filter(([path]) => path.startsWith('records') && !path.endsWith('/')));
}

const entriesOf = (vault: Vault) => vault.journal().allEntries().map(({ id, title, date, body, tags, deletedAt }) => ({ id, title, date, body, tags, deletedAt }));

describe('import progress', () => {
  it('reads the file, then counts every entry in it up to its total, duplicates included', async () => {
    const vault = await journalWithOneEntry('journal');
    const { work, seen } = watched('import');
    const result = await services(vault).importJournal(await jrnlFile(), 'jrnl', work);
    expect(result).toMatchObject({ imported: IN_FILE - 1, duplicates: 1 });
    expectStages(seen, ['reading', 'saving']);
    expect(seen.filter((step) => step.stage === 'saving').map((step) => step.done)).toEqual(Array.from({ length: IN_FILE + 1 }, (_, n) => n));
  });
});

describe('cancelling an import', () => {
  it('after any number of entries, takes out every entry it added and nothing that was there before', async () => {
    const file = await jrnlFile();
    // One journal per cancel point keeps each run's starting point exactly the same.
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: IN_FILE }), async (k) => {
        const vault = await journalWithOneEntry(`journal-${run++}`);
        const entriesBefore = entriesOf(vault);
        const recordsBefore = await recordsOf(vault);
        const filesBefore = await recordFiles(vault);
        const { work, seen, cancelAnswers } = watched('import', { stage: 'saving', done: k });
        await expect(services(vault).importJournal(file, 'jrnl', work)).rejects.toMatchObject({ code: 'CANCELLED', message: expect.stringMatching(/Nothing was imported/) });
        expect(cancelAnswers).toEqual([true]);
        await settleJournals();
        expect(entriesOf(vault)).toEqual(entriesBefore);
        expect(await recordsOf(vault)).toEqual(recordsBefore);
        expect(await recordFiles(vault)).toEqual(filesBefore);
        const removing = seen.filter((step) => step.stage === 'removing');
        const added = k === 0 ? 0 : k > 2 ? k - 1 : k;
        expect(removing.at(-1)).toMatchObject({ done: added, total: added });
        // And after locking and opening again, as the disk has it.
        await vault.lock('user');
        await vault.unlock('river stone lantern 42');
        expect(entriesOf(vault)).toEqual(entriesBefore);
      }),
      { numRuns: 6 },
    );
  });

  it('while the file is being read, stops before anything is saved', async () => {
    const vault = await journalWithOneEntry('journal');
    const filesBefore = await recordFiles(vault);
    const { work } = watched('import', { stage: 'reading', done: 1 });
    await expect(services(vault).importJournal(await jrnlFile(), 'jrnl', work)).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(await recordFiles(vault)).toEqual(filesBefore);
    expect(entriesOf(vault)).toHaveLength(1);
  });
});
