import { randomUUID } from 'node:crypto';
import type { LockReason, VaultStatus } from '../../shared/api/contract';
import { confirmationMatches, encodeRecoveryCode, normaliseRecoveryCode, pickConfirmationGroups, RECOVERY_CODE_BYTES } from '../../shared/domain/recovery-code';
import { randomBytes } from './crypto/data-key';
import { DATA_KEY_BYTES, openKeyslot, sealKeyslot, type KeyslotKind } from './crypto/keyslot';
import { DEFAULT_KDF, freshKdfParams, type KdfParams } from './crypto/kdf';
import { diskError, VaultError } from './errors';
import { keyslotOf, openHeaderKeyslot, type OpenedSlot } from './header-keyslots';
import type { EntryFramer } from './framing/entry-framer';
import { Journal } from './journal';
import { ensureFolderDurably } from './storage/durable-write';
import type { FileSystem } from './storage/file-system';
import { readHeader, readHeaderState, writeHeader, JOURNAL_FORMAT, JOURNAL_FORMAT_VERSION, type HeaderState, type JournalHeader } from './storage/header';
import { headerProblems, reportedHeader, reportedRecord } from './problem-report';
import { RecordStore } from './storage/record-store';
import { finishRekey, wrapOldKey } from './rekey';

export interface VaultOptions {
  fs: FileSystem;
  journalDir: string;
  now?: () => Date;
  randomBytes?: (n: number) => Uint8Array;
  /** Argon2id cost; tests lower it, the app uses the default (64 MiB, 3 passes, 1 lane). */
  kdf?: Omit<KdfParams, 'salt' | 'name'> & { name: 'argon2id' };
  /** Works out each entry's framing after it is saved, away from the main thread. */
  framer: EntryFramer;
}

type VaultState =
  | { kind: 'locked' }
  | { kind: 'pending'; header: JournalHeader; dataKey: Uint8Array; recoveryCode: string; confirmGroups: [number, number] }
  | { kind: 'unlocked'; header: JournalHeader; dataKey: Uint8Array; journal: Journal };

/**
 * The key hierarchy and its life: a random data key encrypts every record; it is
 * kept on disk only wrapped in keyslots, one under the passphrase and one under
 * the recovery code, and in memory only while unlocked.
 */
export class Vault {
  private state: VaultState = { kind: 'locked' };
  private failedUnlocks = 0;
  /** Why journal.json could not be used at the last unlock (its copy was); reported while unlocked. */
  private headerDamage: string | null = null;
  private busy = false;
  private readonly lockListeners = new Set<(reason: LockReason) => void>();
  private readonly unlockListeners = new Set<() => void>();
  private readonly framedListeners = new Set<(id: string) => void>();
  private readonly now: () => Date;
  private readonly randomBytes: (n: number) => Uint8Array;
  private readonly kdf: Omit<KdfParams, 'salt'>;

  constructor(private readonly options: VaultOptions) {
    this.now = options.now ?? (() => new Date());
    this.randomBytes = options.randomBytes ?? randomBytes;
    this.kdf = options.kdf ?? DEFAULT_KDF;
  }

  get journalDir(): string {
    return this.options.journalDir;
  }

  async status(): Promise<VaultStatus> {
    // A large journal reads its bodies after the list is shown: the problems are named once all are read.
    if (this.state.kind === 'unlocked') await this.state.journal.whenChecked();
    const state = this.state;
    const { exists, damaged } =
      state.kind === 'unlocked'
        ? { exists: true, damaged: [...(this.headerDamage ? [reportedHeader(this.headerDamage, true)] : []), ...state.journal.damaged.map(reportedRecord)] }
        : await headerProblems(this.options.fs, this.journalDir);
    return {
      exists,
      unlocked: state.kind === 'unlocked',
      pendingCreation: state.kind === 'pending',
      location: this.journalDir,
      failedUnlocks: this.failedUnlocks,
      ...(damaged.length > 0 ? { damaged } : {}),
    };
  }

  /** The open journal, or LOCKED: every entry operation goes through here. */
  journal(): Journal {
    if (this.state.kind !== 'unlocked') throw new VaultError('LOCKED', 'The journal is locked. Unlock it to continue.');
    return this.state.journal;
  }

  onLock(listener: (reason: LockReason) => void): () => void {
    this.lockListeners.add(listener);
    return () => this.lockListeners.delete(listener);
  }

  /** Told when an entry's framing, worked out after its save, has been saved too. */
  onEntryFramed(listener: (id: string) => void): () => void {
    this.framedListeners.add(listener);
    return () => this.framedListeners.delete(listener);
  }

  private readonly tellFramed = (id: string): void => {
    for (const listener of this.framedListeners) listener(id);
  };

  /** Told after every unlock, once the journal is open (automatic backups start here). */
  onUnlock(listener: () => void): () => void {
    this.unlockListeners.add(listener);
    return () => this.unlockListeners.delete(listener);
  }

  /**
   * For backups: the open journal's id and keyslots, and a copy of its data key that
   * the caller wipes, so a lock during a long backup cannot zero the key mid-write.
   */
  openKeys(): { journalId: string; keyslots: JournalHeader['keyslots']; dataKey: Uint8Array } {
    const state = this.state;
    if (state.kind !== 'unlocked') throw new VaultError('LOCKED', 'The journal is locked. Unlock it to continue.');
    return { journalId: state.header.journalId, keyslots: state.header.keyslots, dataKey: Uint8Array.from(state.dataKey) };
  }

  /** Reads every record from disk again, after a backup merge wrote records beside the open journal. */
  async reloadJournal(): Promise<void> {
    return this.exclusive(async () => {
      const state = this.state;
      if (state.kind !== 'unlocked') return;
      await state.journal.settle();
      const journal = await Journal.open(new RecordStore(this.options.fs, this.journalDir, state.dataKey), this.now, this.options.framer, {
        manifestExpected: state.header.manifest === true,
        onFramed: this.tellFramed,
      });
      if (this.state !== state) return journal.forget();
      state.journal.forget();
      state.journal = journal;
    });
  }

  /**
   * Makes the keys and the recovery code in memory only. Nothing reaches the disk
   * until the person shows they kept the code (confirmRecoveryCode).
   */
  async create(passphrase: string): Promise<{ recoveryCode: string; confirmGroups: [number, number] }> {
    return this.exclusive(async () => {
      if (await readHeader(this.options.fs, this.journalDir).catch(() => 'damaged')) {
        throw new VaultError('JOURNAL_EXISTS', 'A journal already exists here. Unlock it instead.');
      }
      this.wipe();
      const journalId = randomUUID();
      const dataKey = this.randomBytes(DATA_KEY_BYTES);
      const recoveryCode = encodeRecoveryCode(this.randomBytes(RECOVERY_CODE_BYTES));
      const header: JournalHeader = {
        format: JOURNAL_FORMAT,
        version: JOURNAL_FORMAT_VERSION,
        journalId,
        keyslots: [
          await this.sealSlot('passphrase', passphrase, dataKey, journalId),
          await this.sealSlot('recovery', recoveryCode, dataKey, journalId),
        ],
        manifest: true,
      };
      const confirmGroups = pickConfirmationGroups((n) => this.randomBytes(1)[0]! % n);
      this.state = { kind: 'pending', header, dataKey, recoveryCode, confirmGroups };
      return { recoveryCode, confirmGroups };
    });
  }

  /** The code of a journal being created, for saving to a file the person picks. */
  pendingRecoveryCode(): string {
    if (this.state.kind !== 'pending') throw new VaultError('NOTHING_PENDING', 'There is no new journal waiting for its recovery code.');
    return this.state.recoveryCode;
  }

  async confirmRecoveryCode(answers: { group: number; value: string }[]): Promise<void> {
    return this.exclusive(async () => {
      const state = this.state;
      if (state.kind !== 'pending') throw new VaultError('NOTHING_PENDING', 'There is no new journal waiting for its recovery code.');
      if (!confirmationMatches(state.recoveryCode, state.confirmGroups, answers)) {
        throw new VaultError('RECOVERY_CONFIRMATION_MISMATCH', "Those groups don't match the recovery code. Look at the code again and retype them.");
      }
      try {
        await ensureFolderDurably(this.options.fs, this.journalDir);
        // The manifest exists before the header that says to expect one.
        await new RecordStore(this.options.fs, this.journalDir, state.dataKey).startManifest();
        await writeHeader(this.options.fs, this.journalDir, state.header);
      } catch (error) {
        throw diskError(error, 'No journal was created; you can try again.');
      }
      await this.openJournal(state.header, state.dataKey);
    });
  }

  cancelCreate(): void {
    if (this.state.kind === 'pending') this.wipe();
  }

  async unlock(passphrase: string): Promise<void> {
    return this.exclusive(async () => {
      if (this.state.kind === 'unlocked') return;
      const opened = await openHeaderKeyslot(await this.requireHeader(), 'passphrase', passphrase);
      if (!opened) {
        this.failedUnlocks += 1;
        throw new VaultError('WRONG_PASSPHRASE', "That passphrase isn't right. Check Caps Lock and try again, or use your recovery code.");
      }
      this.failedUnlocks = 0;
      const header = await this.finishRekey(opened.header, opened.dataKey);
      await this.openJournal(header, opened.dataKey);
      await this.repairHeader({ ...opened, header });
    });
  }

  /** The recovery code opens the journal and sets a new passphrase in one step. */
  async recover(recoveryCode: string, newPassphrase: string): Promise<void> {
    return this.exclusive(async () => {
      const read = await this.requireHeader();
      const code = normaliseRecoveryCode(recoveryCode);
      const opened = code ? await openHeaderKeyslot(read, 'recovery', code) : null;
      if (!opened) {
        this.failedUnlocks += 1;
        throw new VaultError('WRONG_RECOVERY_CODE', "That recovery code isn't right. It has 8 groups of 4 letters and digits; check each group and try again.");
      }
      const { dataKey } = opened;
      this.headerDamage = opened.damage;
      opened.header = await this.finishRekey(opened.header, dataKey);
      // The new header is written to journal.json and its copy, which repairs both.
      const next = await this.withPassphrase(opened.header, newPassphrase, dataKey);
      await this.saveHeader(next, 'Your old passphrase still works.');
      this.failedUnlocks = 0;
      if (this.state.kind === 'unlocked') this.state.header = next;
      else await this.openJournal(next, dataKey);
    });
  }

  async changePassphrase(current: string, next: string): Promise<void> {
    return this.exclusive(async () => {
      const state = this.state;
      if (state.kind !== 'unlocked') throw new VaultError('LOCKED', 'The journal is locked. Unlock it to continue.');
      const check = await openKeyslot(keyslotOf(state.header, 'passphrase'), current, state.header.journalId);
      if (!check) throw new VaultError('WRONG_PASSPHRASE', "Your current passphrase isn't right, so nothing was changed.");
      check.fill(0);
      const header = await this.withPassphrase(state.header, next, state.dataKey);
      await this.saveHeader(header, 'Your old passphrase still works.');
      state.header = header;
    });
  }

  /**
   * A plain passphrase change rewraps the same data key, so an old copy of the
   * header (or an old backup) and the old passphrase still open everything. This
   * makes a new data key and a new recovery code and seals every file again under
   * it: after it, old headers, copies and keyslots open nothing written since.
   */
  async reencrypt(current: string, next: string): Promise<{ recoveryCode: string }> {
    return this.exclusive(async () => {
      const state = this.state;
      if (state.kind !== 'unlocked') throw new VaultError('LOCKED', 'The journal is locked. Unlock it to continue.');
      // A lock may come while the KDF runs and wipes the key: work from a copy, and stop if it came.
      const oldKey = Uint8Array.from(state.dataKey);
      const stillOpen = () => {
        if (this.state !== state) throw new VaultError('LOCKED', 'The journal locked before re-encrypting began, so nothing was changed.');
      };
      const check = await openKeyslot(keyslotOf(state.header, 'passphrase'), current, state.header.journalId);
      if (!check) {
        oldKey.fill(0);
        throw new VaultError('WRONG_PASSPHRASE', "Your current passphrase isn't right, so nothing was changed.");
      }
      check.fill(0);
      await state.journal.settle();
      try {
        stillOpen();
      } catch (error) {
        oldKey.fill(0);
        throw error;
      }
      const newKey = this.randomBytes(DATA_KEY_BYTES);
      const recoveryCode = encodeRecoveryCode(this.randomBytes(RECOVERY_CODE_BYTES));
      const { journalId } = state.header;
      const started: JournalHeader = {
        ...state.header,
        keyslots: [await this.sealSlot('passphrase', next, newKey, journalId), await this.sealSlot('recovery', recoveryCode, newKey, journalId)],
        rekey: wrapOldKey(oldKey, newKey),
      };
      oldKey.fill(0);
      await this.saveHeader(started, 'Nothing was changed: your passphrase and recovery code are as they were.');
      // From here the new passphrase is the way in; a crash resumes at the next unlock.
      const finished = await this.finishRekey(started, newKey);
      // Locked meanwhile (sleep, the screen locking): it stays locked, and the new passphrase opens it.
      if (this.state !== state) {
        newKey.fill(0);
        return { recoveryCode };
      }
      state.journal.forget();
      state.dataKey.fill(0);
      this.state = { kind: 'locked' };
      await this.openJournal(finished, newKey);
      return { recoveryCode };
    });
  }

  /** A new recovery code; the old one no longer opens this journal's header. */
  async newRecoveryCode(passphrase: string): Promise<{ recoveryCode: string }> {
    return this.exclusive(async () => {
      const state = this.state;
      if (state.kind !== 'unlocked') throw new VaultError('LOCKED', 'The journal is locked. Unlock it to continue.');
      const check = await openKeyslot(keyslotOf(state.header, 'passphrase'), passphrase, state.header.journalId);
      if (!check) throw new VaultError('WRONG_PASSPHRASE', "Your passphrase isn't right, so your recovery code is unchanged.");
      check.fill(0);
      const recoveryCode = encodeRecoveryCode(this.randomBytes(RECOVERY_CODE_BYTES));
      const slot = await this.sealSlot('recovery', recoveryCode, state.dataKey, state.header.journalId);
      const header = { ...state.header, keyslots: state.header.keyslots.map((old) => (old.kind === 'recovery' ? slot : old)) };
      await this.saveHeader(header, 'Your recovery code is unchanged.');
      state.header = header;
      return { recoveryCode };
    });
  }

  /** Finishes a re-encryption the header says is unfinished; returns the header without the note. */
  private finishRekey(header: JournalHeader, dataKey: Uint8Array): Promise<JournalHeader> {
    return finishRekey(this.options.fs, this.journalDir, header, dataKey, (finished) => this.saveHeader(finished, 'The journal is safe: re-encrypting finishes at the next unlock.'));
  }

  async lock(reason: LockReason): Promise<void> {
    const state = this.state;
    if (state.kind === 'unlocked') await state.journal.settle();
    const wasOpen = this.state.kind !== 'locked';
    this.wipe();
    if (wasOpen) for (const listener of this.lockListeners) listener(reason);
  }

  private async openJournal(header: JournalHeader, dataKey: Uint8Array): Promise<void> {
    const store = new RecordStore(this.options.fs, this.journalDir, dataKey);
    let journal: Journal;
    try {
      journal = await Journal.open(store, this.now, this.options.framer, { manifestExpected: header.manifest === true, onFramed: this.tellFramed });
    } catch (error) {
      dataKey.fill(0);
      throw error;
    }
    this.state = { kind: 'unlocked', header, dataKey, journal };
    for (const listener of this.unlockListeners) listener();
  }

  /**
   * After an unlock, writes the header that opened back to journal.json and its
   * copy when they differ. Best effort: a read-only disk must not stop the unlock,
   * and the copy is only a spare.
   */
  private async repairHeader(opened: OpenedSlot): Promise<void> {
    this.headerDamage = opened.damage;
    // A journal from before manifests has one now (the open wrote it): from here on its absence is reported.
    const header = opened.header.manifest ? opened.header : { ...opened.header, manifest: true as const };
    if (!opened.needsRepair && header === opened.header) return;
    const written = await writeHeader(this.options.fs, this.journalDir, header).then(
      () => true,
      () => false,
    );
    if (written && this.state.kind === 'unlocked') this.state.header = header;
  }

  /** Rewraps the data key under a new passphrase with a fresh salt; entries are untouched. */
  private async withPassphrase(header: JournalHeader, passphrase: string, dataKey: Uint8Array): Promise<JournalHeader> {
    const slot = await this.sealSlot('passphrase', passphrase, dataKey, header.journalId);
    return { ...header, keyslots: header.keyslots.map((old) => (old.kind === 'passphrase' ? slot : old)) };
  }

  private sealSlot(kind: KeyslotKind, secret: string, dataKey: Uint8Array, journalId: string) {
    return sealKeyslot(kind, secret, freshKdfParams(this.randomBytes, this.kdf), dataKey, journalId);
  }

  private async saveHeader(header: JournalHeader, whatWasKept: string): Promise<void> {
    try {
      await writeHeader(this.options.fs, this.journalDir, header);
    } catch (error) {
      throw diskError(error, whatWasKept);
    }
  }

  private async requireHeader(): Promise<HeaderState> {
    const read = await readHeaderState(this.options.fs, this.journalDir);
    if (!read) throw new VaultError('NO_JOURNAL', 'There is no journal here yet. Create one to begin.');
    return read;
  }

  private wipe(): void {
    const state = this.state;
    if (state.kind === 'unlocked') state.journal.forget();
    if (state.kind !== 'locked') state.dataKey.fill(0);
    this.state = { kind: 'locked' };
  }

  /** One key operation at a time: a second unlock while the first runs gets a plain answer. */
  private async exclusive<T>(work: () => Promise<T>): Promise<T> {
    if (this.busy) throw new VaultError('BUSY', 'The journal is busy with another step. Try again in a moment.');
    this.busy = true;
    try {
      return await work();
    } finally {
      this.busy = false;
    }
  }
}
