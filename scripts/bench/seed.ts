import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { createJournalServices } from '../../electron/api/journal-services';
import { openKeyslot } from '../../electron/vault/crypto/keyslot';
import { nodeFileSystem } from '../../electron/vault/storage/file-system';
import { readHeader } from '../../electron/vault/storage/header';
import { inBatches } from './measure';
import { seededRandom } from './random';
import { journalVocabulary, syntheticJournal } from './synthetic-journal';
import type { Vocabulary } from './vocabulary';

export const PASSPHRASE = 'benchmark passphrase of reasonable length';

const ROOT = join(__dirname, '../..');
const CACHE = join(ROOT, 'node_modules', '.cache', 'bounce-forward-bench', 'journals');
/** What decides the bytes a seeded journal holds: the vault, the domain and framing code, and this generator. */
const SOURCES = ['electron/vault', 'electron/api/journal-services.ts', 'shared/domain', 'shared/framing', 'scripts/bench/seed.ts', 'scripts/bench/synthetic-journal.ts', 'scripts/bench/vocabulary.ts', 'scripts/bench/random.ts'];

export interface SeededJournal {
  journalDir: string;
  /** Every entry's id, in the order the generator made them. */
  ids: string[];
  vocabulary: Vocabulary;
  distinctWords: number;
  meanChars: number;
  /** Whether the journal was copied from an earlier run's seeding rather than seeded now. */
  fromCache: boolean;
}

type SeedFacts = Pick<SeededJournal, 'ids' | 'distinctWords' | 'meanChars'>;

/**
 * A new journal in `folder`/journal holding `count` synthetic entries, saved
 * through the journal service as the app saves them (sealed, durable, framed in
 * the worker), reflections' framing corrected as a person would. Left locked.
 */
async function seedAfresh(journalDir: string, count: number, seed: number): Promise<SeedFacts> {
  const { vault, framer } = createJournalServices({ journalDir });
  const { recoveryCode, confirmGroups } = await vault.create(PASSPHRASE);
  const groups = recoveryCode.split('-');
  await vault.confirmRecoveryCode(confirmGroups.map((group) => ({ group, value: groups[group - 1]! })));
  const journal = vault.journal();
  const { items, distinctWords, meanChars } = syntheticJournal(seededRandom(seed), count, Math.round(count * 0.2));
  const ids: string[] = [];
  await inBatches(items, 16, async (item, index) => {
    const entry = await journal.save(item.draft);
    ids[index] = entry.id;
    if (item.correction) await journal.correctFraming(entry.id, item.correction.sentence, item.correction.label);
  });
  await journal.settle();
  await vault.lock('user');
  await framer.close();
  return { ids, distinctWords, meanChars };
}

async function filesUnder(path: string): Promise<string[]> {
  if (!path.endsWith('.ts') && !path.endsWith('.json')) {
    const names = await readdir(path, { withFileTypes: true }).catch(() => null);
    if (names) return (await Promise.all(names.map((name) => filesUnder(join(path, name.name))))).flat();
  }
  return [path];
}

async function sourceHash(count: number, seed: number): Promise<string> {
  const hash = createHash('sha256').update(`${count}:${seed}:${PASSPHRASE}`);
  const files = (await Promise.all(SOURCES.map((source) => filesUnder(join(ROOT, source))))).flat().sort();
  for (const file of files) hash.update(relative(ROOT, file)).update(await readFile(file));
  return hash.digest('hex').slice(0, 16);
}

/**
 * The seeded journal in `folder`/journal. Seeding 10,000 entries through the real
 * services takes a minute or two, so the sealed result is kept in node_modules/.cache
 * and copied for the next run, as long as none of the code that decides its bytes
 * has changed since (and `fresh` is not asked for).
 */
export async function seedJournal(folder: string, count: number, seed: number, fresh = false): Promise<SeededJournal> {
  const journalDir = join(folder, 'journal');
  const vocabulary = journalVocabulary(seededRandom(seed));
  const key = await sourceHash(count, seed);
  const cached = join(CACHE, `${count}-${key}`);
  if (!fresh && existsSync(join(cached, 'facts.json'))) {
    await cp(join(cached, 'journal'), journalDir, { recursive: true });
    const facts = JSON.parse(await readFile(join(cached, 'facts.json'), 'utf8')) as SeedFacts;
    return { journalDir, vocabulary, ...facts, fromCache: true };
  }
  const facts = await seedAfresh(journalDir, count, seed);
  await mkdir(CACHE, { recursive: true });
  for (const name of await readdir(CACHE)) if (name.startsWith(`${count}-`)) await rm(join(CACHE, name), { recursive: true, force: true });
  const staging = `${cached}.${process.pid}.tmp`;
  await cp(journalDir, join(staging, 'journal'), { recursive: true });
  await writeFile(join(staging, 'facts.json'), JSON.stringify(facts));
  await rename(staging, cached);
  return { journalDir, vocabulary, ...facts, fromCache: false };
}

/** The data key, from the passphrase keyslot: what an unlock has in hand once the KDF is done. */
export async function dataKeyOf(journalDir: string): Promise<Uint8Array> {
  const header = (await readHeader(nodeFileSystem, journalDir))!;
  const slot = header.keyslots.find((candidate) => candidate.kind === 'passphrase')!;
  return (await openKeyslot(slot, PASSPHRASE, header.journalId))!;
}
