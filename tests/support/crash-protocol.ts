import { createHash } from 'node:crypto';
import type { Entry } from '../../shared/domain/entry';

/** What the crash worker (crash-worker.ts) and its parent (crash-campaign.ts) say to each other. */
export type CrashMode = 'entries' | 'keys';

export interface CrashWorkerConfig {
  journalDir: string;
  passphrase: string;
  recoveryCode: string;
  mode: CrashMode;
  seed: number;
  /** Numbers new passphrases and entry texts so they never repeat across workers. */
  sequenceStart: number;
}

/** What the parent compares: everything the person wrote, and whether it is in the trash. */
export interface EntrySnapshot {
  title: string;
  date: string;
  tags: string[];
  bodyHash: string;
  bodyLength: number;
  deleted: boolean;
}

export type CrashStep =
  | { op: 'create'; seq: number; expect: EntrySnapshot; id?: string }
  | { op: 'edit' | 'trash' | 'restore'; id: string; expect: EntrySnapshot }
  | { op: 'purge'; id: string }
  | { op: 'settings'; autoLockMinutes: number }
  | { op: 'change-passphrase' | 'recover'; to: string };

export function hashBody(body: string): string {
  return createHash('sha256').update(body).digest('hex');
}

export function snapshotOf(entry: Pick<Entry, 'title' | 'date' | 'tags' | 'body' | 'deletedAt'>): EntrySnapshot {
  return { title: entry.title, date: entry.date, tags: entry.tags, bodyHash: hashBody(entry.body), bodyLength: entry.body.length, deleted: entry.deletedAt !== null };
}

export function passphraseNumber(n: number): string {
  return `crash passphrase number ${n}`;
}
