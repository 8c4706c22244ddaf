import { randomUUID } from 'node:crypto';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { calendarDayOf } from '../../shared/domain/calendar-day';
import type { AutoBackupSettings } from '../../shared/domain/backup';
import type { EntryVersion } from '../../shared/domain/earlier-version';
import { entryDraftSchema, normaliseTags, type Entry, type EntryDraftInput, type EntryKind, type EntrySummary } from '../../shared/domain/entry';
import type { EntryFraming, FramingCorrection } from '../../shared/domain/framing-record';
import type { NextStepStatus } from '../../shared/domain/reflection';
import type { RootCauseOccurrence } from '../../shared/domain/root-cause-patterns';
import type { JournalSettings } from '../../shared/domain/settings';
import { BackgroundIndexing, type OpeningProgress } from './background-indexing';
import { EarlierVersions } from './earlier-versions';
import { EntryBodies, ENTRY_KIND } from './entry-bodies';
import { BODIES_LATER_FROM, rowOfRecord, rowsShownFirst, takeRecords, type RecordHome } from './journal-open';
import { Evidence, type TrashedItem } from './evidence/evidence';
import { listPage, openStepsOf, rootCausesOf, tagCountsOf, type ListPage, type ListQuery, type OpenStep } from './entry-queries';
import { EntryLists } from './entry-order';
import { diskError, VaultError } from './errors';
import type { EntryFramer } from './framing/entry-framer';
import { needsFraming } from './framing/needs-framing';
import { entryMeta, FramingSaves } from './framing-saves';
import { SearchIndex } from './search-index';
import { JournalSettingsDocuments } from './journal-settings';
import type { DamagedRecord, RecordStore } from './storage/record-store';
import { TrashClock } from './trash-clock';
import { keepTrashClocks, trashGroupsOf, type TrashGroup } from './trash-keeping';
import { WriteQueue } from './write-queue';

export type { ListPage, ListQuery, OpenStep, TrashedItem };

export { ENTRY_KIND };
export { AUTO_BACKUP_KIND, SETTINGS_KIND } from './journal-settings';

const UNSAVED_KEPT = 'Your text is still here; copy it or free some space and try again.';


/**
 * The unlocked journal: entries decrypted in memory, one sealed file per entry on
 * disk. Memory changes only after the disk has the new bytes, so what the window
 * is told was saved is exactly what would be found after a crash.
 */
export class Journal {
  private readonly bodies: EntryBodies;
  private readonly index = new SearchIndex();
  /** Full-text search is built after the list is shown, a slice at a time. */
  private readonly indexing = new BackgroundIndexing(this.index, (id) => this.bodies.loaded(id));
  /** Settles when every body is read and checked (and every problem known); at once for a journal read whole. */
  private checked: Promise<void> = Promise.resolve();
  private forgotten = false;
  /** Every entry's list row, kept in list order as entries change, so a page never sorts the journal. */
  private readonly lists = new EntryLists();
  private settings!: JournalSettingsDocuments;
  /** Copies a backup merge kept when it found two different versions of a record. */
  private readonly earlier = new EarlierVersions();
  /** Saves of the same record run one after another, never interleaved. */
  private readonly writes = new WriteQueue();
  private readonly trashClock = new TrashClock();
  /** Framing worked out after saves, and saved after them. */
  private readonly framing: FramingSaves;
  /** Wins, the person's own small steps and practices: kept beside the entries, through the same store and queue. */
  readonly evidence: Evidence;

  private constructor(
    private readonly store: RecordStore,
    private readonly now: () => Date,
    private readonly framer: EntryFramer,
    readonly damaged: DamagedRecord[],
    onFramed: (id: string) => void,
  ) {
    const keeping = { store, writes: this.writes, trashClock: this.trashClock, earlier: this.earlier, now };
    this.bodies = new EntryBodies(store);
    this.framing = new FramingSaves({ framer, store, writes: this.writes, current: (id) => this.bodies.get(id), remember: (entry) => this.remember(entry), onFramed });
    this.evidence = new Evidence(keeping, this.index, (id) => this.bodies.has(id));
  }

  /**
   * Opens the journal. A large one resolves once its entries are listed from their
   * manifest rows (journal-open.ts); bodies are read and checked from the next turn
   * on (`whenChecked`). Smaller ones are read whole first.
   */
  static async open(
    store: RecordStore,
    now: () => Date,
    framer: EntryFramer,
    options: { manifestExpected: boolean; onFramed?: (id: string) => void; bodiesLaterFrom?: number },
  ): Promise<Journal> {
    let rows = new Map<string, EntrySummary>();
    const staged = await store.openStaged({
      manifestExpected: options.manifestExpected,
      now: now(),
      later: (known) => (rows = rowsShownFirst(known, options.bodiesLaterFrom ?? BODIES_LATER_FROM)),
      summaryOf: rowOfRecord,
    });
    const journal = new Journal(store, now, framer, [...staged.first.damaged], options.onFramed ?? (() => undefined));
    framer.warmUp();
    const malformed: DamagedRecord[] = [];
    await takeRecords(staged.first.records, staged.first.manifest, journal.recordHome(malformed), now, false);
    journal.settings = await JournalSettingsDocuments.open(store, journal.writes, staged.first.records);
    journal.bodies.expect(rows.values());
    const shown = [...journal.bodies.values(), ...rows.values()];
    journal.lists.putAll(shown);
    const rest = async () => {
      const read = await staged.rest(() => journal.forgotten);
      if (!read || journal.forgotten) return;
      const arrived = await takeRecords(read.records, read.manifest, journal.recordHome(malformed), now, true);
      if (journal.forgotten) return;
      journal.lists.putAll(arrived);
      // A row the manifest had in the trash whose file says otherwise (a restore it never heard of) was not queued.
      for (const entry of arrived) if (!entry.deletedAt && rows.get(entry.id)?.deletedAt) journal.index.upsert(entry);
      for (const id of journal.bodies.takeUnread()) journal.lists.remove(id);
      journal.damaged.splice(0, journal.damaged.length, ...read.damaged, ...malformed);
      await keepTrashClocks(store, journal.trashClock, journal.damaged.map((problem) => problem.id), now(), journal.trashGroups());
      // Entries saved without framing (a save whose framing never landed, an import by an older version) are framed now, in the background.
      for (const entry of journal.bodies.values()) if (needsFraming(entry)) journal.framing.later(entry);
    };
    const later = rows.size > 0;
    if (later) journal.checked = nextTurn().then(rest).catch(() => undefined);
    else await rest();
    journal.indexing.start((later ? shown : [...journal.bodies.values()]).filter((item) => !item.deletedAt), later ? journal.checked : undefined);
    return journal;
  }

  /**
   * The problems found at open that the person has now read. An entry opened from
   * a last good copy or an older file is saved again as it is now shown, which sets
   * the damaged file aside (kept as `.damaged`) and makes this the version to build on.
   */
  async dismissProblems(ids: string[]): Promise<void> {
    await this.checked;
    const wanted = new Set(ids);
    for (const problem of this.damaged) {
      if (!wanted.has(problem.id)) continue;
      const entry = this.bodies.get(problem.id);
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

  /**
   * Resolves once every body is read and checked, so `damaged` names every problem
   * (changes wait for this too, so they never race the background read).
   */
  whenChecked(): Promise<void> {
    return this.checked;
  }

  /** Today as the person's calendar day, by the journal's clock. */
  today(): string {
    return calendarDayOf(this.now());
  }

  get entryCount(): number {
    return this.bodies.size;
  }

  /**
   * A page of entries and how many there are; with words to search, the first page
   * also carries the wins those words find (the list says which is which).
   */
  list(query: ListQuery): ListPage & { wins?: ReturnType<Evidence['wins']['list']>['wins']; opening?: OpeningProgress } {
    const page = listPage({ lists: this.lists, index: this.index, entries: this.bodies }, query);
    // While bodies are still being indexed, a search answers from what is indexed so far, and says so.
    const opening = this.opening();
    const answer = opening ? { ...page, opening } : page;
    const text = query.query?.trim();
    if (!text || (query.tags ?? []).length > 0 || query.kind !== undefined || query.after !== undefined) return answer;
    return { ...answer, wins: this.evidence.wins.list({ query: text, trash: query.trash ?? false }).wins };
  }

  findEntry(id: string): Entry | undefined {
    return this.bodies.get(id);
  }

  get(id: string): Entry {
    const entry = this.bodies.get(id);
    if (!entry) throw new VaultError('NOT_FOUND', 'That entry no longer exists.');
    return entry;
  }

  async save(input: EntryDraftInput): Promise<Entry> {
    await this.checked;
    const draft = entryDraftSchema.parse(input);
    const stamp = this.now().toISOString();
    const existing = draft.id ? this.bodies.get(draft.id) : undefined;
    if (draft.id && !existing) throw new VaultError('NOT_FOUND', 'That entry no longer exists, so it could not be saved.');
    if (existing?.deletedAt) throw new VaultError('NOT_FOUND', 'That entry is in the trash. Restore it to edit it.');
    const entry = this.framing.keeping({
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
    if (entry.framing === null) this.framing.later(entry);
    return entry;
  }

  /**
   * Stores the person's own label for a sentence (or removes it with null); from
   * then on the entry's framing, and so the timeline, uses their label.
   */
  async correctFraming(id: string, sentence: string, label: FramingCorrection['label'] | null): Promise<Entry> {
    await this.checked;
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
    if (framing === null) this.framing.later(corrected);
    return corrected;
  }

  /** Small steps the person promised themselves and has not yet settled. */
  openSteps(): OpenStep[] {
    return openStepsOf(this.bodies.all());
  }

  async settleStep(entryId: string, status: NextStepStatus): Promise<Entry> {
    await this.checked;
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
    return rootCausesOf(this.bodies.all());
  }

  /** Earlier versions of an entry that backup merges kept, newest first. */
  earlierVersions(entryId: string): EntryVersion[] {
    this.get(entryId);
    return this.earlier.ofEntry(entryId);
  }

  /** Every entry as stored, for the timeline and for backups. */
  allEntries(): Entry[] {
    return [...this.bodies.all()];
  }

  async trash(id: string): Promise<Entry> {
    await this.checked;
    const entry = this.get(id);
    if (entry.deletedAt) return entry;
    const stamp = this.now().toISOString();
    const trashed = { ...entry, deletedAt: stamp };
    await this.persist(trashed, 'The entry was not moved to the trash.', { trashedHere: stamp });
    this.trashClock.started(id, stamp);
    return trashed;
  }

  async restore(id: string): Promise<Entry> {
    await this.checked;
    const entry = this.get(id);
    if (!entry.deletedAt) return entry;
    const restored = { ...entry, deletedAt: null, updatedAt: this.now().toISOString() };
    await this.persist(restored, 'The entry is still in the trash.', { trashedHere: null });
    this.trashClock.stopped(id);
    return restored;
  }

  /** Deleting for good is only offered from the trash, so nothing vanishes in one click. */
  async purge(id: string): Promise<void> {
    await this.checked;
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
    this.bodies.delete(id);
    this.lists.remove(id);
    this.index.remove(id);
  }

  tags(kind?: EntryKind): { name: string; count: number }[] {
    return tagCountsOf(this.bodies.rows(), kind);
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
    await this.checked;
    await this.framing.idle();
    await this.writes.idle();
  }

  /** Drops decrypted text from memory on lock. */
  forget(): void {
    this.forgotten = true;
    this.bodies.clear();
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
        await this.store.write({ id: entry.id, kind: ENTRY_KIND }, entry, entryMeta(entry, meta));
      } catch (error) {
        throw diskError(error, whatWasKept);
      }
      this.remember(entry);
      if (entry.deletedAt) this.index.remove(entry.id);
      else this.index.upsert(entry);
    });
  }

  /** Where opening hands the records it checked; those that do not check join `malformed` and the problems. */
  private recordHome(malformed: DamagedRecord[]): RecordHome {
    return { bodies: this.bodies, evidence: this.evidence, earlier: this.earlier, trashClock: this.trashClock, malformed: (damage) => (malformed.push(damage), this.damaged.push(damage)) };
  }

  /** An entry the disk now has, in memory and in its list. */
  private remember(entry: Entry): void {
    this.bodies.set(entry);
    this.lists.put(entry);
  }

  private trashGroups(): TrashGroup[] {
    const entries = { items: () => this.bodies.all(), titleOf: (id: string) => this.bodies.get(id)?.title, purge: (id: string) => this.removeEntry(id) };
    return trashGroupsOf(ENTRY_KIND, entries, this.evidence);
  }
}
