import { setImmediate as nextTurn } from 'node:timers/promises';
import { EARLIER_VERSION_KIND } from '../../shared/domain/earlier-version';
import { entrySummarySchema, type Entry, type EntrySummary } from '../../shared/domain/entry';
import { summaryOfEntry } from '../../shared/domain/list-order';
import { checkRecord, isRecordKind } from '../../shared/domain/record-kinds';
import type { EarlierVersions } from './earlier-versions';
import { ENTRY_KIND, type EntryBodies } from './entry-bodies';
import type { Evidence } from './evidence/evidence';
import type { ManifestRecord } from './storage/manifest';
import type { DamagedRecord, LoadedRecord } from './storage/record-store';
import type { TrashClock } from './trash-clock';

/**
 * From this many entries with list rows in the manifest, the list is shown from
 * those rows and bodies are read after. Below it, reading everything takes a few
 * tens of milliseconds, and a journal that is whole at unlock is simpler to trust.
 */
export const BODIES_LATER_FROM = 500;
/** Records checked between yields while bodies come in behind the list. */
const CHECK_BATCH = 250;

/**
 * The list rows the manifest holds for entries whose files are there, each for
 * the version last acknowledged (never a row older or newer than that save) and
 * checked like any record; none when fewer than `from`. An entry without a
 * trusted row (a manifest from before rows, a save it never heard of) is read now.
 */
export function rowsShownFirst(known: ReadonlyMap<string, ManifestRecord>, from: number): Map<string, EntrySummary> {
  const rows = new Map<string, EntrySummary>();
  for (const [id, about] of known) {
    if (about.kind !== ENTRY_KIND) continue;
    const parsed = about.summary?.version === about.version ? entrySummarySchema.safeParse(about.summary.row) : null;
    if (parsed?.success && parsed.data.id === id) rows.set(id, parsed.data);
  }
  return rows.size >= from ? rows : new Map();
}

/** An entry record's list row, for the manifest to keep; nothing for other kinds or a record that does not check. */
export function rowOfRecord(record: LoadedRecord): EntrySummary | undefined {
  if (record.kind !== ENTRY_KIND) return undefined;
  const checked = checkRecord(ENTRY_KIND, record.id, record.data);
  return checked.ok ? summaryOfEntry(checked.data as Entry) : undefined;
}

/** Where checked records go. */
export interface RecordHome {
  bodies: EntryBodies;
  evidence: Evidence;
  earlier: EarlierVersions;
  trashClock: TrashClock;
  /** A record that opened but is not what its kind must be. */
  malformed(damage: DamagedRecord): void;
}

/**
 * Checks each record and hands it to what keeps its kind; with `batched`, yields
 * between batches so the window stays answered while thousands arrive. Gives the
 * entries taken, for their list rows.
 */
export async function takeRecords(records: LoadedRecord[], manifest: ReadonlyMap<string, ManifestRecord>, home: RecordHome, now: () => Date, batched: boolean): Promise<Entry[]> {
  const entries: Entry[] = [];
  for (let at = 0; at < records.length; at++) {
    if (batched && at > 0 && at % CHECK_BATCH === 0) await nextTurn();
    const record = records[at]!;
    // A kind this version does not know (written by a newer one) stays on disk, untouched, and travels with backups.
    if (!isRecordKind(record.kind)) continue;
    const checked = checkRecord(record.kind, record.id, record.data);
    if (!checked.ok) {
      // Named and left where it is: one malformed record must never stop the journal opening.
      home.malformed({ id: record.id, file: record.id, reason: checked.reason, problem: 'damaged', recoveredFromPrevious: false, kind: record.kind, foundAt: now().toISOString() });
      continue;
    }
    const kept = home.evidence.collection(record.kind);
    if (record.kind === ENTRY_KIND) {
      home.bodies.set(checked.data as Entry);
      entries.push(checked.data as Entry);
    } else if (kept) kept.addChecked(checked.data);
    else if (record.kind === EARLIER_VERSION_KIND) home.earlier.add(record.id, checked.data);
    if (record.kind === ENTRY_KIND || kept) {
      if (!record.clean) home.trashClock.distrust(record.id);
      const trashed = manifest.get(record.id)?.trashedHere;
      if (trashed) home.trashClock.started(record.id, trashed);
    }
  }
  return entries;
}
