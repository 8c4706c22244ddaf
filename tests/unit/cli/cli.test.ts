import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BACKUP_FORMAT_VERSION } from '../../../electron/backup/format/backup-header';
import { FAST_KDF } from '../../support/temp-folder';
import { useTempFolder } from '../../support/use-temp-folder';
import { withHeader } from '../backup/format-helpers';
import { nodeFileSystem } from '../../../electron/vault/storage/file-system';
import { RecordStore } from '../../../electron/vault/storage/record-store';
import { openKeyslot } from '../../../electron/vault/crypto/keyslot';
import { readHeader } from '../../../electron/vault/storage/header';
import { createJournal, PASS } from '../backup/journal-helpers';
import { cli as runCli, ROOT, type RunOptions } from './run-cli';

const folder = useTempFolder('bf-cli-', { perFile: true });

/** The records on disk, read without opening the journal (which would frame anything unframed itself). */
async function storedRecords(journalDir: string) {
  const header = (await readHeader(nodeFileSystem, journalDir))!;
  const dataKey = (await openKeyslot(header.keyslots.find((slot) => slot.kind === 'passphrase')!, PASS, header.journalId))!;
  try {
    return await new RecordStore(nodeFileSystem, journalDir, dataKey).loadAll();
  } finally {
    dataKey.fill(0);
  }
}
let journal: string;

const cli = (args: string[], options: Omit<RunOptions, 'dataDir'> = {}) => runCli(args, { dataDir: join(folder(), 'default-data'), ...options });

beforeAll(async () => {
  journal = join(folder(), 'journal');
  const { vault } = await createJournal(journal);
  await vault.journal().save({ title: 'Made in the app', date: '2026-02-01', body: 'from the window', tags: ['app'] });
  await vault.lock('quit');
});

describe('the bounce-forward command line', () => {
  it('creates a journal, showing the recovery code once, and will not create over it', async () => {
    const made = await cli(['create', '--passphrase-env', 'BF_PASS']);
    expect(made.code).toBe(0);
    expect(made.stdout).toMatch(/Made a new journal in .*default-data\/journal\.\n\nYour recovery code: ([0-9A-Z]{4}-){7}[0-9A-Z]{4}/);
    const again = await cli(['create', '--passphrase-env', 'BF_PASS', '--json']);
    expect(again).toMatchObject({ code: 6, json: { ok: false, exitCode: 6, error: { code: 'JOURNAL_EXISTS' } } });
    const weak = await cli(['create', '--journal', join(folder(), 'weak'), '--passphrase-env', 'SHORT'], { env: { SHORT: 'short' } });
    expect(weak).toMatchObject({ code: 1, stderr: expect.stringMatching(/at least 10 characters/) });
  }, 20_000);

  it('adds an entry from stdin and lists it, as text and as JSON', async () => {
    const added = await cli(['add', '--journal', journal, '--passphrase-env', 'BF_PASS', '--title', 'From the terminal', '--date', '2026-03-04', '--tag', 'cli', '--tag', 'first', '--json'], {
      stdin: 'Typed in a terminal.\nSecond line.\n',
    });
    expect(added).toMatchObject({ code: 0, json: { ok: true, entry: { title: 'From the terminal', date: '2026-03-04', tags: ['cli', 'first'] } } });
    const listed = await cli(['list', '--journal', journal, '--passphrase-env', 'BF_PASS', '--json']);
    expect(listed.code).toBe(0);
    expect((listed.json.entries as { title: string }[]).map((entry) => entry.title)).toEqual(['From the terminal', 'Made in the app']);
    const text = await cli(['list', '--journal', journal, '--passphrase-env', 'BF_PASS']);
    expect(text.stdout).toMatch(/^2026-03-04 {2}From the terminal {2}\[cli, first\] {2}[0-9a-f-]{36}\n2026-02-01 {2}Made in the app/);
    const badDate = await cli(['add', '--journal', journal, '--passphrase-env', 'BF_PASS', '--date', '2026-13-45'], { stdin: 'x' });
    expect(badDate).toMatchObject({ code: 1, stderr: expect.stringMatching(/2026-03-14/) });
  }, 20_000);

  it('reads the passphrase from a file descriptor, and never from an argument', async () => {
    const viaFd = await cli(['list', '--journal', journal, '--passphrase-fd', '3', '--json'], { fd3: `${PASS}\n` });
    expect(viaFd).toMatchObject({ code: 0, json: { ok: true } });
    const asArgument = await cli(['list', '--journal', journal, `--passphrase=${PASS}`]);
    expect(asArgument).toMatchObject({ code: 1, stderr: expect.stringMatching(/never taken as arguments/) });
    const noTerminal = await cli(['list', '--journal', journal]);
    expect(noTerminal).toMatchObject({ code: 1, stderr: expect.stringMatching(/there is no terminal to ask on/) });
  }, 20_000);

  it('exports, inspects, verifies and restores with the journal keys', async () => {
    const file = join(folder(), 'journal-keys.bfbackup');
    const exported = await cli(['export', '--journal', journal, '--passphrase-env', 'BF_PASS', '--out', file, '--json']);
    expect(exported).toMatchObject({ code: 0, json: { ok: true, savedTo: file, protection: 'journal-keys', damagedSkipped: 0 } });
    const inspected = await cli(['inspect', file, '--json']);
    expect(inspected).toMatchObject({ code: 0, json: { header: { formatVersion: BACKUP_FORMAT_VERSION, protection: 'journal-keys', chunkBytes: 65536 } } });
    expect(inspected.json.header).toMatchObject({ keyslots: [{ kind: 'passphrase', kdf: { memoryKiB: FAST_KDF.memoryKiB } }, { kind: 'recovery' }] });
    const verified = await cli(['verify', file, '--passphrase-env', 'BF_PASS']);
    expect(verified.code).toBe(0);
    expect(verified.stdout).toMatch(/The backup is whole[\s\S]*Entries: \d+ \(2026-02-01 to /);
    const target = join(folder(), 'restored');
    const restored = await cli(['restore', file, '--into', target, '--passphrase-env', 'BF_PASS', '--json']);
    expect(restored).toMatchObject({ code: 0, json: { ok: true, restoredTo: target, recoveryCode: null } });
    const listed = await cli(['list', '--journal', target, '--passphrase-env', 'BF_PASS', '--json']);
    expect((listed.json.entries as { title: string }[]).map((entry) => entry.title)).toContain('Made in the app');
    const overwrite = await cli(['export', '--journal', journal, '--passphrase-env', 'BF_PASS', '--out', file]);
    expect(overwrite).toMatchObject({ code: 1, stderr: expect.stringMatching(/already a file/) });
  }, 30_000);

  it('exports with a backup passphrase of its own and restores into a journal that opens with it', async () => {
    const file = join(folder(), 'own-passphrase.bfbackup');
    expect((await cli(['export', '--journal', journal, '--passphrase-env', 'BF_PASS', '--backup-passphrase-env', 'BF_BACKUP', '--out', file])).code).toBe(0);
    expect(await cli(['verify', file, '--passphrase-env', 'BF_PASS', '--json'])).toMatchObject({ code: 2, json: { error: { code: 'WRONG_PASSPHRASE' } } });
    expect(await cli(['verify', file, '--passphrase-env', 'BF_BACKUP', '--json'])).toMatchObject({ code: 0, json: { report: { protection: 'backup-passphrase' } } });
    const target = join(folder(), 'restored-own');
    const restored = await cli(['restore', file, '--into', target, '--passphrase-env', 'BF_BACKUP']);
    expect(restored.code).toBe(0);
    expect(restored.stdout).toMatch(/It opens with the backup passphrase\. Its new recovery code, shown only this once:\n\n {2}([0-9A-Z]{4}-){7}[0-9A-Z]{4}/);
    expect((await cli(['list', '--journal', target, '--passphrase-env', 'BF_BACKUP'])).code).toBe(0);
  }, 30_000);

  it('exits with the documented code for each kind of failure', async () => {
    const file = join(folder(), 'for-failures.bfbackup');
    await cli(['export', '--journal', journal, '--passphrase-env', 'BF_PASS', '--out', file]);
    const bytes = await readFile(file);
    const cut = join(folder(), 'cut.bfbackup');
    await writeFile(cut, bytes.subarray(0, bytes.length - 7));
    const newer = join(folder(), 'newer.bfbackup');
    await writeFile(newer, withHeader(bytes, (header) => ({ ...header, version: BACKUP_FORMAT_VERSION + 1 })));
    const notBackup = join(folder(), 'notes.txt');
    await writeFile(notBackup, 'just some notes');

    const cases: [string[], number, string][] = [
      [['verify', file, '--passphrase-env', 'BF_WRONG'], 2, 'WRONG_PASSPHRASE'],
      [['list', '--journal', journal, '--passphrase-env', 'BF_WRONG'], 2, 'WRONG_PASSPHRASE'],
      [['verify', cut, '--passphrase-env', 'BF_PASS'], 3, 'DAMAGED'],
      [['inspect', notBackup], 3, 'NOT_A_BACKUP'],
      [['verify', newer, '--passphrase-env', 'BF_PASS'], 4, 'UNSUPPORTED_VERSION'],
      [['inspect', join(folder(), 'missing.bfbackup')], 5, 'DISK'],
      [['list', '--journal', join(folder(), 'nowhere'), '--passphrase-env', 'BF_PASS'], 6, 'NO_JOURNAL'],
      [['restore', file, '--into', journal, '--passphrase-env', 'BF_PASS'], 6, 'JOURNAL_EXISTS'],
      [['frobnicate'], 1, 'USAGE'],
      [['export', '--journal', journal, '--passphrase-env', 'BF_PASS'], 1, 'USAGE'],
      [['inspect'], 1, 'USAGE'],
      [['verify', file, '--out', 'x'], 1, 'USAGE'],
      [['list', '--passphrase-env', 'UNSET_VARIABLE', '--journal', journal], 1, 'USAGE'],
    ];
    for (const [args, code, errorCode] of cases) {
      const run = await cli([...args, '--json']);
      expect(run, args.join(' ')).toMatchObject({ code, json: { ok: false, exitCode: code, error: { code: errorCode, message: expect.any(String) } } });
    }
    // Without --json: the same codes, and one plain sentence on stderr.
    for (const [args, code] of cases.filter((_, i) => i % 3 === 0)) {
      const human = await cli(args);
      expect(human.code, args.join(' ')).toBe(code);
      expect(human.stderr, args.join(' ')).toMatch(/^bounce-forward: [A-Z"][^\n]+\n$/);
      expect(human.stdout).toBe('');
    }
  }, 90_000);

  it('imports a jrnl export and prints help', async () => {
    const imported = await cli(['import', join(ROOT, 'tests/fixtures/import/jrnl-export.json'), '--format', 'jrnl', '--journal', journal, '--passphrase-env', 'BF_PASS', '--json']);
    expect(imported).toMatchObject({ code: 0, json: { imported: 3 } });
    // Entries imported through the CLI are framed as the app's are (it once stored 0 of 3 framed).
    const { records } = await storedRecords(journal);
    const importedEntries = records.filter((record) => record.kind === 'entry' && (record.data as { tags: string[] }).tags.some((tag) => tag === 'work' || tag === 'family'));
    expect(importedEntries).toHaveLength(3);
    for (const record of importedEntries) expect((record.data as { framing: unknown }).framing).not.toBeNull();
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Exit codes:[\s\S]*2 {3}the passphrase or recovery code is not right/);
    expect(help.stdout).toMatch(/Exit codes:[\s\S]*7 {3}done, but the journal found damaged, missing or older records when it opened/);
  }, 20_000);
});
