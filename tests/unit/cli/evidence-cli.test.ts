import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTempFolder } from '../../support/use-temp-folder';
import { createJournal } from '../backup/journal-helpers';
import { cli as runCli, type RunOptions } from './run-cli';

const folder = useTempFolder('bf-cli-evidence-', { perFile: true });
let journal: string;
let entryId: string;
const cli = (args: string[], options: Omit<RunOptions, 'dataDir'> = {}) => runCli(args, { dataDir: join(folder(), 'data'), ...options });
const opened = () => ['--journal', journal, '--passphrase-env', 'BF_PASS'];

beforeAll(async () => {
  journal = join(folder(), 'journal');
  const { vault } = await createJournal(journal);
  entryId = (await vault.journal().save({ title: 'Lost the pitch', date: '2026-02-01', body: 'They said no.', tags: [] })).id;
  await vault.journal().evidence.practices.plan({ date: '2026-03-01', attempt: 'Send the pitch again', expected: 8 });
  await vault.journal().evidence.steps.add({ text: 'Walk around the block' });
  await vault.lock('quit');
});

describe('the evidence vault from the command line', () => {
  it('adds a win from stdin, linked to an entry, and lists it', async () => {
    const added = await cli(['add-win', ...opened(), '--kind', 'showed-up', '--area', 'work', '--title', 'Pitched again', '--date', '2026-03-02', '--entry', entryId, '--json'], {
      stdin: 'I sent it again, shaking.\n',
    });
    expect(added).toMatchObject({ code: 0, json: { ok: true, win: { title: 'Pitched again', kind: 'showed-up', area: 'work', entryIds: [entryId] } } });
    const listed = await cli(['list', ...opened(), '--kind', 'win']);
    expect(listed.stdout).toMatch(/^2026-03-02 {2}Pitched again {2}\(showed up when it was hard; work\) {2}[0-9a-f-]{36}\n$/u);
    const json = await cli(['list', ...opened(), '--kind', 'win', '--json']);
    expect(json.json).toMatchObject({ ok: true, total: 1, wins: [{ title: 'Pitched again', excerpt: 'I sent it again, shaking.' }] });
  }, 30_000);

  it('lists practices and own small steps, and entries as before', async () => {
    expect((await cli(['list', ...opened(), '--kind', 'practice'])).stdout).toMatch(/^2026-03-01 {2}Send the pitch again {2}expected 8, not done yet {2}[0-9a-f-]{36}\n$/u);
    expect((await cli(['list', ...opened(), '--kind', 'step'])).stdout).toMatch(/^not yet {2}Walk around the block {2}[0-9a-f-]{36}\n$/u);
    expect((await cli(['list', ...opened()])).stdout).toMatch(/^2026-02-01 {2}Lost the pitch/u);
  }, 30_000);

  it('refuses a wrong kind or area before reading the story, and a link to no entry, keeping nothing', async () => {
    const badKind = await cli(['add-win', ...opened(), '--kind', 'bragging', '--area', 'work'], { stdin: 'never read' });
    expect(badKind).toMatchObject({ code: 1, stderr: expect.stringMatching(/kind of win.*Kinds: skill, showed-up/su) });
    const noEntry = await cli(['add-win', ...opened(), '--kind', 'skill', '--area', 'study', '--entry', '00000000-0000-4000-8000-000000000000', '--json'], { stdin: 'Learned it.' });
    expect(noEntry).toMatchObject({ code: 1, json: { ok: false, error: { code: 'INVALID_REQUEST', message: expect.stringMatching(/no longer exists/) } } });
    const unknownList = await cli(['list', ...opened(), '--kind', 'mood']);
    expect(unknownList).toMatchObject({ code: 1, stderr: expect.stringMatching(/--kind entry, win, practice or step/) });
    expect((await cli(['list', ...opened(), '--kind', 'win', '--json'])).json).toMatchObject({ total: 1 });
  }, 30_000);
});
