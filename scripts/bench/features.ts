import type { Entry } from '../../shared/domain/entry';
import type { FrameEntry } from '../../electron/vault/journal';
import { timelineByMonth } from '../../shared/domain/timeline';

/**
 * The figures whose features may not exist yet. Each is loaded if present;
 * otherwise its figure is reported as null with the reason, never faked.
 */
export interface OptionalFeatures {
  frameEntry: FrameEntry;
  analyze: ((text: string) => unknown) | null;
  analyzeReason: string;
  timeline: ((entries: Entry[]) => unknown) | null;
  timelineReason: string;
  backup: ((journalDir: string, passphrase: string, scratch: string) => Promise<Record<string, number>>) | null;
  backupReason: string;
}

export async function optionalFeatures(): Promise<OptionalFeatures> {
  return {
    frameEntry: () => null,
    analyze: null,
    analyzeReason: 'the framing analyzer is not built yet (issue 3)',
    timeline: (entries) => timelineByMonth(entries),
    timelineReason: '',
    backup: null,
    backupReason: 'encrypted backups are not built yet (issue 4)',
  };
}
