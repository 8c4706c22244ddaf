/**
 * The child process of the crash tests (crash-campaign.ts). It opens a journal
 * and changes it in a loop, and writes one line to stdout per step:
 *   BEGIN <json>   before a step starts
 *   ACK <json>     after it resolved, i.e. after the app would tell the person "saved"
 * The parent kills it with SIGKILL at random moments and checks that every
 * acknowledged step survived. Lines go out with writeSync, so an ACK is in the
 * pipe before the next step begins.
 *
 * Run as: node --import tsx tests/support/crash-worker.ts '<CrashWorkerConfig as JSON>'
 */
import { writeSync } from 'node:fs';
import { AUTO_LOCK_CHOICES } from '../../shared/domain/settings';
import { everyRow } from '../../shared/api/paging';
import { nodeFileSystem } from '../../electron/vault/storage/file-system';
import { createJournalServices } from '../../electron/api/journal-services';
import { passphraseNumber, snapshotOf, type CrashStep, type CrashWorkerConfig } from './crash-protocol';
import { seededRandom, type Random } from './seeded-random';
import { FAST_KDF } from './temp-folder';

function say(kind: 'BEGIN' | 'ACK' | 'READY', step?: CrashStep): void {
  writeSync(1, `${kind}${step ? ` ${JSON.stringify(step)}` : ''}\n`);
}

/** Mostly short texts, some long ones, so kills land inside big writes too. */
function bodyFor(seq: number, random: Random): string {
  const roll = random.next();
  const words = roll < 0.7 ? 20 + random.int(300) : roll < 0.95 ? 3_000 + random.int(3_000) : 30_000 + random.int(10_000);
  const parts = [`entry text ${seq}`];
  for (let i = 0; i < words; i++) parts.push(random.pick(['river', 'stone', 'lantern', 'morning', 'again', 'quiet', 'step', 'forward', 'ünïcødé', '日記']));
  return parts.join(' ');
}

async function main(): Promise<void> {
  const config = JSON.parse(process.argv[2] ?? '{}') as CrashWorkerConfig;
  const random = seededRandom(config.seed);
  // The app's own composition, framing worker included: kills land in its saves too.
  const { vault } = createJournalServices({ fs: nodeFileSystem, journalDir: config.journalDir, kdf: FAST_KDF });
  await vault.unlock(config.passphrase);
  say('READY');
  let seq = config.sequenceStart;
  let passphrase = config.passphrase;
  for (;;) {
    seq += 1;
    if (config.mode === 'keys') {
      const to = passphraseNumber(seq);
      if (random.next() < 0.75) {
        say('BEGIN', { op: 'change-passphrase', to });
        await vault.changePassphrase(passphrase, to);
        say('ACK', { op: 'change-passphrase', to });
      } else {
        say('BEGIN', { op: 'recover', to });
        await vault.recover(config.recoveryCode, to);
        say('ACK', { op: 'recover', to });
      }
      passphrase = to;
      continue;
    }
    const journal = vault.journal();
    const live = await everyRow((request) => journal.list(request), {});
    const trashed = await everyRow((request) => journal.list(request), { trash: true });
    const roll = random.next();
    if (roll < 0.35 || live.length === 0) {
      const draft = { title: `Entry ${seq}`, date: '2026-03-14', body: bodyFor(seq, random), tags: [`tag${seq % 5}`] };
      const expect = snapshotOf({ ...draft, deletedAt: null });
      say('BEGIN', { op: 'create', seq, expect });
      const saved = await journal.save(draft);
      say('ACK', { op: 'create', seq, expect, id: saved.id });
    } else if (roll < 0.72) {
      const id = random.pick(live).id;
      const draft = { id, title: `Edited ${seq}`, date: '2026-03-15', body: bodyFor(seq, random), tags: [`tag${seq % 7}`, 'edited'] };
      const expect = snapshotOf({ ...draft, deletedAt: null });
      say('BEGIN', { op: 'edit', id, expect });
      await journal.save(draft);
      say('ACK', { op: 'edit', id, expect });
    } else if (roll < 0.8) {
      const entry = journal.get(random.pick(live).id);
      const expect = { ...snapshotOf(entry), deleted: true };
      say('BEGIN', { op: 'trash', id: entry.id, expect });
      await journal.trash(entry.id);
      say('ACK', { op: 'trash', id: entry.id, expect });
    } else if (roll < 0.86 && trashed.length > 0) {
      const entry = journal.get(random.pick(trashed).id);
      const expect = { ...snapshotOf(entry), deleted: false };
      say('BEGIN', { op: 'restore', id: entry.id, expect });
      await journal.restore(entry.id);
      say('ACK', { op: 'restore', id: entry.id, expect });
    } else if (roll < 0.9 && trashed.length > 0) {
      const id = random.pick(trashed).id;
      say('BEGIN', { op: 'purge', id });
      await journal.purge(id);
      say('ACK', { op: 'purge', id });
    } else {
      const autoLockMinutes = random.pick(AUTO_LOCK_CHOICES);
      say('BEGIN', { op: 'settings', autoLockMinutes });
      await journal.updateSettings({ autoLockMinutes });
      say('ACK', { op: 'settings', autoLockMinutes });
    }
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`crash worker failed: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}\n`);
  process.exit(2);
});
