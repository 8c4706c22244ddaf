import { join } from 'node:path';
import { entrySchema, type Entry } from '../../shared/domain/entry';
import { diskError } from '../vault/errors';
import type { FileSystem } from '../vault/storage/file-system';
import type { BackupRecord } from './format/body-lines';
import { evidenceOf, practicesMarkdown, stepsMarkdown, winFileName, winMarkdown } from './evidence-markdown';
import { entryMarkdown, markdownFileName } from './markdown';

export const PLAIN_EXPORT_FORMAT = 'bounce-forward-plain-export';
export const PLAIN_JSON_FILE = 'bounce-forward-export.json';
export const MARKDOWN_FOLDER = 'entries';
export const WINS_FOLDER = 'wins';
export const PRACTICES_FILE = 'practice.md';
export const STEPS_FILE = 'small-steps.md';

export interface PlainExportResult {
  savedTo: string;
  entries: number;
  files: number;
}

const encoder = new TextEncoder();

/**
 * For leaving the app: a folder, readable by anyone who can open it, holding one
 * Markdown file per entry and per win (not those in the trash), the practices and
 * own small steps in one file each, and one JSON file with every record of every
 * kind, trash and earlier versions included.
 */
export async function writePlainExport(fs: FileSystem, parent: string, records: readonly BackupRecord[], now: Date): Promise<PlainExportResult> {
  const entries: Entry[] = [];
  const others: BackupRecord[] = [];
  for (const record of records) {
    const entry = record.kind === 'entry' ? entrySchema.safeParse(record.data) : null;
    if (entry?.success) entries.push(entry.data);
    else others.push(record);
  }
  entries.sort((a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt));
  const folder = await freeFolderName(fs, parent, `Bounce Forward export ${now.toISOString().slice(0, 10)}`);
  let files = 0;
  try {
    await fs.mkdir(join(folder, MARKDOWN_FOLDER));
    const taken = new Set<string>();
    for (const entry of entries) {
      if (entry.deletedAt) continue;
      await fs.writeNewFileSynced(join(folder, MARKDOWN_FOLDER, markdownFileName(entry, taken)), encoder.encode(entryMarkdown(entry)));
      files += 1;
    }
    files += await writeEvidence(fs, folder, evidenceOf(others));
    const json = { format: PLAIN_EXPORT_FORMAT, version: 1, exportedAt: now.toISOString(), entries, otherRecords: others };
    await fs.writeNewFileSynced(join(folder, PLAIN_JSON_FILE), encoder.encode(`${JSON.stringify(json, null, 2)}\n`));
    files += 1;
    await fs.fsyncDirectory(join(folder, MARKDOWN_FOLDER));
    await fs.fsyncDirectory(folder);
  } catch (error) {
    throw diskError(error, `The export in ${folder} is incomplete; your journal is unchanged.`);
  }
  return { savedTo: folder, entries: entries.length, files };
}

async function writeEvidence(fs: FileSystem, folder: string, evidence: ReturnType<typeof evidenceOf>): Promise<number> {
  let files = 0;
  const wins = evidence.wins.filter((win) => !win.deletedAt);
  if (wins.length > 0) {
    await fs.mkdir(join(folder, WINS_FOLDER));
    const taken = new Set<string>();
    for (const win of wins) {
      await fs.writeNewFileSynced(join(folder, WINS_FOLDER, winFileName(win, taken)), encoder.encode(winMarkdown(win)));
      files += 1;
    }
    await fs.fsyncDirectory(join(folder, WINS_FOLDER));
  }
  if (evidence.practices.some((practice) => !practice.deletedAt)) {
    await fs.writeNewFileSynced(join(folder, PRACTICES_FILE), encoder.encode(practicesMarkdown(evidence.practices)));
    files += 1;
  }
  if (evidence.steps.some((step) => !step.deletedAt)) {
    await fs.writeNewFileSynced(join(folder, STEPS_FILE), encoder.encode(stepsMarkdown(evidence.steps)));
    files += 1;
  }
  return files;
}

async function freeFolderName(fs: FileSystem, parent: string, base: string): Promise<string> {
  let candidate = join(parent, base);
  for (let n = 2; await fs.exists(candidate); n++) candidate = join(parent, `${base} (${n})`);
  return candidate;
}
