import type { Entry } from '../../shared/domain/entry';
import { join } from 'node:path';
import { BackupService } from '../../electron/backup/backup-service';
import { nodeFileSystem } from '../../electron/vault/storage/file-system';
import type { Vault } from '../../electron/vault/vault';
import { median, round } from './random';
import { timed } from './measure';
import { timelineByMonth } from '../../shared/domain/timeline';
import { analyzeText } from '../../shared/framing';

/**
 * The figures whose features may not exist yet. Each is loaded if present;
 * otherwise its figure is reported as null with the reason, never faked.
 */
export interface OptionalFeatures {
  analyze: ((text: string) => unknown) | null;
  analyzeReason: string;
  timeline: ((entries: Entry[]) => unknown) | null;
  timelineReason: string;
  /** Export, verify and restore of the whole (unlocked) journal, each the median of three runs. */
  backup: ((vault: Vault, scratch: string) => Promise<Record<string, number>>) | null;
  backupReason: string;
}

export async function optionalFeatures(): Promise<OptionalFeatures> {
  return {
    analyze: (text) => analyzeText(text),
    analyzeReason: '',
    timeline: (entries) => timelineByMonth(entries),
    timelineReason: '',
    backup: measureBackup,
    backupReason: '',
  };
}

async function measureBackup(vault: Vault, scratch: string): Promise<Record<string, number>> {
  const service = new BackupService({ vault, fs: nodeFileSystem });
  const exports: number[] = [];
  const verifies: number[] = [];
  const restores: number[] = [];
  for (let rep = 0; rep < 3; rep++) {
    const file = join(scratch, `bench-${rep}.bfbackup`);
    exports.push((await timed(() => service.exportTo(file, 'journal-keys'))).ms);
    verifies.push((await timed(() => service.verify(file))).ms);
    restores.push((await timed(() => service.restoreInto(file, undefined, join(scratch, `restored-${rep}`)))).ms);
  }
  return { export_ms: round(median(exports)), verify_ms: round(median(verifies)), restore_ms: round(median(restores)) };
}
