import { randomUUID } from 'node:crypto';
import { access, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { canonicalJson } from '../../electron/backup/canonical-json';
import { journalKeys } from '../../electron/backup/format/backup-keys';
import { sealBackup } from '../../electron/backup/format/backup-writer';
import type { BackupRecord } from '../../electron/backup/format/body-lines';
import { RecordStore } from '../../electron/vault/storage/record-store';
import { nodeFileSystem } from '../../electron/vault/storage/file-system';
import type { Vault } from '../../electron/vault/vault';
import { createJournal, services, snapshot } from '../unit/backup/journal-helpers';

/**
 * Random merge and restore rounds over backups with random damage: bad field
 * types, ids that name another entry, one record twice, a file cut short. After
 * each round: a refused backup wrote nothing, and nothing in the open journal was
 * lost or changed except by an accepted newer version, whose predecessor is kept
 * as an earlier version.
 */
export interface BackupCampaignResult {
  seed: number;
  rounds: number;
  merged: number;
  restored: number;
  refused: number;
  setAside: number;
  updated: number;
}

type Damage = 'none' | 'bad-field' | 'other-id' | 'twice' | 'cut';
type Plain = { id: string; kind: string; data: unknown };

const plain = (record: Plain): Plain => ({ id: record.id, kind: record.kind, data: record.data });
const same = (a: unknown, b: unknown) => canonicalJson(a) === canonicalJson(b);

async function recordsIn(vault: Vault): Promise<Plain[]> {
  const keys = vault.openKeys();
  try {
    return (await new RecordStore(nodeFileSystem, vault.journalDir, keys.dataKey).loadAll()).records.map(plain);
  } finally {
    keys.dataKey.fill(0);
  }
}

const exists = (path: string) => access(path).then(() => true, () => false);

export async function runBackupCampaign(options: { folder: string; rounds: number; seed?: number }): Promise<BackupCampaignResult> {
  const seed = options.seed ?? Date.now() % 2 ** 31;
  const result: BackupCampaignResult = { seed, rounds: 0, merged: 0, restored: 0, refused: 0, setAside: 0, updated: 0 };
  const { vault } = await createJournal(join(options.folder, 'journal'));
  for (let i = 0; i < 4; i++) await vault.journal().save({ title: `Entry ${i}`, date: '2026-01-0' + (i + 1), body: `mine ${i}`, tags: [] });
  const roundArb = fc.record({
    pick: fc.array(fc.nat(), { minLength: 1, maxLength: 6 }),
    newer: fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
    fresh: fc.nat({ max: 3 }),
    damage: fc.constantFrom<Damage>('none', 'bad-field', 'other-id', 'twice', 'cut'),
    restore: fc.boolean(),
    cutAt: fc.double({ min: 0.05, max: 0.95, noNaN: true }),
  });
  await fc.assert(
    fc.asyncProperty(roundArb, async (round) => {
      result.rounds += 1;
      const before = await recordsIn(vault);
      const entries = before.filter((record) => record.kind === 'entry');
      const incoming: BackupRecord[] = [];
      const used = new Set<string>();
      round.pick.forEach((n, i) => {
        const base = entries[n % entries.length]!;
        if (used.has(base.id)) return;
        used.add(base.id);
        const data = base.data as Record<string, unknown>;
        const changed = round.newer[i]
          ? { ...data, body: `${String(data.body)} / backup ${result.rounds}`, updatedAt: new Date(Date.parse(String(data.updatedAt)) + 1000 + i).toISOString() }
          : { ...data, body: `${String(data.body)} / older ${result.rounds}`, updatedAt: new Date(Date.parse(String(data.updatedAt)) - 1000).toISOString() };
        incoming.push({ id: base.id, kind: 'entry', data: changed });
      });
      for (let i = 0; i < round.fresh; i++) {
        const id = randomUUID();
        const at = '2026-02-01T00:00:00.000Z';
        incoming.push({ id, kind: 'entry', data: { id, kind: 'page', title: `New ${i}`, date: '2026-02-01', body: 'from a backup', tags: [], reflection: null, corrections: [], framing: null, createdAt: at, updatedAt: at, deletedAt: null } });
      }
      const victim = entries[round.pick[0]! % entries.length]!;
      const badIds = new Set<string>();
      if (round.damage === 'bad-field') {
        const id = randomUUID();
        badIds.add(id);
        incoming.push({ id, kind: 'entry', data: { ...(victim.data as object), id, tags: 'not a list' } });
      } else if (round.damage === 'other-id') {
        const id = randomUUID();
        badIds.add(id);
        incoming.push({ id, kind: 'entry', data: { ...(victim.data as object), title: 'smuggled', updatedAt: '2099-01-01T00:00:00.000Z' } });
      } else if (round.damage === 'twice' && incoming.length > 0) {
        incoming.push({ ...incoming[0]!, data: { ...(incoming[0]!.data as object), body: 'the other copy' } });
      }
      const keys = vault.openKeys();
      let bytes = sealBackup({ keys: journalKeys(keys), manifest: { createdAt: new Date().toISOString(), app: 'soak', journalId: null }, records: incoming, chunkBytes: 256 }).bytes;
      keys.dataKey.fill(0);
      if (round.damage === 'cut') bytes = bytes.subarray(0, Math.floor(bytes.length * round.cutAt));
      const file = join(options.folder, `round-${result.rounds}.bfbackup`);
      await writeFile(file, bytes);
      const refuses = round.damage === 'cut' || (round.damage === 'twice' && incoming.length > 1);
      const backups = services(vault);

      if (round.restore) {
        const target = join(options.folder, 'restores', `r${result.rounds}`);
        const attempt = backups.restoreInto(file, undefined, target);
        if (refuses) {
          await attempt.then(() => Promise.reject(new Error(`round ${result.rounds}: a damaged backup was restored`)), () => undefined);
          if (await exists(target)) throw new Error(`round ${result.rounds}: a refused restore left ${target}`);
          const left = await readdir(join(options.folder, 'restores')).catch(() => []);
          if (left.some((name) => name.includes('.restoring-'))) throw new Error(`round ${result.rounds}: a refused restore left its hidden folder`);
          result.refused += 1;
          return;
        }
        const restored = await attempt;
        result.restored += 1;
        result.setAside += restored.setAsideCount;
        if (restored.setAside.some((item) => !badIds.has(item.id)) || restored.setAsideCount !== badIds.size) throw new Error(`round ${result.rounds}: restore set aside the wrong records`);
        if (restored.records !== incoming.length - badIds.size) throw new Error(`round ${result.rounds}: restore wrote ${restored.records} records`);
        return;
      }

      const folderBefore = await snapshot(vault.journalDir);
      const attempt = backups.merge(file);
      if (refuses) {
        await attempt.then(() => Promise.reject(new Error(`round ${result.rounds}: a damaged backup was merged`)), () => undefined);
        if (canonicalJson(await snapshot(vault.journalDir)) !== canonicalJson(folderBefore)) throw new Error(`round ${result.rounds}: a refused merge wrote something`);
        result.refused += 1;
        return;
      }
      const summary = await attempt;
      result.merged += 1;
      result.setAside += summary.setAsideCount;
      result.updated += summary.updated;
      if (summary.setAsideCount !== badIds.size) throw new Error(`round ${result.rounds}: merge set aside ${summary.setAsideCount}, expected ${badIds.size}`);
      const after = await recordsIn(vault);
      const byId = new Map(after.map((record) => [record.id, record]));
      for (const old of before) {
        const now = byId.get(old.id);
        if (!now) throw new Error(`round ${result.rounds}: record ${old.id} was lost`);
        if (same(now.data, old.data)) continue;
        const accepted = incoming.some((record) => record.id === old.id && !badIds.has(record.id) && same(record.data, now.data));
        const keptEarlier = after.some((record) => record.kind === 'earlier-version' && same((record.data as { data: unknown }).data, old.data) && (record.data as { of: { id: string } }).of.id === old.id);
        if (!accepted || !keptEarlier) throw new Error(`round ${result.rounds}: record ${old.id} changed without an accepted newer version kept beside it`);
      }
      for (const id of badIds) if (byId.has(id)) throw new Error(`round ${result.rounds}: the bad record ${id} was written`);
    }),
    { seed, numRuns: options.rounds, endOnFailure: true },
  );
  return result;
}
