import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempFolder } from '../../support/temp-folder';
import { createJournal } from '../backup/journal-helpers';
import { cli } from './run-cli';

let folder: Awaited<ReturnType<typeof makeTempFolder>>;
let journal: string;

beforeAll(async () => {
  folder = await makeTempFolder('bf-cli-pipe-');
  journal = join(folder.path, 'journal');
  const { vault } = await createJournal(journal);
  for (let day = 1; day <= 20; day++) await vault.journal().save({ title: `Day ${day}`, date: `2026-01-${String(day).padStart(2, '0')}`, body: 'words', tags: [] });
  await vault.lock('quit');
}, 20_000);
afterAll(async () => {
  await folder.remove();
});

describe('output into a reader that stops early, as in bounce-forward list | head', () => {
  it('ends quietly, without a stack trace, with the exit code it has when the whole output is read', async () => {
    for (const json of [[], ['--json']]) {
      const args = ['list', '--journal', journal, '--passphrase-env', 'BF_PASS', ...json];
      const whole = await cli(args, { dataDir: join(folder.path, 'data') });
      expect(whole.stdout).toMatch(/Day 20/);
      const run = await cli(args, { dataDir: join(folder.path, 'data'), closeStdout: true });
      expect(run.stderr).not.toMatch(/EPIPE|Error|\n\s+at /);
      expect(run).toMatchObject({ code: whole.code, signal: null });
      expect([0, 7]).toContain(run.code);
    }
  }, 20_000);
});
