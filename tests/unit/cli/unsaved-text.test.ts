import { open, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTempFolder } from '../../support/use-temp-folder';
import { createJournal } from '../backup/journal-helpers';
import { cli as runCli, type RunOptions } from './run-cli';

const FULL_DISK = join(__dirname, 'fixtures/full-disk.cjs');
const folder = useTempFolder('bf-cli-unsaved-', { perFile: true });
let journal: string;

const cli = (args: string[], options: Omit<RunOptions, 'dataDir'> = {}) => runCli(args, { dataDir: join(folder(), 'default-data'), ...options });
const onFullDisk = { nodeArgs: ['--require', FULL_DISK], env: { BF_FULL_DISK_UNDER: '' } };
const addArgs = () => ['add', '--journal', journal, '--passphrase-env', 'BF_PASS', '--title', 'Written on a full disk'];
const titles = async () => ((await cli(['list', '--journal', journal, '--passphrase-env', 'BF_PASS', '--json'])).json.entries as { title: string }[]).map((entry) => entry.title);

beforeAll(async () => {
  journal = join(folder(), 'journal');
  const { vault } = await createJournal(journal);
  await vault.journal().save({ title: 'Already here', date: '2026-01-01', body: 'kept', tags: [] });
  await vault.lock('quit');
  onFullDisk.env.BF_FULL_DISK_UNDER = join(journal, 'records');
}, 20_000);

describe('an entry the command line could not save', () => {
  it('piped in: says plainly that the text was not kept and must be given again, never that it is still here', async () => {
    const run = await cli(addArgs(), { ...onFullDisk, stdin: 'words that exist only in this pipe' });
    expect(run.code).toBe(5);
    expect(run.stderr).toMatch(/^bounce-forward: Couldn't save to disk \(the disk is full\)\. Nothing was added, and the text given on stdin was not kept anywhere, so it needs to be given again\.\n/);
    expect(run.stderr).not.toMatch(/still here/);
    expect(await titles()).toEqual(['Already here']);
  }, 20_000);

  it('read from a file: names the file and says it is untouched', async () => {
    const file = join(folder(), 'entry.txt');
    await writeFile(file, 'words kept safe in a file');
    const handle = await open(file, 'r');
    try {
      const run = await cli([...addArgs(), '--json'], { ...onFullDisk, stdin: handle.fd });
      expect(run).toMatchObject({ code: 5, json: { ok: false, error: { code: 'DISK' } } });
      const message = (run.json.error as { message: string }).message;
      expect(message).toContain(`the file it was read from (${file}) is untouched`);
      expect(message).not.toMatch(/still here/);
    } finally {
      await handle.close();
    }
    expect(await readFile(file, 'utf8')).toBe('words kept safe in a file');
    expect(await titles()).toEqual(['Already here']);
  }, 20_000);
});
