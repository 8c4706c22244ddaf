import { entrySchema } from '../../shared/domain/entry';
import { earlierVersionRecordSchema, type EarlierVersionRecord, type EntryVersion } from '../../shared/domain/earlier-version';

/**
 * The earlier versions a backup merge kept, held in memory with the journal and
 * looked up by the record they belong to.
 */
export class EarlierVersions {
  private readonly byRecord = new Map<string, { id: string; version: EarlierVersionRecord }[]>();

  /** Ignores a version that does not parse: it stays on disk, it is just not listed. */
  add(id: string, data: unknown): void {
    const parsed = earlierVersionRecordSchema.safeParse(data);
    if (!parsed.success) return;
    const list = this.byRecord.get(parsed.data.of.id) ?? [];
    list.push({ id, version: parsed.data });
    this.byRecord.set(parsed.data.of.id, list);
  }

  /** Newest kept first. */
  ofEntry(entryId: string): EntryVersion[] {
    const versions: EntryVersion[] = [];
    for (const { id, version } of this.byRecord.get(entryId) ?? []) {
      if (version.of.kind !== 'entry') continue;
      const entry = entrySchema.safeParse(version.data);
      if (entry.success) versions.push({ versionId: id, keptAt: version.keptAt, reason: version.reason, entry: entry.data });
    }
    return versions.sort((a, b) => b.keptAt.localeCompare(a.keptAt) || b.entry.updatedAt.localeCompare(a.entry.updatedAt));
  }

  idsOf(recordId: string): string[] {
    return (this.byRecord.get(recordId) ?? []).map((item) => item.id);
  }

  forgetRecord(recordId: string): void {
    this.byRecord.delete(recordId);
  }

  clear(): void {
    this.byRecord.clear();
  }
}
