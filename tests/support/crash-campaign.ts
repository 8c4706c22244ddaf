import { spawn } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { isVaultError } from '../../electron/vault/errors';
import { isLeftoverTempFile } from '../../electron/vault/storage/durable-write';
import { openHeaderKeyslot } from '../../electron/vault/header-keyslots';
import { nodeFileSystem } from '../../electron/vault/storage/file-system';
import { readHeaderState } from '../../electron/vault/storage/header';
import { RECORDS_FOLDER } from '../../electron/vault/storage/record-paths';
import type { Vault } from '../../electron/vault/vault';
import { everyRow } from '../../shared/api/paging';
import { snapshotOf, type CrashMode, type CrashStep, type CrashWorkerConfig, type EntrySnapshot } from './crash-protocol';
import { createJournal, openVault, PASSPHRASE } from './journal-fixture';
import { seededRandom } from './seeded-random';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const WORKER = join(REPO_ROOT, 'tests/support/crash-worker.ts');

export interface CrashCampaignOptions {
  journalDir: string;
  kills: number;
  /** Share of kills aimed at passphrase changes and recovery (keyslot rewrites). */
  keysShare?: number;
  /** Share of kills that land while the worker is still starting, unlocking and opening. */
  earlyShare?: number;
  seed?: number;
}

export interface CrashCampaignResult {
  seed: number;
  kills: number;
  /** Kills that landed with a step begun and not yet acknowledged, by step. */
  killsMidStep: Record<string, number>;
  killsDuringStartup: number;
  stepsAcknowledged: number;
  /** After a kill mid passphrase change: which passphrase opened the journal. */
  openedWithOldPassphrase: number;
  openedWithNewPassphrase: number;
  entriesAtEnd: number;
}

interface Model {
  passphrase: string;
  entries: Map<string, EntrySnapshot>;
  autoLockMinutes: number;
}

/**
 * Starts a worker that writes to the journal, SIGKILLs it at a random moment,
 * reopens the journal and checks that every acknowledged step is there exactly
 * (or the step that was in flight), that nothing is damaged, and that the
 * journal opens with the old or the new passphrase. Repeats `kills` times.
 */
export async function runCrashCampaign(options: CrashCampaignOptions): Promise<CrashCampaignResult> {
  const random = seededRandom(options.seed);
  const { vault, recoveryCode } = await createJournal(options.journalDir);
  await vault.lock('quit');
  const model: Model = { passphrase: PASSPHRASE, entries: new Map(), autoLockMinutes: 10 };
  const result: CrashCampaignResult = {
    seed: random.seed,
    kills: 0,
    killsMidStep: {},
    killsDuringStartup: 0,
    stepsAcknowledged: 0,
    openedWithOldPassphrase: 0,
    openedWithNewPassphrase: 0,
    entriesAtEnd: 0,
  };

  for (let round = 0; round < options.kills; round++) {
    const mode: CrashMode = random.next() < (options.keysShare ?? 0.3) ? 'keys' : 'entries';
    const early = random.next() < (options.earlyShare ?? 0.1);
    const config: CrashWorkerConfig = {
      journalDir: options.journalDir,
      passphrase: model.passphrase,
      recoveryCode,
      mode,
      seed: random.int(2 ** 31),
      sequenceStart: (round + 1) * 1_000_000,
    };
    const delay = early ? random.int(400) : random.int(mode === 'keys' ? 250 : 150);
    const run = await runAndKill(config, early, delay);
    const context = `round ${round} (seed ${random.seed}, mode ${mode}, killed ${early ? 'while starting' : 'while working'} after ${delay} ms)`;
    result.kills += 1;
    if (!run.ready) result.killsDuringStartup += 1;

    for (const step of run.acknowledged) applyStep(model, step);
    result.stepsAcknowledged += run.acknowledged.length;
    if (run.pending) result.killsMidStep[run.pending.op] = (result.killsMidStep[run.pending.op] ?? 0) + 1;

    const opened = await verifyAfterKill(options.journalDir, model, run.pending, recoveryCode, random.next() < 0.5, context);
    if (opened === 'old') result.openedWithOldPassphrase += 1;
    if (opened === 'new') result.openedWithNewPassphrase += 1;
  }
  result.entriesAtEnd = model.entries.size;
  return result;
}

async function runAndKill(config: CrashWorkerConfig, early: boolean, delay: number) {
  const child = spawn(process.execPath, ['--import', 'tsx', WORKER, JSON.stringify(config)], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  let ready = false;
  let timer: NodeJS.Timeout | null = null;
  const kill = () => {
    if (!timer) timer = setTimeout(() => child.kill('SIGKILL'), delay);
  };
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
    if (!ready && stdout.includes('READY\n')) {
      ready = true;
      kill();
    }
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  if (early) kill();
  const exit = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  if (timer) clearTimeout(timer);
  if (exit.signal !== 'SIGKILL') {
    throw new Error(`The crash worker stopped by itself (code ${exit.code}), not by the kill:\n${stderr}${stdout.slice(-2000)}`);
  }
  // Only whole lines count: a line cut off by the kill was never acknowledged.
  const lines = stdout.split('\n').slice(0, -1);
  const acknowledged: CrashStep[] = [];
  let pending: CrashStep | null = null;
  for (const line of lines) {
    if (line.startsWith('BEGIN ')) pending = JSON.parse(line.slice(6)) as CrashStep;
    else if (line.startsWith('ACK ')) {
      acknowledged.push(JSON.parse(line.slice(4)) as CrashStep);
      pending = null;
    }
  }
  return { ready: lines.includes('READY'), acknowledged, pending };
}

function applyStep(model: Model, step: CrashStep): void {
  switch (step.op) {
    case 'create':
      model.entries.set(step.id!, step.expect);
      break;
    case 'edit':
    case 'trash':
    case 'restore':
      model.entries.set(step.id, step.expect);
      break;
    case 'purge':
      model.entries.delete(step.id);
      break;
    case 'settings':
      model.autoLockMinutes = step.autoLockMinutes;
      break;
    case 'change-passphrase':
    case 'recover':
      model.passphrase = step.to;
      break;
  }
}

/**
 * Opens the journal after a kill. With a passphrase change in flight either the
 * old or the new passphrase must work; which one is tried first is random, so both
 * the journal.json path and the journal.json.copy path get exercised.
 */
async function unlockAfterKill(vault: Vault, model: Model, pending: CrashStep | null, newFirst: boolean, context: string): Promise<'old' | 'new' | 'same'> {
  const keyStep = pending && (pending.op === 'change-passphrase' || pending.op === 'recover') ? pending : null;
  if (!keyStep) {
    try {
      await vault.unlock(model.passphrase);
      return 'same';
    } catch (error) {
      throw new Error(`After ${context}, the journal did not open with its passphrase: ${String(error)}`, { cause: error });
    }
  }
  const tries: ['old' | 'new', string][] = [['old', model.passphrase], ['new', keyStep.to]];
  if (newFirst) tries.reverse();
  const errors: string[] = [];
  for (const [which, passphrase] of tries) {
    try {
      await vault.unlock(passphrase);
      model.passphrase = passphrase;
      return which;
    } catch (error) {
      if (!isVaultError(error) || error.code !== 'WRONG_PASSPHRASE') throw new Error(`After ${context}, unlocking failed: ${String(error)}`, { cause: error });
      errors.push(`${which}: ${error.message}`);
    }
  }
  throw new Error(`After ${context}, the journal opened with neither the old nor the new passphrase (${errors.join('; ')})`);
}

async function verifyAfterKill(journalDir: string, model: Model, pending: CrashStep | null, recoveryCode: string, newFirst: boolean, context: string) {
  const vault = openVault(journalDir);
  const opened = await unlockAfterKill(vault, model, pending, newFirst, context);
  const keyStepInFlight = opened !== 'same';
  const fail = (what: string): never => {
    throw new Error(`After ${context}: ${what}`);
  };

  const damaged = (await vault.status()).damaged ?? [];
  const unexpected = damaged.filter((item) => !(keyStepInFlight && item.id === 'journal.json' && item.recoveredFromPrevious));
  if (unexpected.length > 0) fail(`damaged files were reported: ${JSON.stringify(unexpected)}`);

  const journal = vault.journal();
  const actual = new Map<string, EntrySnapshot>();
  const list = (request: Parameters<typeof journal.list>[0]) => journal.list(request);
  for (const summary of [...(await everyRow(list, {})), ...(await everyRow(list, { trash: true }))]) {
    actual.set(summary.id, snapshotOf(journal.get(summary.id)));
  }
  for (const [id, expected] of model.entries) {
    const allowed: (EntrySnapshot | undefined)[] = [expected];
    if (pending && 'id' in pending && pending.id === id) allowed.push(pending.op === 'purge' ? undefined : 'expect' in pending ? pending.expect : undefined);
    const found = actual.get(id);
    if (!allowed.some((candidate) => isDeepStrictEqual(candidate, found))) {
      fail(`entry ${id} was acknowledged as ${JSON.stringify(expected)} but reopened as ${JSON.stringify(found ?? 'missing')}`);
    }
  }
  for (const [id, found] of actual) {
    if (model.entries.has(id)) continue;
    if (!(pending?.op === 'create' && isDeepStrictEqual(pending.expect, found))) fail(`entry ${id} appeared without being saved: ${JSON.stringify(found)}`);
  }
  const minutes = journal.getSettings().autoLockMinutes;
  if (minutes !== model.autoLockMinutes && !(pending?.op === 'settings' && pending.autoLockMinutes === minutes)) {
    fail(`settings say ${minutes} minutes, acknowledged ${model.autoLockMinutes}`);
  }
  await expectOnlyRecordFiles(journalDir, fail);

  // The recovery code must survive every keyslot rewrite.
  const read = await readHeaderState(nodeFileSystem, journalDir);
  if (!read || !(await openHeaderKeyslot(read, 'recovery', recoveryCode))) fail('the recovery code no longer opens the journal');

  model.entries = actual;
  model.autoLockMinutes = minutes;
  await vault.lock('quit');
  return opened;
}

/**
 * After an open, only whole records, their previous copies and temp files remain: nothing
 * set aside as damaged, nothing stray. (Temp files hold no acknowledged data; young ones
 * are left for a later open, in case another reader's write is still filling them.)
 */
async function expectOnlyRecordFiles(journalDir: string, fail: (what: string) => never): Promise<void> {
  const root = join(journalDir, RECORDS_FOLDER);
  for (const folder of await readdir(root).catch(() => [] as string[])) {
    for (const name of await readdir(join(root, folder))) {
      if (isLeftoverTempFile(name)) continue;
      if (!/^[0-9a-f-]{36}\.bfr(\.prev)?$/u.test(name)) fail(`unexpected file ${folder}/${name} after reopening`);
    }
  }
  for (const name of await readdir(journalDir)) {
    if (!isLeftoverTempFile(name) && !['journal.json', 'journal.json.copy', 'manifest.bfr', 'manifest.bfr.prev', RECORDS_FOLDER].includes(name) && !/^manifest-\d+\.log$/u.test(name)) fail(`unexpected file ${name} in the journal folder`);
  }
}
