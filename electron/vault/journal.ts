import { randomUUID } from 'node:crypto';
import {
  entryDraftSchema,
  entrySchema,
  excerptOf,
  normaliseTags,
  TRASH_DAYS,
  type Entry,
  type EntryDraftInput,
  type EntrySummary,
} from '../../shared/domain/entry';
import type { EntryFraming, FramingCorrection } from '../../shared/domain/framing-record';
import { reflectionText, type NextStepStatus } from '../../shared/domain/reflection';
import type { RootCauseOccurrence } from '../../shared/domain/root-cause-patterns';
import { DEFAULT_JOURNAL_SETTINGS, journalSettingsSchema, type JournalSettings } from '../../shared/domain/settings';
import { EARLIER_VERSION_KIND, type EntryVersion } from '../../shared/domain/earlier-version';
import { EarlierVersions } from './earlier-versions';
import { diskError, VaultError } from './errors';
import { SearchIndex } from './search-index';
import type { DamagedRecord, RecordStore } from './storage/record-store';

export const ENTRY_KIND = 'entry';
export const SETTINGS_KIND = 'settings';
export const SETTINGS_ID = 'settings';

export interface ListQuery {
  query?: string;
  tags?: string[];
  trash?: boolean;
}

const UNSAVED_KEPT = 'Your text is still here; copy it or free some space and try again.';

/** Works out an entry's framing from its words and the person's corrections. */
export type FrameEntry = (entry: Entry) => EntryFraming | null;

export interface OpenStep {
  entryId: string;
  entryTitle: string;
  entryDate: string;
  text: string;
  createdAt: string;
  checkedAt: string | null;
}

/**
 * The unlocked journal: every entry decrypted in memory, one sealed file per entry
 * on disk. Memory changes only after the disk has the new bytes, so what the window
 * is told was saved is exactly what would be found after a crash.
 */
export class Journal {
  private readonly entries = new Map<string, Entry>();
  private readonly index = new SearchIndex();
  /** Summaries are rebuilt only when their entry changes, not on every list. */
  private readonly summaries = new WeakMap<Entry, EntrySummary>();
  private settings: JournalSettings = DEFAULT_JOURNAL_SETTINGS;
  /** Copies a backup merge kept when it found two different versions of a record. */
  private readonly earlier = new EarlierVersions();
  /** Saves of the same record run one after another, never interleaved. */
  private readonly writeQueues = new Map<string, Promise<unknown>>();

  private constructor(
    private readonly store: RecordStore,
    private readonly now: () => Date,
    private readonly frame: FrameEntry,
    readonly damaged: DamagedRecord[],
  ) {}

  static async open(store: RecordStore, now: () => Date, frame: FrameEntry = () => null): Promise<Journal> {
    const { records, damaged } = await store.loadAll();
    const journal = new Journal(store, now, frame, damaged);
    for (const record of records) {
      if (record.kind === ENTRY_KIND) {
        const entry = asCurrentEntry(record.data);
        if (entry) journal.entries.set(entry.id, entry);
        else damaged.push({ id: record.id, file: record.id, reason: `The entry ${record.id} has fields that are not as expected.` });
      } else if (record.kind === SETTINGS_KIND) {
        const parsed = journalSettingsSchema.safeParse(record.data);
        if (parsed.success) journal.settings = parsed.data;
      } else if (record.kind === EARLIER_VERSION_KIND) {
        journal.earlier.add(record.id, record.data);
      }
    }
    await journal.purgeExpiredTrash();
    journal.index.addAll([...journal.entries.values()].filter((entry) => !entry.deletedAt));
    return journal;
  }

  get entryCount(): number {
    return this.entries.size;
  }

  list({ query, tags, trash = false }: ListQuery): { entries: EntrySummary[]; total: number } {
    const wantedTags = (tags ?? []).map((tag) => tag.toLowerCase());
    const matchesFilters = (entry: Entry) =>
      Boolean(entry.deletedAt) === trash &&
      wantedTags.every((tag) => entry.tags.some((own) => own.toLowerCase() === tag));
    let found: Entry[];
    const text = query?.trim();
    if (text && !trash) {
      found = this.index
        .search(text)
        .map((id) => this.entries.get(id))
        .filter((entry): entry is Entry => entry !== undefined && matchesFilters(entry));
    } else {
      found = [...this.entries.values()].filter(matchesFilters);
      if (text) found = found.filter((entry) => `${entry.title}\n${entry.body}`.toLowerCase().includes(text.toLowerCase()));
    }
    found.sort(trash ? byDeletedDesc : byDateDesc);
    return { entries: found.map((entry) => this.summaryOf(entry)), total: found.length };
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
    const entry = this.framed({
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
    const corrected = this.framed({ ...entry, corrections });
    await this.persist(corrected, 'Your correction was not saved; the label is as it was.');
    return corrected;
  }

  /** Small steps the person promised themselves and has not yet settled. */
  openSteps(): OpenStep[] {
    const steps: OpenStep[] = [];
    for (const entry of this.entries.values()) {
      const step = entry.reflection?.nextStep;
      if (entry.deletedAt || !step || step.status !== 'open' || !step.text) continue;
      steps.push({ entryId: entry.id, entryTitle: entry.title, entryDate: entry.date, text: step.text, createdAt: entry.createdAt, checkedAt: step.checkedAt });
    }
    return steps.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
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
    const history: RootCauseOccurrence[] = [];
    for (const entry of this.entries.values()) {
      if (!entry.deletedAt && entry.reflection?.rootCause) history.push({ entryId: entry.id, date: entry.date, rootCause: entry.reflection.rootCause });
    }
    return history;
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

  private summaryOf(entry: Entry): EntrySummary {
    let summary = this.summaries.get(entry);
    if (!summary) {
      summary = buildSummary(entry);
      this.summaries.set(entry, summary);
    }
    return summary;
  }

  /**
   * Works the framing out again only when what it reads has changed: retitling,
   * re-dating or re-tagging an entry keeps the framing it had.
   */
  private framed(entry: Entry): Entry {
    const before = this.entries.get(entry.id);
    const unchanged =
      before?.framing !== undefined &&
      before.body === entry.body &&
      before.corrections === entry.corrections &&
      reflectionWordsOf(before) === reflectionWordsOf(entry);
    return { ...entry, framing: unchanged ? before!.framing : this.frame(entry) };
  }

  async trash(id: string): Promise<Entry> {
    const entry = this.get(id);
    if (entry.deletedAt) return entry;
    const trashed = { ...entry, deletedAt: this.now().toISOString() };
    await this.persist(trashed, 'The entry was not moved to the trash.');
    return trashed;
  }

  async restore(id: string): Promise<Entry> {
    const entry = this.get(id);
    if (!entry.deletedAt) return entry;
    const restored = { ...entry, deletedAt: null, updatedAt: this.now().toISOString() };
    await this.persist(restored, 'The entry is still in the trash.');
    return restored;
  }

  /** Deleting for good is only offered from the trash, so nothing vanishes in one click. */
  async purge(id: string): Promise<void> {
    const entry = this.get(id);
    if (!entry.deletedAt) throw new VaultError('INVALID_REQUEST', 'Only entries in the trash can be deleted for good.');
    await this.queued(id, async () => {
      try {
        // Its earlier versions go first, so none is ever left behind without its entry.
        for (const versionId of this.earlier.idsOf(id)) await this.store.remove(versionId);
        this.earlier.forgetRecord(id);
        await this.store.remove(id);
      } catch (error) {
        throw diskError(error, 'The entry is still in the trash.');
      }
      this.entries.delete(id);
      this.index.remove(id);
    });
  }

  tags(): { name: string; count: number }[] {
    const counts = new Map<string, { name: string; count: number }>();
    for (const entry of this.entries.values()) {
      if (entry.deletedAt) continue;
      for (const tag of entry.tags) {
        const slot = counts.get(tag.toLowerCase()) ?? { name: tag, count: 0 };
        slot.count += 1;
        counts.set(tag.toLowerCase(), slot);
      }
    }
    return [...counts.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  }

  /** Placeholder until the manifest keeps problems: dismissing drops them from this session's list. */
  async dismissProblems(ids: string[]): Promise<void> {
    const gone = new Set(ids);
    for (let index = this.damaged.length - 1; index >= 0; index -= 1) if (gone.has(this.damaged[index]!.id)) this.damaged.splice(index, 1);
  }

  getSettings(): JournalSettings {
    return this.settings;
  }

  async updateSettings(patch: Partial<JournalSettings>): Promise<JournalSettings> {
    const next = journalSettingsSchema.parse({ ...this.settings, ...patch });
    await this.queued(SETTINGS_ID, async () => {
      try {
        await this.store.write({ id: SETTINGS_ID, kind: SETTINGS_KIND }, next);
      } catch (error) {
        throw diskError(error, 'Your previous settings are unchanged.');
      }
      this.settings = next;
    });
    return next;
  }

  /** Writes every queued save through; used before locking so nothing in flight is lost. */
  async settle(): Promise<void> {
    await Promise.allSettled([...this.writeQueues.values()]);
  }

  /** Drops decrypted text from memory on lock. */
  forget(): void {
    this.entries.clear();
    this.index.clear();
    this.earlier.clear();
  }

  private async persist(entry: Entry, whatWasKept: string): Promise<void> {
    await this.queued(entry.id, async () => {
      try {
        await this.store.write({ id: entry.id, kind: ENTRY_KIND }, entry);
      } catch (error) {
        throw diskError(error, whatWasKept);
      }
      this.entries.set(entry.id, entry);
      if (entry.deletedAt) this.index.remove(entry.id);
      else this.index.upsert(entry);
    });
  }

  private queued<T>(id: string, work: () => Promise<T>): Promise<T> {
    const previous = this.writeQueues.get(id) ?? Promise.resolve();
    const run = previous.catch(() => undefined).then(work);
    const tail = run.catch(() => undefined);
    this.writeQueues.set(id, tail);
    void tail.then(() => {
      if (this.writeQueues.get(id) === tail) this.writeQueues.delete(id);
    });
    return run;
  }

  private async purgeExpiredTrash(): Promise<void> {
    const cutoff = this.now().getTime() - TRASH_DAYS * 86_400_000;
    for (const entry of [...this.entries.values()]) {
      if (entry.deletedAt && Date.parse(entry.deletedAt) < cutoff) {
        // A failed purge is retried at the next unlock; the entry stays in the trash meanwhile.
        const versions = this.earlier.idsOf(entry.id);
        await Promise.all(versions.map((versionId) => this.store.remove(versionId)))
          .then(() => this.store.remove(entry.id))
          .then(
            () => {
              this.earlier.forgetRecord(entry.id);
              this.entries.delete(entry.id);
            },
            () => undefined,
          );
      }
    }
  }
}

function reflectionWordsOf(entry: Entry): string {
  return entry.reflection ? reflectionText(entry.reflection) : '';
}

const CURRENT_ENTRY_FIELDS = Object.keys(entrySchema.shape).sort().join();

/**
 * A record that opened under the data key was written by this app, so one already
 * in the current shape is taken as it is; older shapes go through the schema, which
 * fills in fields added since. Validating 10,000 entries on every unlock would
 * cost more than decrypting them.
 */
function asCurrentEntry(data: unknown): Entry | null {
  if (data && typeof data === 'object' && Object.keys(data).sort().join() === CURRENT_ENTRY_FIELDS) return data as Entry;
  const parsed = entrySchema.safeParse(data);
  return parsed.success ? parsed.data : null;
}

function byDateDesc(a: Entry, b: Entry): number {
  return b.date.localeCompare(a.date) || b.updatedAt.localeCompare(a.updatedAt);
}

function byDeletedDesc(a: Entry, b: Entry): number {
  return (b.deletedAt ?? '').localeCompare(a.deletedAt ?? '');
}

function buildSummary(entry: Entry): EntrySummary {
  return {
    id: entry.id,
    kind: entry.kind,
    title: entry.title,
    date: entry.date,
    tags: entry.tags,
    // The first few hundred characters are plenty for a one-line excerpt.
    excerpt: excerptOf((entry.body || entry.reflection?.whatHappened || '').slice(0, 400)),
    framing: entry.framing ? { label: entry.framing.label, score: entry.framing.score } : null,
    updatedAt: entry.updatedAt,
    deletedAt: entry.deletedAt,
  };
}
