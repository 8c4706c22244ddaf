import { afterEach, describe, expect, it } from 'vitest';
import { inlineFramer, type EntryFramer } from '../../../electron/vault/framing/entry-framer';
import { Journal } from '../../../electron/vault/journal';
import { nodeFileSystem } from '../../../electron/vault/storage/file-system';
import { RecordStore } from '../../../electron/vault/storage/record-store';
import { useTempFolder } from '../../support/use-temp-folder';

const folder = useTempFolder();
const key = new Uint8Array(32).fill(5);
const clock = () => new Date('2026-06-01T09:00:00Z');
const opened: Journal[] = [];
const open = async (framer: EntryFramer) => {
  const journal = await Journal.open(new RecordStore(nodeFileSystem, folder(), key), clock, framer, { manifestExpected: false });
  opened.push(journal);
  return journal;
};

afterEach(async () => {
  await Promise.all(opened.splice(0).map((journal) => journal.settle()));
});

/** Framing as an older version worked it out: the readings, but no key sentences. */
const olderFramer: EntryFramer = {
  frame: async () => ({ label: 'shame', score: -1, shares: { shame: 1, accountability: 0, blame: 0, neutral: 0 }, sentences: 1, corrected: false }),
  warmUp: () => undefined,
  close: async () => undefined,
};

describe('framing at open', () => {
  it('frames again, in the background, an entry whose framing predates key sentences', async () => {
    const first = await open(olderFramer);
    const saved = await first.save({ title: 'Friday', date: '2026-05-29', body: 'I am a complete failure and I always will be.', tags: [] });
    await first.settle();
    expect(first.get(saved.id).framing?.key).toBeUndefined();

    const reopened = await open(inlineFramer());
    await reopened.settle();
    expect(reopened.get(saved.id).framing?.key).toEqual({ shame: 'I am a complete failure and I always will be.', accountability: null, blame: null });
    // And it was saved: a later open finds it already framed.
    const again = await open(olderFramer);
    expect(again.get(saved.id).framing?.key?.shame).toBe('I am a complete failure and I always will be.');
  });
});
