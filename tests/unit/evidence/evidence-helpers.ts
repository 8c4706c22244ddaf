import { randomUUID } from 'node:crypto';
import { afterEach } from 'vitest';
import type { WinDraftInput } from '../../../shared/domain/win';
import { inlineFramer } from '../../../electron/vault/framing/entry-framer';
import { Journal } from '../../../electron/vault/journal';
import { nodeFileSystem } from '../../../electron/vault/storage/file-system';
import { RecordStore } from '../../../electron/vault/storage/record-store';

const KEY = new Uint8Array(32).fill(11);

/** Opens journals over one folder with a clock the test moves; settles them after each test. */
export function journalsIn(folder: () => string, start = '2026-03-01T10:00:00Z') {
  const opened: Journal[] = [];
  const clock = { now: new Date(start) };
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((journal) => journal.settle()));
    clock.now = new Date(start);
  });
  const open = async () => {
    const journal = await Journal.open(new RecordStore(nodeFileSystem, folder(), KEY), () => clock.now, inlineFramer(), { manifestExpected: false });
    opened.push(journal);
    return journal;
  };
  const advanceDays = (days: number) => {
    clock.now = new Date(clock.now.getTime() + days * 86_400_000);
  };
  return { open, clock, advanceDays, key: KEY };
}

export function winDraft(over: Partial<WinDraftInput> = {}): WinDraftInput {
  return { date: '2026-02-20', title: 'Gave the talk', story: 'I was shaking and I gave it anyway.', kind: 'showed-up', area: 'work', ...over };
}

export const unknownId = () => randomUUID();
