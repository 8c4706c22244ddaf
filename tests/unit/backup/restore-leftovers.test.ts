import { mkdir, readdir, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LEFTOVER_AGE_MS } from '../../../electron/backup/restore-leftovers';
import { useTempFolder } from '../../support/use-temp-folder';
import { createJournal, services, settleJournals } from './journal-helpers';

const folder = useTempFolder('bf-leftovers-');
afterEach(async () => {
  await settleJournals();
});

async function aged(path: string, ms: number): Promise<void> {
  const then = (Date.now() - ms) / 1000;
  await utimes(path, then, then);
}

describe('what a killed restore left behind (item 11)', () => {
  it("the next restore removes the app's own old restore folders, and nothing else", async () => {
    const { vault } = await createJournal(join(folder(), 'mine'));
    await vault.journal().save({ title: 'T', date: '2026-01-01', body: 'B', tags: [] });
    const file = join(folder(), 'mine.bfbackup');
    await services(vault).exportTo(file, 'journal-keys');
    const place = join(folder(), 'restores');
    const stale = join(place, '.old journal.restoring-0123456789ab');
    const fresh = join(place, '.busy.restoring-ba9876543210');
    const lookalike = join(place, '.notes.restoring-later');
    const file2 = join(place, '.x.restoring-aaaaaaaaaaaa');
    for (const dir of [join(stale, 'records', 'ab'), fresh, lookalike]) await mkdir(dir, { recursive: true });
    await writeFile(file2, 'a file, not a folder');
    for (const path of [join(stale, 'records', 'ab'), join(stale, 'records'), stale, lookalike, file2]) await aged(path, 2 * LEFTOVER_AGE_MS);
    await aged(fresh, LEFTOVER_AGE_MS / 2);

    await services(vault).restoreInto(file, undefined, join(place, 'restored'));
    expect((await readdir(place)).sort()).toEqual(['.busy.restoring-ba9876543210', '.notes.restoring-later', '.x.restoring-aaaaaaaaaaaa', 'restored']);
  });
});
