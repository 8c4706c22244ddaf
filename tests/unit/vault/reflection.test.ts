import { afterEach, describe, expect, it } from 'vitest';
import { inlineFramer, type EntryFramer, type FramingInput } from '../../../electron/vault/framing/entry-framer';
import { Journal } from '../../../electron/vault/journal';
import { nodeFileSystem } from '../../../electron/vault/storage/file-system';
import { RecordStore } from '../../../electron/vault/storage/record-store';

const opened: Journal[] = [];
const track = (journal: Journal) => {
  opened.push(journal);
  return journal;
};
import { filesContaining } from '../../support/find-plaintext';
import { useTempFolder } from '../../support/use-temp-folder';

const folder = useTempFolder();
const key = new Uint8Array(32).fill(3);
const clock = () => new Date('2026-06-01T09:00:00Z');
/** A stand-in framing that counts corrections, so the test sees they are applied on every save. */
const frame = (entry: FramingInput) => ({
  label: entry.corrections.some((c) => c.label === 'accountability') ? ('accountability' as const) : ('shame' as const),
  score: entry.corrections.length ? 1 : -1,
  shares: { shame: 0, accountability: 0, blame: 0, neutral: 1 },
  sentences: 1,
  corrected: entry.corrections.length > 0,
  key: { shame: entry.body, accountability: null, blame: null },
});
/** A framer over a framing function, in the calling thread, as the worker would answer it. */
const framerOf = (work: (entry: FramingInput) => ReturnType<typeof frame>): EntryFramer => ({
  frame: async (entry) => work(entry),
  warmUp: () => undefined,
  close: async () => undefined,
});
const open = async () => track(await Journal.open(new RecordStore(nodeFileSystem, folder(), key), clock, framerOf(frame), { manifestExpected: false }));

afterEach(async () => {
  // Framing is saved after each save; let it land before the folder goes.
  await Promise.all(opened.splice(0).map((journal) => journal.settle()));
});

const reflectionDraft = {
  kind: 'reflection' as const,
  title: 'The launch',
  date: '2026-05-30',
  body: '',
  tags: ['work'],
  reflection: {
    whatHappened: 'The launch slipped two weeks. Glimmerwick was the blocker.',
    holding: 'weight' as const,
    rootCause: { kind: 'tactical' as const, tactic: 'moved-too-fast' as const },
    mineToOwn: ['I skipped the load test'],
    notMine: ['The vendor outage'],
    whereAmI: ['anger' as const, 'clarity' as const],
    learned: 'I rush when I am anxious.',
    nextStep: { text: 'Book a 20-minute review with Sam' },
    toAFriend: 'You cared enough to try.',
  },
};

describe('reflections', () => {
  it('stores every answer encrypted with the entry and makes them searchable', async () => {
    const journal = await open();
    const saved = await journal.save(reflectionDraft);
    expect(saved.reflection?.mineToOwn).toEqual(['I skipped the load test']);
    expect(saved.reflection?.nextStep).toEqual({ text: 'Book a 20-minute review with Sam', status: 'open', checkedAt: null });
    expect(saved.reflection?.currentStep).toBe('what-happened');
    const reopened = await open();
    expect(reopened.get(saved.id).reflection).toEqual(saved.reflection);
    expect(reopened.list({ query: 'Glimmerwick' }).entries.map((e) => e.id)).toEqual([saved.id]);
    expect(reopened.list({ query: 'load test' }).total).toBe(1);
    expect(await filesContaining(folder(), 'Glimmerwick')).toEqual([]);
    expect(await filesContaining(folder(), 'load test')).toEqual([]);
  });

  it('keeps the person’s framing corrections and uses them from then on', async () => {
    const journal = await open();
    const saved = await journal.save({ title: 'x', date: '2026-05-30', body: 'I am hopeless at this.', tags: [] });
    await journal.settle();
    expect(journal.get(saved.id).framing?.label).toBe('shame');
    const corrected = await journal.correctFraming(saved.id, ' I am hopeless at this. ', 'accountability');
    expect(corrected.corrections).toEqual([{ sentence: 'I am hopeless at this.', label: 'accountability', at: '2026-06-01T09:00:00.000Z' }]);
    expect(corrected.framing).toMatchObject({ label: 'accountability', corrected: true });
    // An edit keeps the correction.
    const edited = await journal.save({ id: saved.id, title: 'x', date: '2026-05-30', body: 'I am hopeless at this. More.', tags: [] });
    expect(edited.corrections).toHaveLength(1);
    await journal.settle();
    expect((await open()).get(saved.id).framing?.label).toBe('accountability');
    const undone = await journal.correctFraming(saved.id, 'I am hopeless at this.', null);
    expect(undone.corrections).toEqual([]);
  });

  it('remembers the small next step and lets the person settle it', async () => {
    const journal = await open();
    const saved = await journal.save(reflectionDraft);
    expect(journal.openSteps()).toEqual([
      { entryId: saved.id, entryTitle: 'The launch', entryDate: '2026-05-30', text: 'Book a 20-minute review with Sam', createdAt: saved.createdAt, checkedAt: null },
    ]);
    await journal.settleStep(saved.id, 'done');
    expect(journal.openSteps()).toEqual([]);
    expect((await open()).get(saved.id).reflection?.nextStep?.status).toBe('done');
  });

  it('reads entries written before reflections existed', async () => {
    const store = new RecordStore(nodeFileSystem, folder(), key);
    await store.write({ id: '11111111-2222-4333-8444-555555555555', kind: 'entry' }, {
      id: '11111111-2222-4333-8444-555555555555', title: 'Old', date: '2026-01-01', body: 'b', tags: [],
      createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', deletedAt: null,
    });
    const journal = await open();
    expect(journal.get('11111111-2222-4333-8444-555555555555')).toMatchObject({ kind: 'page', reflection: null, corrections: [] });
  });
});

describe('framing on save', () => {
  it('is worked out again only when the words it reads or the corrections change', async () => {
    let runs = 0;
    const counting = (entry: FramingInput) => {
      runs += 1;
      return frame(entry);
    };
    const journal = track(await Journal.open(new RecordStore(nodeFileSystem, folder(), key), clock, framerOf(counting), { manifestExpected: false }));
    const saved = await journal.save({ title: 'a', date: '2026-05-30', body: 'I am hopeless.', tags: [] });
    // Acknowledged before its framing is worked out; the framing is saved after it.
    expect(saved.framing).toBeNull();
    await journal.settle();
    expect(runs).toBe(1);
    const framed = journal.get(saved.id).framing;
    expect(framed).toMatchObject({ label: 'shame' });
    expect((await open()).get(saved.id).framing).toEqual(framed);
    await journal.save({ id: saved.id, title: 'renamed', date: '2026-05-31', body: 'I am hopeless.', tags: ['x'] });
    await journal.settle();
    expect(runs).toBe(1);
    expect(journal.get(saved.id).framing).toEqual(framed);
    await journal.save({ id: saved.id, title: 'renamed', date: '2026-05-31', body: 'I am hopeless. I will ask for help.', tags: ['x'] });
    await journal.settle();
    expect(runs).toBe(2);
    await journal.correctFraming(saved.id, 'I am hopeless.', 'neutral');
    expect(runs).toBe(3);
  });
});

describe('framing a reflection with the real analyzer', () => {
  // The answers in which the person describes the failure and themselves; shame in any one must show.
  const FRAMED_ANSWERS = ['whatHappened', 'learned', 'carryForward', 'setFree', 'toAFriend'] as const;

  it.each(FRAMED_ANSWERS)('reads %s as well as the page', async (answer) => {
    const journal = track(await Journal.open(new RecordStore(nodeFileSystem, folder(), key), clock, inlineFramer(), { manifestExpected: false }));
    const saved = await journal.save({
      kind: 'reflection',
      title: 'The review',
      date: '2026-05-30',
      body: 'The train was late.',
      tags: [],
      reflection: { [answer]: 'I am worthless and pathetic.' },
    });
    await journal.settle();
    // Two sentences: the page's neutral one and the answer's, which alone reads as shame.
    expect(journal.get(saved.id).framing).toMatchObject({ label: 'shame', sentences: 2, shares: { shame: 0.5, neutral: 0.5 } });
  });
});
