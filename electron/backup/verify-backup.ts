import type { BackupHeaderInfo, BackupReport } from '../../shared/domain/backup';
import { headerInfo, readBackupHeader } from './format/backup-header';
import type { BackupAccess } from './format/backup-keys';
import { openBackup, readBackupBody } from './format/backup-reader';
import type { BackupRecord } from './format/body-lines';
import { withFileSource } from './format/byte-source';
import { BackupRecordCheck } from './record-check';
import { quietWork, type Work } from './work';

const DAY = /^\d{4}-\d{2}-\d{2}$/u;

/** Counts what a backup holds as its records go by. */
export class BackupTally {
  records = 0;
  readonly byKind: Record<string, number> = {};
  private first: string | null = null;
  private last: string | null = null;

  add(record: BackupRecord): void {
    this.records += 1;
    this.byKind[record.kind] = (this.byKind[record.kind] ?? 0) + 1;
    if (record.kind !== 'entry') return;
    const date = (record.data as { date?: unknown } | null)?.date;
    if (typeof date !== 'string' || !DAY.test(date)) return;
    if (!this.first || date < this.first) this.first = date;
    if (!this.last || date > this.last) this.last = date;
  }

  get entries(): number {
    return this.byKind.entry ?? 0;
  }

  get dateRange(): { first: string; last: string } | null {
    return this.first && this.last ? { first: this.first, last: this.last } : null;
  }
}

/** The readable header alone: no passphrase, nothing decrypted. */
export function inspectBackupFile(path: string): Promise<BackupHeaderInfo> {
  return withFileSource(path, async (source) => headerInfo(await readBackupHeader(source)));
}

/**
 * Checks every byte (the header's checksum, the keyslot, every chunk's tag, order
 * and end) and every record, with the same check a restore and a merge run.
 */
export function verifyBackupFile(path: string, access: BackupAccess, work: Work = quietWork('verify')): Promise<BackupReport> {
  return withFileSource(path, async (source) => {
    const opened = await openBackup(source, access);
    try {
      const tally = new BackupTally();
      const check = new BackupRecordCheck();
      const body = await readBackupBody(
        source,
        opened,
        (record) => {
          if (check.accept(record)) tally.add(record);
        },
        (read, size) => work.step('reading', 'bytes', read, size),
      );
      return {
        formatVersion: opened.parsed.header.version,
        protection: opened.parsed.header.protection,
        createdAt: body.manifest.createdAt,
        records: tally.records,
        entries: tally.entries,
        byKind: tally.byKind,
        dateRange: tally.dateRange,
        bytes: opened.parsed.size,
        chunks: body.chunks,
        setAside: check.setAside,
        setAsideCount: check.setAsideCount,
      };
    } finally {
      opened.masterKey.fill(0);
    }
  });
}
