import { randomUUID } from 'node:crypto';
import { calendarDayOf } from '../../shared/domain/calendar-day';
import type { AutoBackupSettings } from '../../shared/domain/backup';
import { EARLIER_VERSION_KIND, type EntryVersion } from '../../shared/domain/earlier-version';
import { entryDraftSchema, normaliseTags, type Entry, type EntryDraftInput, type EntryKind } from '../../shared/domain/entry';
import { sameFramedWords } from '../../shared/domain/framed-text';
import type { EntryFraming, FramingCorrection } from '../../shared/domain/framing-record';
import { checkRecord, isRecordKind } from '../../shared/domain/record-kinds';
import type { NextStepStatus } from '../../shared/domain/reflection';
import type { RootCauseOccurrence } from '../../shared/domain/root-cause-patterns';
import type { JournalSettings } from '../../shared/domain/settings';
import { BackgroundIndexing, type OpeningProgress } from './background-indexing';
import { EarlierVersions } from './earlier-versions';
import { Evidence, type TrashedItem } from './evidence/evidence';
import { listPage, openStepsOf, rootCausesOf, tagCountsOf, type ListPage, type ListQuery, type OpenStep } from './entry-queries';
import { EntryLists } from './entry-order';
import { diskError, VaultError } from './errors';
import type { EntryFramer } from './framing/entry-framer';
import { needsFraming } from './framing/needs-framing';
import { SearchIndex } from './search-index';
import { JournalSettingsDocuments } from './journal-settings';
import type { DamagedRecord, RecordStore } from './storage/record-store';
import { TrashClock } from './trash-clock';
import { keepTrashClocks, type TrashGroup } from './trash-keeping';
import { WriteQueue } from './write-queue';

export type { ListPage, ListQuery, OpenStep, TrashedItem };

export const ENTRY_KIND = 'entry';
export { AUTO_BACKUP_KIND, SETTINGS_KIND } from './journal-settings';

const UNSAVED_KEPT = 'Your text is still here; copy it or free some space and try again.';


/**
 * The unlocked journal: every entry decrypted in memory, one sealed file per entry
 * on disk. Memory changes only after the disk has the new bytes, so what the window
 * is told was saved is exactly what would be found after a crash.
 */
export class Journal {
  private readonly entries = new Map<string, Entry>();
  private readonly index = new SearchIndex();
  /** Full-text search is built after the list is shown, a slice at a time. */
  private readonly indexing = new BackgroundIndexing(this.index, (id) => this.entries.get(id));
  /** Every entry's list row, kept in list order as entries change, so a page never sorts the journal. */
  private readonly lists = new EntryLists();
  private settings!: JournalSettingsDocuments;
  /** Copies a backup merge kept when it found two different versions of a record. */
  private readonly earlier = new EarlierVersions();
  /** Saves of the same record run one after another, never interleaved. */
  private readonly writes = new WriteQueue();

  private readonly trashClock = new TrashClock();
  /** Framing being worked out in the worker and then saved; a lock waits for them. */
  private readonly framingJobs = new Set<Promise<unknown>>();
  /** Wins, the person's own small steps and practices: kept beside the entries, through the same store and queue. */
  readonly evidence: Evidence;

  private constructor(
    private readonly store: RecordStore,
    private readonly now: () => Date,
    private readonly framer: EntryFramer,
    readonly damaged: DamagedRecord[],
    private readonly onFramed: (id: string) => void,
  ) {
    const keeping = { store, writes: this.writes, trashClock: this.trashClock, earlier: this.earlier, now };
    this.evidence = new Evidence(keeping, this.index, (id) => this.entries.has(id));
  }

  static async open(
    store: RecordStore,
    now: () => Date,
    framer: EntryFramer,
    options: { manifestExpected: boolean; onFramed?: (id: string) => void },
  ): Promise<Journal> {
    const { records, damaged, manifest } = await store.open({ manifestExpected: options.manifestExpected, now: now() });
    const journal = new Journal(store, now, framer, damaged, options.onFramed ?? (() => undefined));
    framer.warmUp();
    for (const record of records) {
      // A kind this version does not know (written by a newer one) stays on disk, untouched, and travels with backups.
      if (!isRecordKind(record.kind)) continue;
      const checked = checkRecord(record.kind, record.id, record.data);
      if (!checked.ok) {
        // Named and left where it is: one malformed record must never stop the journal opening.
        damaged.push({ id: record.id, file: record.id, reason: checked.reason, problem: 'damaged', recoveredFromPrevious: false, kind: record.kind, foundAt: now().toISOString() });
        continue;
      }
      const kept = journal.evidence.collection(record.kind);
      if (record.kind === ENTRY_KIND) journal.entries.set(record.id, checked.data as Entry);
      else if (kept) kept.addChecked(checked.data);
      else if (record.kind === EARLIER_VERSION_KIND) journal.earlier.add(record.id, checked.data);
      if (record.kind === ENTRY_KIND || kept) {
        if (!record.clean) journal.trashClock.distrust(record.id);
        const trashed = manifest.get(record.id)?.trashedHere;
        if (trashed) journal.trashClock.started(record.id, trashed);
      }
    }
    journal.settings = await JournalSettingsDocuments.open(store, journal.writes, records);
    await keepTrashClocks(store, journal.trashClock, journal.damaged.map((problem) => problem.id), now(), journal.trashGroups());
    journal.indexing.start([...journal.entries.values()].filter((entry) => !entry.deletedAt));
    journal.lists.putAll(journal.entries.values());
    for (const entry of journal.entries.values()) if (needsFraming(entry)) journal.reframeLater(entry);
    return journal;
  }

  /**
   * The problems found at open that the person has now read. An entry opened from
   * a last good copy or an older file is saved again as it is now shown, which sets
   * the damaged file aside (kept as `.damaged`) and makes this the version to build on.
   */
  async dismissProblems(ids: string[]): Promise<void> {
    const wanted = new Set(ids);
    for (const problem of this.damaged) {
      if (!wanted.has(problem.id)) continue;
      const entry = this.entries.get(problem.id);
      if (entry && (problem.problem === 'older' || problem.recoveredFromPrevious)) {
        await this.persist(entry, 'The notice is still there; nothing was changed.');
        this.trashClock.trust(entry.id);
      }
    }
    try {
      await this.store.dismissProblems(ids);
    } catch (error) {
      throw diskError(error, 'The notice is still there; nothing was changed.');
    }
    for (let index = this.damaged.length - 1; index >= 0; index -= 1) if (wanted.has(this.damaged[index]!.id)) this.damaged.splice(index, 1);
  }

  /**
   * While full-text search is still being built after unlock: how many entries it
   * covers so far. Searches meanwhile find the rest by title and tags only. Null when done.
   */
  opening(): OpeningProgress | null {
    return this.indexing.progress();
  }

  /** Resolves once every entry is searchable by every word, or a lock stopped the work. */
  whenOpened(): Promise<void> {
    return this.indexing.whenDone();
  }

  /** Today as the person's calendar day, by the journal's clock. */
  today(): string {
    return calendarDayOf(this.now());
  }

  get entryCount(): number {
    return this.entries.size;
  }

  /**
   * A page of entries and how many there are; with words to search, the first page
   * also carries the wins those words find (the list says which is which).
   */
  list(query: ListQuery): ListPage & { wins?: ReturnType<Evidence['wins']['list']>['wins']; opening?: OpeningProgress } {
    const page = listPage({ lists: this.lists, index: this.index, entries: this.entries }, query);
    // While bodies are still being indexed, a search answers from what is indexed so far, and says so.
    const opening = this.opening();
    const answer = opening ? { ...page, opening } : page;
    const text = query.query?.trim();
    if (!text || (query.tags ?? []).length > 0 || query.kind !== undefined || query.after !== undefined) return answer;
    return { ...answer, wins: this.evidence.wins.list({ query: text, trash: query.trash ?? false }).wins };
  }

  findEntry(id: string): Entry | undefined {
    return this.entries.get(id);
  }

  get(id: string): Entry {
    const entry = this.entries.get(id);
    if (!entry) throw new VaultError('NOT_FOUND', 'That entry no longer exists.');
    return entry;
  }

  async save(input: EntryDraftInput): Promise<Entry> {
    const draft = entryDraftSchema.parse(input);
    const stamp = this.now().toISOString();
    const existing = draft.id ? this.entries.get(draft.id) : undefined;
    if (draft.id && !existing) throw new VaultError('NOT_FOUND', 'That entry no longer exists, so it could not be saved.');
    if (existing?.deletedAt) throw new VaultError('NOT_FOUND', 'That entry is in the trash. Restore it to edit it.');
    const entry = this.keepingFraming({
      id: existing?.id ?? randomUUID(),
      kind: draft.kind,
      title: draft.title,
      date: draft.date,
      body: draft.body,
      tags: normaliseTags(draft.tags),
      reflection: draft.reflection,
      corrections: existing?.corrections ?? [],
      framing: null,
      createdAt: existing?.createdAt ?? stamp,
      updatedAt: stamp,
      deletedAt: null,
    });
    await this.persist(entry, UNSAVED_KEPT);
    if (entry.framing === null) this.reframeLater(entry);
    return entry;
  }

  /**
   * Stores the person's own label for a sentence (or removes it with null); from
   * then on the entry's framing, and so the timeline, uses their label.
   */
  async correctFraming(id: string, sentence: string, label: FramingCorrection['label'] | null): Promise<Entry> {
    const entry = this.get(id);
    const text = sentence.trim();
    const others = entry.corrections.filter((correction) => correction.sentence !== text);
    const corrections = label ? [...others, { sentence: text, label, at: this.now().toISOString() }] : others;
    // The person is waiting to see their label take effect, so this one waits for the worker.
    let framing: EntryFraming | null;
    try {
      framing = await this.framer.frame({ ...entry, corrections });
    } catch {
      framing = null;
    }
    const corrected = { ...entry, corrections, framing };
    await this.persist(corrected, 'Your correction was not saved; the label is as it was.');
    if (framing === null) this.reframeLater(corrected);
    return corrected;
  }

  /** Small steps the person promised themselves and has not yet settled. */
  openSteps(): OpenStep[] {
    return openStepsOf(this.entries.values());
  }

  async settleStep(entryId: string, status: NextStepStatus): Promise<Entry> {
    const entry = this.get(entryId);
    const step = entry.reflection?.nextStep;
    if (!entry.reflection || !step) throw new VaultError('NOT_FOUND', 'That small step no longer exists.');
    const updated: Entry = {
      ...entry,
      reflection: { ...entry.reflection, nextStep: { ...step, status, checkedAt: this.now().toISOString() } },
    };
    await this.persist(updated, 'The step is as it was.');
    return updated;
  }

  rootCauseHistory(): RootCauseOccurrence[] {
    return rootCausesOf(this.entries.values());
  }

  /** Earlier versions of an entry that backup merges kept, newest first. */
  earlierVersions(entryId: string): EntryVersion[] {
    this.get(entryId);
    return this.earlier.ofEntry(entryId);
  }

  /** Every entry as stored, for the timeline and for backups. */
  allEntries(): Entry[] {
    return [...this.entries.values()];
  }

  /**
   * Retitling, re-dating or re-tagging an entry keeps the framing it had. When the
   * words changed, the save goes to disk without framing (never with framing of
   * words no longer there) and the worker's result is saved after it.
   */
  private keepingFraming(entry: Entry): Entry {
    const before = this.entries.get(entry.id);
    const unchanged = before !== undefined && sameFramedWords(before, entry);
    return { ...entry, framing: unchanged ? before.framing : null };
  }

  /**
   * Frames an entry in the worker, then saves the result durably, unless the
   * entry's words changed meanwhile (that later save frames itself). A failure
   * loses nothing: the entry stays unframed and is framed again at the next unlock.
   */
  private reframeLater(entry: Entry): void {
    const job = this.framer.frame(entry).then(
      (framing) =>
        this.writes.run(entry.id, async () => {
          const current = this.entries.get(entry.id);
          if (!current || framing === null || !sameFramedWords(current, entry) || !needsFraming(current)) return;
          const framed = { ...current, framing };
          // The same words, now with their framing: the last good copy stays the version before them.
          await this.store.write({ id: framed.id, kind: ENTRY_KIND }, framed, { title: framed.title }, { keepPrevious: false });
          if (this.entries.get(entry.id) === current) this.remember(framed);
          this.onFramed(entry.id);
        }),
      () => undefined,
    );
    const tracked = job.catch(() => undefined).finally(() => this.framingJobs.delete(tracked));
    this.framingJobs.add(tracked);
  }

  async trash(id: string): Promise<Entry> {
    const entry = this.get(id);
    if (entry.deletedAt) return entry;
    const stamp = this.now().toISOString();
    const trashed = { ...entry, deletedAt: stamp };
    await this.persist(trashed, 'The entry was not moved to the trash.', { trashedHere: stamp });
    this.trashClock.started(id, stamp);
    return trashed;
  }

  async restore(id: string): Promise<Entry> {
    const entry = this.get(id);
    if (!entry.deletedAt) return entry;
    const restored = { ...entry, deletedAt: null, updatedAt: this.now().toISOString() };
    await this.persist(restored, 'The entry is still in the trash.', { trashedHere: null });
    this.trashClock.stopped(id);
    return restored;
  }

  /** Deleting for good is only offered from the trash, so nothing vanishes in one click. */
  async purge(id: string): Promise<void> {
    const entry = this.get(id);
    if (!entry.deletedAt) throw new VaultError('INVALID_REQUEST', 'Only entries in the trash can be deleted for good.');
    await this.writes.run(id, async () => {
      try {
        await this.removeEntry(id);
      } catch (error) {
        throw diskError(error, 'The entry is still in the trash.');
      }
    });
  }

  /** Its earlier versions go first, so none is ever left behind without its entry; memory follows the disk. */
  private async removeEntry(id: string): Promise<void> {
    for (const versionId of this.earlier.idsOf(id)) await this.store.remove(versionId);
    this.earlier.forgetRecord(id);
    await this.store.remove(id);
    this.entries.delete(id);
    this.lists.remove(id);
    this.index.remove(id);
  }

  tags(kind?: EntryKind): { name: string; count: number }[] {
    return tagCountsOf(this.entries.values(), kind);
  }

  getSettings(): JournalSettings {
    return this.settings.journal;
  }

  /** The automatic-backup settings, kept in the journal beside its own settings. */
  autoBackupSettings(): AutoBackupSettings {
    return this.settings.autoBackups;
  }

  saveAutoBackupSettings(next: AutoBackupSettings): Promise<void> {
    return this.settings.saveAutoBackups(next);
  }

  updateSettings(patch: Partial<JournalSettings>): Promise<JournalSettings> {
    return this.settings.update(patch);
  }

  /** Writes every queued save through; used before locking so nothing in flight is lost. */
  async settle(): Promise<void> {
    await Promise.allSettled([...this.framingJobs]);
    await this.writes.idle();
  }

  /** Drops decrypted text from memory on lock. */
  forget(): void {
    this.entries.clear();
    this.lists.clear();
    this.index.clear();
    this.earlier.clear();
    this.evidence.forget();
  }

  /** The trash beyond entries: wins, own small steps and practices waiting there. */
  trashedEvidence(): TrashedItem[] {
    return this.evidence.trashed();
  }

  private async persist(entry: Entry, whatWasKept: string, meta: { trashedHere?: string | null } = {}): Promise<void> {
    await this.writes.run(entry.id, async () => {
      try {
        await this.store.write({ id: entry.id, kind: ENTRY_KIND }, entry, { title: entry.title, ...meta });
      } catch (error) {
        throw diskError(error, whatWasKept);
      }
      this.remember(entry);
      if (entry.deletedAt) this.index.remove(entry.id);
      else this.index.upsert(entry);
    });
  }

  /** An entry the disk now has, in memory and in its list. */
  private remember(entry: Entry): void {
    this.entries.set(entry.id, entry);
    this.lists.put(entry);
  }

  private trashGroups(): TrashGroup[] {
    const entries: TrashGroup = { kind: ENTRY_KIND, items: () => this.entries.values(), titleOf: (id) => this.entries.get(id)?.title, purge: (id) => this.removeEntry(id) };
    const kept = this.evidence.collections().map(
      (records): TrashGroup => ({ kind: records.kind, items: () => records.values(), titleOf: (id) => records.titleOf(id), purge: (id) => records.removeWithVersions(id) }),
    );
    return [entries, ...kept];
  }
}
