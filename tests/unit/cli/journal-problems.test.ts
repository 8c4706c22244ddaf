import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { recordPath } from '../../../electron/vault/storage/record-paths';
import { useTempFolder } from '../../support/use-temp-folder';
import { flipByte } from '../../support/tamper';
import { createJournal } from '../backup/journal-helpers';
import { cli as runCli, type RunOptions } from './run-cli';

const folder = useTempFolder('bf-cli-problems-', { perFile: true });
let journal: string;
let recovered: string;
let lost: string;

const cli = (args: string[], options: Omit<RunOptions, 'dataDir'> = {}) => runCli(args, { dataDir: join(folder(), 'default-data'), ...options });

beforeAll(async () => {
  journal = join(folder(), 'journal');
  const { vault } = await createJournal(journal);
  const first = await vault.journal().save({ title: 'Saved twice', date: '2026-01-02', body: 'the first words', tags: [] });
  await vault.journal().save({ id: first.id, title: 'Saved twice', date: '2026-01-02', body: 'the second words', tags: [] });
  const once = await vault.journal().save({ title: 'Saved once', date: '2026-01-03', body: 'only copy', tags: [] });
  await vault.journal().save({ title: 'Untouched', date: '2026-01-04', body: 'fine', tags: [] });
  await vault.lock('quit');
  recovered = first.id;
  lost = once.id;
  // One entry with a last good copy beside it, one without: both damaged on disk.
  await flipByte(recordPath(journal, recovered), 60);
  await flipByte(recordPath(journal, lost), 60);
}, 20_000);

describe('problems the journal found when the command line opened it', () => {
  it('are said after the output, one line each, with what to do, and the command still does its work', async () => {
    const run = await cli(['list', '--journal', journal, '--passphrase-env', 'BF_PASS']);
    expect(run.code).toBe(7);
    expect(run.stdout).toMatch(/Untouched[\s\S]*Saved twice/);
    expect(run.stdout).not.toMatch(/problem/);
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^The journal opened, and found \d+ problems:$/);
    const about = (id: string) => lines.filter((line) => line.includes(id));
    expect(about(recovered)).toEqual([expect.stringMatching(/^ {2}The entry "Saved twice" \([0-9a-f-]{36}\) could not be read, so its last good copy was used instead; the text may be older than what was last saved\.$/)]);
    expect(about(lost)).toEqual([expect.stringMatching(/could not be read, so it is not shown\.$/)]);
    expect(run.stderr).toMatch(/bounce-forward restore FILE --into DIR/);
  }, 20_000);

  it('are in the JSON output as a problems array, and an empty one when there are none', async () => {
    const run = await cli(['list', '--journal', journal, '--passphrase-env', 'BF_PASS', '--json']);
    expect(run).toMatchObject({ code: 7, stderr: '', json: { ok: true, total: 2 } });
    const problems = run.json.problems as { id: string; recoveredFromPrevious: boolean; problem: string }[];
    expect(problems.find((found) => found.id === recovered)).toMatchObject({ recoveredFromPrevious: true, problem: 'damaged', title: 'Saved twice', reason: expect.any(String) });
    expect(problems.find((found) => found.id === lost)).toMatchObject({ recoveredFromPrevious: false, problem: 'damaged' });
    const clean = join(folder(), 'clean');
    expect((await cli(['create', '--journal', clean, '--passphrase-env', 'BF_PASS'])).code).toBe(0);
    expect(await cli(['list', '--journal', clean, '--passphrase-env', 'BF_PASS', '--json'])).toMatchObject({ code: 0, json: { ok: true, problems: [] } });
  }, 20_000);

  it('are said even when the command then fails, which keeps its own exit code', async () => {
    const run = await cli(['import', join(folder(), 'no-such-export.json'), '--format', 'jrnl', '--journal', journal, '--passphrase-env', 'BF_PASS']);
    expect(run.code).toBe(5);
    expect(run.stderr).toMatch(new RegExp(`^bounce-forward: [^\\n]+\\nThe journal opened, and found \\d+ problems:\\n[\\s\\S]*${recovered}`));
  }, 20_000);

  it('never change or remove the damaged files', async () => {
    const before = (await readdir(join(journal, 'records'), { recursive: true })).sort();
    await cli(['list', '--journal', journal, '--passphrase-env', 'BF_PASS']);
    expect((await readdir(join(journal, 'records'), { recursive: true })).sort()).toEqual(before);
  }, 20_000);
});
