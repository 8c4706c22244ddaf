import { inlineFramer } from '../../electron/vault/framing/entry-framer';
import { isDeepStrictEqual } from 'node:util';
import type { AppServices } from '../../electron/api/app-services';
import { openHeaderKeyslot } from '../../electron/vault/header-keyslots';
import { nodeFileSystem } from '../../electron/vault/storage/file-system';
import { readHeaderState } from '../../electron/vault/storage/header';
import type { ApiResult } from '../../shared/api/errors';
import { everyRow } from '../../shared/api/paging';
import { snapshotOf } from './crash-protocol';
import { createFaultyFileSystem, WRITE_OPERATIONS, type FaultyFileSystem } from './faulty-fs';
import { createJournalServices, openVault, PASSPHRASE } from './journal-fixture';
import { createAppServices } from '../../electron/api/app-services';
import { FAST_KDF } from './temp-folder';
import { nullPlatform } from './null-platform';

export { openVault };

export const NEW_PASSPHRASE = 'a brand new passphrase 7';

/** A journal with history: an entry saved twice (so it has a previous copy), one in the trash, settings. */
export interface FaultFixture {
  services: AppServices;
  faulty: FaultyFileSystem;
  journalDir: string;
  recoveryCode: string;
  editedId: string;
  trashedId: string;
}

export async function makeFaultFixture(journalDir: string): Promise<FaultFixture> {
  const faulty = createFaultyFileSystem();
  // Hundreds of fixtures: the in-thread framer spares a worker start each (the storage under test is the same).
  const { services, recoveryCode } = await createJournalServices(journalDir, { fs: faulty.fs, framer: inlineFramer() });
  const call = async (method: string, request: unknown) => {
    const result = await services.dispatch(method, request);
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    return result.value as { id: string };
  };
  const edited = await call('entries.save', { title: 'Kept', date: '2026-03-01', body: 'first words', tags: ['a'] });
  await call('entries.save', { id: edited.id, title: 'Kept', date: '2026-03-01', body: 'second words', tags: ['a'] });
  const trashed = await call('entries.save', { title: 'Binned', date: '2026-03-02', body: 'to the trash', tags: [] });
  await call('entries.trash', { id: trashed.id });
  await call('settings.update', { autoLockMinutes: 15 });
  // The framing of those saves is written in the background: let it land before any fault is set.
  await services.vault.journal().settle();
  return { services, faulty, journalDir, recoveryCode, editedId: edited.id, trashedId: trashed.id };
}

/** A step a person takes that writes to disk, as a request to the API. */
export interface WriteStep {
  name: string;
  /** Changes keys rather than entries: compared by which passphrase opens the journal. */
  keys?: boolean;
  request(fixture: FaultFixture): [method: string, request: unknown];
}

export const WRITE_STEPS: readonly WriteStep[] = [
  { name: 'edit an entry', request: (f) => ['entries.save', { id: f.editedId, title: 'Kept', date: '2026-03-01', body: 'third words', tags: ['a'] }] },
  { name: 'save a new entry', request: () => ['entries.save', { title: 'New', date: '2026-03-03', body: 'brand new words', tags: ['n'] }] },
  { name: 'move to trash', request: (f) => ['entries.trash', { id: f.editedId }] },
  { name: 'restore from trash', request: (f) => ['entries.restore', { id: f.trashedId }] },
  { name: 'delete for good', request: (f) => ['entries.purge', { id: f.trashedId }] },
  { name: 'change settings', request: () => ['settings.update', { autoLockMinutes: 30 }] },
  { name: 'change the passphrase', keys: true, request: () => ['vault.changePassphrase', { current: PASSPHRASE, next: NEW_PASSPHRASE }] },
  { name: 'recover with the code', keys: true, request: (f) => ['vault.recover', { recoveryCode: f.recoveryCode, newPassphrase: NEW_PASSPHRASE }] },
];

/** What the person would see: entries (content, not ids or times) and settings, from memory through the API. */
export async function visibleState(services: AppServices): Promise<unknown> {
  const call = async (method: string, request: unknown) => {
    const result = await services.dispatch(method, request);
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    return result.value;
  };
  const entries: string[] = [];
  for (const trash of [false, true]) {
    const rows = await everyRow(async (request) => (await call('entries.list', request)) as { entries: { id: string }[]; next: string | null }, { trash });
    for (const { id } of rows) entries.push(JSON.stringify(snapshotOf((await call('entries.get', { id })) as never)));
  }
  return { entries: entries.sort(), settings: await call('settings.get', {}) };
}

/** The same, read from disk by a fresh vault, plus which passphrases open the journal and anything reported damaged. */
export async function stateOnDisk(journalDir: string): Promise<{ opens: string[]; visible: unknown; damaged: unknown[] }> {
  const read = await readHeaderState(nodeFileSystem, journalDir);
  const opens: string[] = [];
  for (const passphrase of [PASSPHRASE, NEW_PASSPHRASE]) {
    if (read && (await openHeaderKeyslot(read, 'passphrase', passphrase))) opens.push(passphrase);
  }
  const services = createAppServices({ journalDir, platform: nullPlatform(), kdf: FAST_KDF, fs: nodeFileSystem });
  const unlocked = await services.dispatch('vault.unlock', { passphrase: opens[0] ?? PASSPHRASE });
  if (!unlocked.ok) throw new Error(`The journal does not open after the fault: ${unlocked.error.message}`);
  const status = (await services.dispatch('vault.status', {})) as ApiResult<{ damaged?: unknown[] }>;
  const visible = await visibleState(services);
  await services.vault.lock('quit');
  return { opens, visible, damaged: status.ok ? (status.value.damaged ?? []) : ['status failed'] };
}

/** How many write calls a step makes when nothing fails: the points a fault can hit. */
export async function countWriteCalls(journalDir: string, step: WriteStep): Promise<number> {
  const fixture = await makeFaultFixture(journalDir);
  const before = fixture.faulty.calls.length;
  const [method, request] = step.request(fixture);
  const result = await fixture.services.dispatch(method, request);
  if (!result.ok) throw new Error(`${step.name} failed without a fault: ${result.error.message}`);
  const count = fixture.faulty.calls.slice(before).filter((call) => WRITE_OPERATIONS.includes(call.op)).length;
  await fixture.services.vault.lock('quit');
  return count;
}

export interface SweepCase {
  step: WriteStep;
  /** Which write call fails (0-based, counting only write calls). */
  at: number;
  code: string;
  stage?: 'open' | 'write' | 'fsync';
}

const PLAIN_DISK_MESSAGE = /^Couldn't save to disk \((the disk is full|the journal folder does not allow writing|the disk is read-only|the disk reported an input\/output error|the disk refused the write)\)\. [A-Z][^/\\]*$/u;

/**
 * One fault at one point of one step, and every promise checked: the API either
 * says it worked (and it did) or answers DISK in plain words; memory never claims
 * a save the disk refused; what reopens is the state before or after the step,
 * never a damaged one; and once the fault clears, trying again works.
 */
export async function runSweepCase(journalDir: string, sweepCase: SweepCase, expectedAfter: Awaited<ReturnType<typeof stateOnDisk>>): Promise<'failed-cleanly' | 'succeeded-anyway'> {
  const fixture = await makeFaultFixture(journalDir);
  const before = await stateOnDisk(journalDir);
  const memoryBefore = await visibleState(fixture.services);
  const where = `${sweepCase.step.name}, ${sweepCase.code}${sweepCase.stage ? ` at ${sweepCase.stage}` : ''} on write call ${sweepCase.at}`;
  const fail = (what: string): never => {
    throw new Error(`${where}: ${what}`);
  };

  fixture.faulty.fail({ op: WRITE_OPERATIONS, code: sweepCase.code, after: sweepCase.at, times: 1, ...(sweepCase.stage ? { stage: sweepCase.stage } : {}) });
  const [method, request] = sweepCase.step.request(fixture);
  const result = await fixture.services.dispatch(method, request);
  fixture.faulty.clear();
  // Framing worked out after a save is written in the background; a fault that hit it loses nothing (it is framed again at unlock).
  if ((await fixture.services.vault.status()).unlocked) await fixture.services.vault.journal().settle();

  let outcome: 'failed-cleanly' | 'succeeded-anyway';
  if (result.ok) {
    // Only a fault the code can route around (no hard links: it copies instead) may end in success.
    outcome = 'succeeded-anyway';
    if (!sweepCase.step.keys && !isDeepStrictEqual(await visibleState(fixture.services), expectedAfter.visible)) fail('it reported success but memory does not show the change');
  } else {
    outcome = 'failed-cleanly';
    if (result.error.code !== 'DISK') fail(`expected a DISK error, got ${result.error.code}: ${result.error.message}`);
    if (!PLAIN_DISK_MESSAGE.test(result.error.message)) fail(`the message is not plain: ${result.error.message}`);
    if (!sweepCase.step.keys && !isDeepStrictEqual(await visibleState(fixture.services), memoryBefore)) fail('memory pretends the failed step happened');
  }
  await fixture.services.vault.lock('quit');

  const reopened = await stateOnDisk(journalDir);
  // A passphrase change cut between journal.json and its copy is reported when the copy is what opens.
  const damage = reopened.damaged.filter((item) => !(sweepCase.step.keys && isHeaderCopyNote(item)));
  if (damage.length > 0) fail(`reopening reported damage: ${JSON.stringify(damage)}`);
  const matches = (state: typeof before) => isDeepStrictEqual(reopened.visible, state.visible) && isDeepStrictEqual(reopened.opens, state.opens);
  if (outcome === 'succeeded-anyway' && !matches(expectedAfter)) fail('reported success but the disk does not have the change');
  if (!matches(before) && !matches(expectedAfter)) {
    // A passphrase change cut between journal.json and its copy opens with both passphrases: still never neither.
    const keysCutMidway = sweepCase.step.keys && reopened.opens.length === 2 && isDeepStrictEqual(reopened.visible, before.visible);
    if (!keysCutMidway) fail(`reopened as neither the state before nor after: ${JSON.stringify(reopened)}`);
  }

  // The fault has cleared: the same step, tried again in a fresh session, must work.
  const retry = createAppServices({ journalDir, platform: nullPlatform(), kdf: FAST_KDF, fs: nodeFileSystem });
  const unlocked = await retry.dispatch('vault.unlock', { passphrase: reopened.opens[0] ?? PASSPHRASE });
  if (!unlocked.ok) fail(`could not unlock to retry: ${unlocked.error.message}`);
  if (outcome === 'failed-cleanly') {
    const [retryMethod, retryRequest] = sweepCase.step.request(fixture);
    const again = await retry.dispatch(retryMethod, sweepCase.step.keys && retryMethod === 'vault.changePassphrase' ? { current: reopened.opens[0], next: NEW_PASSPHRASE } : retryRequest);
    const alreadyGone = !again.ok && again.error.code === 'NOT_FOUND' && retryMethod === 'entries.purge';
    if (!again.ok && !alreadyGone) fail(`retrying after the fault cleared failed: ${again.error.code} ${again.error.message}`);
  }
  await retry.vault.lock('quit');
  const final = await stateOnDisk(journalDir);
  if (!isDeepStrictEqual(final.visible, expectedAfter.visible) || !isDeepStrictEqual(final.opens, expectedAfter.opens)) {
    fail(`after the retry the journal is not as the step intended: ${JSON.stringify(final)} vs ${JSON.stringify(expectedAfter)}`);
  }
  return outcome;
}

function isHeaderCopyNote(item: unknown): boolean {
  const note = item as { id?: unknown; recoveredFromPrevious?: unknown };
  return note.id === 'journal.json' && note.recoveredFromPrevious === true;
}

/** The state a step leads to when nothing fails, to compare faulty runs against. */
export async function expectedStateAfter(journalDir: string, step: WriteStep): Promise<Awaited<ReturnType<typeof stateOnDisk>>> {
  const fixture = await makeFaultFixture(journalDir);
  const [method, request] = step.request(fixture);
  const result = await fixture.services.dispatch(method, request);
  if (!result.ok) throw new Error(`${step.name} failed without a fault: ${result.error.message}`);
  await fixture.services.vault.lock('quit');
  return stateOnDisk(journalDir);
}

/**
 * Every write step, with a fault at each of its write calls in turn, for each
 * code (and, for the file write itself, each stage). Returns how many faults were injected.
 */
export async function runFaultSweep(options: {
  folder: string;
  codes: readonly string[];
  stages?: readonly ('open' | 'write' | 'fsync')[];
}): Promise<{ faults: number; succeededAnyway: number }> {
  let n = 0;
  const nextDir = () => `${options.folder}/sweep-${n++}`;
  let faults = 0;
  let succeededAnyway = 0;
  for (const step of WRITE_STEPS) {
    const points = await countWriteCalls(nextDir(), step);
    const after = await expectedStateAfter(nextDir(), step);
    for (let at = 0; at < points; at++) {
      for (const code of options.codes) {
        for (const stage of options.stages ?? [undefined]) {
          const outcome = await runSweepCase(nextDir(), { step, at, code, ...(stage ? { stage } : {}) }, after);
          faults += 1;
          if (outcome === 'succeeded-anyway') succeededAnyway += 1;
        }
      }
    }
  }
  return { faults, succeededAnyway };
}
