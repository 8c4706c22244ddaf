import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTempFolder } from '../../support/use-temp-folder';
import { createJournal } from '../backup/journal-helpers';
import { cli as runCli, type RunOptions } from './run-cli';

const SECRET = 'hunter2-my-secret';
const folder = useTempFolder('bf-cli-secrets-', { perFile: true });
let journal: string;

const cli = (args: string[], options: Omit<RunOptions, 'dataDir'> = {}) => runCli(args, { dataDir: join(folder(), 'default-data'), ...options });

beforeAll(async () => {
  journal = join(folder(), 'journal');
  const { vault } = await createJournal(journal);
  await vault.lock('quit');
}, 20_000);

describe('what is given to a passphrase option is never repeated', () => {
  it('a passphrase given by mistake as the name of a variable is not printed, as text or as JSON', async () => {
    const runs = [
      await cli(['list', '--journal', journal, '--passphrase-env', SECRET]),
      await cli(['list', '--journal', journal, '--passphrase-env', SECRET, '--json']),
      await cli(['export', '--journal', journal, '--passphrase-env', 'BF_PASS', '--backup-passphrase-env', SECRET, '--out', join(folder(), 'b.bfbackup')]),
      await cli(['verify', join(folder(), 'b.bfbackup'), '--passphrase-fd', SECRET]),
      await cli(['list', '--journal', journal, '--passphrase-fd', '9']),
      await cli(['list', '--journal', journal, `--passphrase-env=${SECRET}`, '--passphrase-fd', '3']),
    ];
    for (const run of runs) {
      expect(run.code).not.toBe(0);
      expect(`${run.stdout}${run.stderr}`).not.toContain('hunter2');
    }
    expect(runs[0]!.stderr).toBe(
      'bounce-forward: The environment variable named by --passphrase-env is not set or is empty, so there is no passphrase to use. --passphrase-env takes the name of a variable that holds it, such as BF_PASS, never the passphrase itself.\n',
    );
    expect(runs[2]!.stderr).toMatch(/named by --backup-passphrase-env is not set/);
    expect(runs[4]).toMatchObject({ code: 5, stderr: expect.stringMatching(/file descriptor given to --passphrase-fd/) });
    expect(existsSync(join(folder(), 'b.bfbackup'))).toBe(false);
  }, 30_000);
});

describe('a new passphrase from the command line meets the same rule as in the window', () => {
  it('create refuses one that is long enough but easy to guess, with the window\'s words, and makes nothing', async () => {
    const target = join(folder(), 'guessable');
    const run = await cli(['create', '--journal', target, '--passphrase-env', 'WEAK'], { env: { WEAK: 'aaaaaaaaaaaa' } });
    expect(run).toMatchObject({ code: 1, stdout: '' });
    expect(run.stderr).toBe(
      "bounce-forward: This one could be guessed by someone determined. Adding another word or two that don't usually go together makes a big difference. No journal was made.\n",
    );
    expect(run.stderr).not.toContain('aaaaaaaaaaaa');
    expect(existsSync(target)).toBe(false);
    const short = await cli(['create', '--journal', target, '--passphrase-env', 'SHORT'], { env: { SHORT: 'too short' } });
    expect(short).toMatchObject({ code: 1, stderr: 'bounce-forward: A passphrase needs at least 10 characters. This one has 9. No journal was made.\n' });
    expect(existsSync(target)).toBe(false);
  }, 20_000);

  it('export refuses such a backup passphrase the same way, and writes nothing', async () => {
    const file = join(folder(), 'weak.bfbackup');
    const run = await cli(['export', '--journal', journal, '--passphrase-env', 'BF_PASS', '--backup-passphrase-env', 'WEAK', '--out', file, '--json'], { env: { WEAK: 'password1234' } });
    expect(run).toMatchObject({ code: 1, json: { ok: false, error: { code: 'USAGE', message: expect.stringMatching(/^This one could be guessed by someone determined\..* No backup was written\.$/) } } });
    expect(existsSync(file)).toBe(false);
  }, 20_000);

  it('create takes one that is hard to guess', async () => {
    const run = await cli(['create', '--journal', join(folder(), 'strong'), '--passphrase-env', 'STRONG', '--json'], { env: { STRONG: 'quiet harbour kettle 1987' } });
    expect(run).toMatchObject({ code: 0, json: { ok: true } });
  }, 20_000);
});
