import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTempFolder } from '../../support/use-temp-folder';
import { createJournal } from '../backup/journal-helpers';
import { cli } from './run-cli';

const folder = useTempFolder('bf-cli-pipe-', { perFile: true });
let journal: string;

beforeAll(async () => {
  journal = join(folder(), 'journal');
  const { vault } = await createJournal(journal);
  for (let day = 1; day <= 20; day++) await vault.journal().save({ title: `Day ${day}`, date: `2026-01-${String(day).padStart(2, '0')}`, body: 'words', tags: [] });
  await vault.lock('quit');
}, 20_000);

describe('output into a reader that stops early, as in bounce-forward list | head', () => {
  it('ends quietly, without a stack trace, with the exit code it has when the whole output is read', async () => {
    for (const json of [[], ['--json']]) {
      const args = ['list', '--journal', journal, '--passphrase-env', 'BF_PASS', ...json];
      const whole = await cli(args, { dataDir: join(folder(), 'data') });
      expect(whole.stdout).toMatch(/Day 20/);
      const run = await cli(args, { dataDir: join(folder(), 'data'), closeStdout: true });
      expect(run.stderr).not.toMatch(/EPIPE|Error|\n\s+at /);
      expect(run).toMatchObject({ code: whole.code, signal: null });
      expect([0, 7]).toContain(run.code);
    }
  }, 20_000);
});
