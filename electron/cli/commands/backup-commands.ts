import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BackupHeaderInfo } from '../../../shared/domain/backup';
import { restoreBackupInto } from '../../backup/restore-into';
import { inspectBackupFile, verifyBackupFile } from '../../backup/verify-backup';
import { DEFAULT_KDF } from '../../vault/crypto/kdf';
import { nodeFileSystem } from '../../vault/storage/file-system';
import { secret, withJournal, type CliContext } from '../cli-context';
import { usageError } from '../exit-codes';
import { checkNewPassphrase } from '../new-passphrase';
import { withProgress } from '../work-progress';
import { secretFromEnvironment } from '../secrets';

const bytes = (n: number) => `${n.toLocaleString('en')} bytes`;
const count = (n: number, one: string, many: string) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

function protectionWords(protection: BackupHeaderInfo['protection']): string {
  return protection === 'journal-keys' ? "the journal's passphrase or recovery code (as they were when it was made)" : 'its own backup passphrase';
}

function questionFor(info: BackupHeaderInfo): string {
  return info.protection === 'journal-keys' ? "The journal's passphrase or recovery code for this backup: " : 'Backup passphrase: ';
}

export async function exportCommand(ctx: CliContext): Promise<void> {
  const out = ctx.args.options.out;
  if (!out) throw usageError('Say where to write the backup: bounce-forward export --out FILE.');
  const path = resolve(out);
  if (existsSync(path)) throw usageError(`There is already a file at ${path}. Choose another name; nothing was written.`);
  let backupPassphrase: string | null = null;
  const variable = ctx.args.options['backup-passphrase-env'];
  if (variable !== undefined) {
    backupPassphrase = secretFromEnvironment('--backup-passphrase-env', variable, ctx.env, 'backup passphrase');
    await checkNewPassphrase(backupPassphrase, 'No backup was written.');
  }
  await withJournal(ctx, async ({ backups }) => {
    const result = await withProgress(ctx, 'export', (work) => backups.exportTo(path, backupPassphrase ? { backupPassphrase } : 'journal-keys', work));
    const skipped = result.damagedSkipped ? ` ${count(result.damagedSkipped, 'damaged record', 'damaged records')} could not be read, so ${result.damagedSkipped === 1 ? 'it is' : 'they are'} not in it.` : '';
    ctx.out.done(
      [
        `Saved an encrypted backup of ${count(result.entries, 'entry', 'entries')} (${count(result.records, 'record', 'records')}, ${bytes(result.bytes)}) to ${path}, and read it back whole.${skipped}`,
        `It opens with ${protectionWords(backupPassphrase ? 'backup-passphrase' : 'journal-keys')}.`,
      ],
      { ...result, protection: backupPassphrase ? 'backup-passphrase' : 'journal-keys' },
    );
  });
}

export async function inspectCommand(ctx: CliContext, file: string): Promise<void> {
  const info = await inspectBackupFile(resolve(file));
  ctx.out.done(
    [
      `A Bounce Forward backup, format version ${info.formatVersion}, ${bytes(info.bytes)}.`,
      `It opens with ${protectionWords(info.protection)}.`,
      ...info.keyslots.map((slot) => `  ${slot.kind} keyslot: ${slot.kdf.name}, ${slot.kdf.memoryKiB.toLocaleString('en')} KiB, ${slot.kdf.passes} passes, ${slot.kdf.lanes} lane(s)`),
      `Key id: ${info.keyId}`,
      `Chunk size: ${bytes(info.chunkBytes)}`,
    ],
    { header: info },
  );
}

export async function verifyCommand(ctx: CliContext, file: string): Promise<void> {
  const path = resolve(file);
  const info = await inspectBackupFile(path);
  const access = { secret: await secret(ctx, questionFor(info)) };
  const report = await withProgress(ctx, 'verify', (work) => verifyBackupFile(path, access, work));
  const kinds = Object.entries(report.byKind)
    .map(([kind, count]) => `${kind} ${count}`)
    .join(', ');
  ctx.out.done(
    [
      'The backup is whole: every byte was checked and opened.',
      `Format version: ${report.formatVersion}`,
      `Made: ${report.createdAt ?? 'unknown'}`,
      `Entries: ${report.entries.toLocaleString('en')}${report.dateRange ? ` (${report.dateRange.first} to ${report.dateRange.last})` : ''}`,
      `Records: ${report.records.toLocaleString('en')}${kinds ? ` (${kinds})` : ''}`,
      `Size: ${bytes(report.bytes)} in ${report.chunks} ${report.chunks === 1 ? 'part' : 'parts'}`,
    ],
    { report },
  );
}

export async function restoreCommand(ctx: CliContext, file: string): Promise<void> {
  const into = ctx.args.options.into;
  if (!into) throw usageError('Say where to restore to: bounce-forward restore FILE --into DIR (a new or empty folder).');
  const path = resolve(file);
  const info = await inspectBackupFile(path);
  const access = { secret: await secret(ctx, questionFor(info)) };
  const restored = await withProgress(ctx, 'restore', (work) => restoreBackupInto(path, access, resolve(into), { fs: nodeFileSystem, kdf: DEFAULT_KDF }, work));
  const opensWith = restored.recoveryCode
    ? [
        'It opens with the backup passphrase. Its new recovery code, shown only this once:',
        '',
        `  ${restored.recoveryCode}`,
        '',
        'Write it down and keep it somewhere safe, away from this computer.',
      ]
    : ['It opens with the passphrase and recovery code the journal had when the backup was made.'];
  ctx.out.done(
    [`Restored ${count(restored.entries, 'entry', 'entries')} (${count(restored.records, 'record', 'records')}) into ${restored.restoredTo}.`, ...opensWith],
    { ...restored },
  );
}
