// Splits the cost of opening a journal into its parts: read, decrypt+parse, validate, index.
// npx tsx scripts/bench/profile-open.ts --entries N
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { entrySchema } from '../../shared/domain/entry';
import { inlineFramer } from '../../electron/vault/framing/entry-framer';
import { Journal } from '../../electron/vault/journal';
import { SearchIndex } from '../../electron/vault/search-index';
import { nodeFileSystem } from '../../electron/vault/storage/file-system';
import { RecordStore } from '../../electron/vault/storage/record-store';
import { inBatches, timed } from './measure';
import { seededRandom } from './random';
import { syntheticJournal } from './synthetic-journal';

async function main(): Promise<void> {
  const index = process.argv.indexOf('--entries');
  const count = index > 0 ? Number(process.argv[index + 1]) : 2000;
  const folder = await mkdtemp(join(tmpdir(), 'bounce-profile-'));
  const key = new Uint8Array(32).fill(1);
  const journal = await Journal.open(new RecordStore(nodeFileSystem, folder, key), () => new Date(), inlineFramer(), { manifestExpected: false });
  await inBatches(syntheticJournal(seededRandom(1), count, count / 5).items, 16, async (item) => {
    await journal.save(item.draft);
  });
  const store = new RecordStore(nodeFileSystem, folder, key);
  const load = await timed(() => store.loadAll());
  const validate = await timed(() => load.value.records.map((record) => entrySchema.safeParse(record.data)));
  const entries = validate.value.flatMap((result) => (result.success ? [result.data] : []));
  const indexing = await timed(() => new SearchIndex().addAll(entries));
  const whole = await timed(async () => {
    const opened = await Journal.open(new RecordStore(nodeFileSystem, folder, key), () => new Date(), inlineFramer(), { manifestExpected: true });
    await opened.whenOpened();
  });
  console.log(JSON.stringify({ count, read_decrypt_ms: load.ms, validate_ms: validate.ms, index_ms: indexing.ms, open_ms: whole.ms }));
  await rm(folder, { recursive: true, force: true });
}

void main();
