import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { previousRecordPath, recordPath } from '../../electron/vault/storage/record-paths';
import type { DamagedFile } from '../../shared/api/contract';
import { everyRow } from '../../shared/api/paging';
import { createJournal, openVault, PASSPHRASE } from './journal-fixture';
import { seededRandom } from './seeded-random';
import { TAMPER_KINDS, tamperWith } from './tamper';

/** A journal whose records have history: what each holds now, and before its last save. */
export interface TamperFixture {
  journalDir: string;
  /** Entry id → body now, and body before the last save (null: saved once, so no previous copy). */
  bodies: Map<string, { current: string; previous: string | null }>;
  settings: { current: number; previous: number | null };
  /** The settings record's id, derived from the journal's key so the folder does not name it. */
  settingsId: string;
}

/** The one record file that is not an entry's: the settings. */
async function settingsRecordId(journalDir: string, entryIds: Set<string>): Promise<string> {
  const ids: string[] = [];
  for (const folder of await readdir(join(journalDir, 'records'))) {
    for (const name of await readdir(join(journalDir, 'records', folder))) if (name.endsWith('.bfr')) ids.push(name.slice(0, -4));
  }
  const others = ids.filter((id) => !entryIds.has(id));
  if (others.length !== 1) throw new Error(`expected one settings record, found ${JSON.stringify(others)}`);
  return others[0]!;
}

export async function makeTamperFixture(journalDir: string, entries = 6): Promise<TamperFixture> {
  const { vault } = await createJournal(journalDir);
  const journal = vault.journal();
  const bodies = new Map<string, { current: string; previous: string | null }>();
  for (let i = 0; i < entries; i++) {
    const first = await journal.save({ title: `Entry ${i}`, date: '2026-03-01', body: `version 1 of entry ${i}`, tags: [] });
    let previous: string | null = null;
    let current = first.body;
    // Every other entry is edited, so some have a previous copy and some do not.
    for (let version = 2; version <= 1 + (i % 2) * 2; version++) {
      previous = current;
      current = `version ${version} of entry ${i}`;
      await journal.save({ id: first.id, title: `Entry ${i}`, date: '2026-03-01', body: current, tags: [] });
    }
    bodies.set(first.id, { current, previous });
  }
  await journal.updateSettings({ autoLockMinutes: 15 });
  await journal.updateSettings({ autoLockMinutes: 30 });
  await vault.lock('quit');
  const settingsId = await settingsRecordId(journalDir, new Set(bodies.keys()));
  return { journalDir, bodies, settings: { current: 30, previous: 15 }, settingsId };
}

export interface ReopenedJournal {
  bodies: Map<string, string>;
  autoLockMinutes: number;
  damaged: DamagedFile[];
}

export async function reopen(journalDir: string): Promise<ReopenedJournal> {
  const vault = openVault(journalDir);
  await vault.unlock(PASSPHRASE);
  const journal = vault.journal();
  const bodies = new Map<string, string>();
  for (const trash of [false, true]) for (const { id } of await everyRow((request) => journal.list(request), { trash })) bodies.set(id, journal.get(id).body);
  const result = { bodies, autoLockMinutes: journal.getSettings().autoLockMinutes, damaged: (await vault.status()).damaged ?? [] };
  await vault.lock('quit');
  return result;
}

/**
 * Damages one random record file a random way, reopens, and checks: the journal
 * opens; every other record is exactly as saved; the damaged one is reported by
 * id and its last good copy used where it has one; the damaged file is still on
 * disk, byte for byte as the damage left it. Then the fixture is rebuilt.
 */
export async function runTamperCampaign(options: { folder: string; rounds: number; seed?: number }): Promise<{ seed: number; tampered: number; recovered: number; reportedLost: number; deletedUnnoticed: number; byKind: Record<string, number> }> {
  const random = seededRandom(options.seed);
  let tampered = 0;
  let recovered = 0;
  let reportedLost = 0;
  let deletedUnnoticed = 0;
  const byKind: Record<string, number> = {};
  for (let round = 0; round < options.rounds; round++) {
    const fixture = await makeTamperFixture(`${options.folder}/tamper-${round}`);
    const ids = [...fixture.bodies.keys(), fixture.settingsId];
    const id = random.pick(ids);
    const kind = random.pick(TAMPER_KINDS);
    const path = recordPath(fixture.journalDir, id);
    const how = await tamperWith(path, kind, random);
    const damagedBytes = kind === 'delete' ? null : await readFile(path);
    tampered += 1;
    byKind[kind] = (byKind[kind] ?? 0) + 1;
    const where = `round ${round} (seed ${random.seed}): record ${id} ${how}`;
    const fail = (what: string): never => {
      throw new Error(`${where}: ${what}`);
    };

    const reopened = await reopen(fixture.journalDir).catch((error: unknown) => fail(`the journal did not open: ${String(error)}`));
    const expected = id === fixture.settingsId ? fixture.settings : fixture.bodies.get(id)!;
    const hasPrevious = expected.previous !== null;
    const report = reopened.damaged.filter((item) => item.id === id);
    const others = reopened.damaged.filter((item) => item.id !== id);
    if (others.length > 0) fail(`other files were reported damaged: ${JSON.stringify(others)}`);

    // Flipping a bit, cutting or replacing always shows: the record is authenticated. Deleting
    // one shows too, even one never saved twice: the sealed manifest still lists it.
    const silentlyGone = kind === 'delete' && !hasPrevious && report.length === 0;
    if (report.length !== 1) fail(`expected one report for it, got ${JSON.stringify(reopened.damaged)}`);
    if (kind === 'delete' && !hasPrevious && report[0]!.problem !== 'missing') fail(`a deleted record should be reported missing: ${JSON.stringify(report[0])}`);
    if (report[0] && (report[0].recoveredFromPrevious !== hasPrevious || !report[0].reason.includes(id))) fail(`unclear report: ${JSON.stringify(report[0])}`);

    for (const [otherId, body] of fixture.bodies) {
      if (otherId === id) continue;
      if (reopened.bodies.get(otherId) !== body.current) fail(`untouched entry ${otherId} changed`);
    }
    if (id === fixture.settingsId) {
      if (reopened.autoLockMinutes !== (hasPrevious ? fixture.settings.previous : 10)) fail(`settings reopened as ${reopened.autoLockMinutes}`);
    } else {
      const body = reopened.bodies.get(id);
      const want = hasPrevious ? expected.previous : undefined;
      if (body !== want) fail(`the damaged entry reopened as ${JSON.stringify(body)}, expected its last good copy ${JSON.stringify(want)}`);
    }
    if (hasPrevious) recovered += 1;
    else if (silentlyGone) deletedUnnoticed += 1;
    else reportedLost += 1;
    if (damagedBytes && !isDeepStrictEqual(await readFile(path), damagedBytes)) fail('the damaged file was changed or deleted by opening');
    if (hasPrevious && !(await readFile(previousRecordPath(fixture.journalDir, id)).then(() => true, () => false))) fail('the previous copy is gone');
  }
  return { seed: random.seed, tampered, recovered, reportedLost, deletedUnnoticed, byKind };
}
