import * as A from '@automerge/automerge';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRecordDoc, editRecordDoc, materializeRecord, type RecordDoc } from '../../../electron/sync/record-doc';
import { wordDiff } from '../../../electron/sync/text-splices';

const A_ACTOR = '0'.repeat(31) + 'a';
const B_ACTOR = '0'.repeat(31) + 'b';
const base = {
  id: '0e1c6a5e-1111-4aaa-8bbb-123456789abc',
  kind: 'page',
  title: 'Day',
  date: '2026-12-01',
  body: 'one two three',
  tags: ['work'],
  reflection: null,
  corrections: [],
  createdAt: '2026-12-01T00:00:00.000Z',
  updatedAt: '2026-12-01T00:00:00.000Z',
  deletedAt: null as string | null,
};
type Data = typeof base;

/** The record on two computers, both starting from `a`'s first copy. */
function onTwo(data: Data = base): { a: RecordDoc; b: RecordDoc; heads: A.Heads } {
  const { doc } = createRecordDoc(A_ACTOR, 'entry', data);
  return { a: doc, b: A.merge(A.init({ actor: B_ACTOR }) as RecordDoc, doc), heads: A.getHeads(doc) };
}

function edit(doc: RecordDoc, heads: A.Heads, data: Data): RecordDoc {
  return editRecordDoc(doc, heads, data)?.doc ?? doc;
}

function bothWays(a: RecordDoc, b: RecordDoc): ReturnType<typeof materializeRecord> {
  const ab = materializeRecord(A.merge(A.clone(a), b));
  expect(materializeRecord(A.merge(A.clone(b), a))).toEqual(ab);
  return ab;
}

describe('merging one record changed on two computers', () => {
  it('keeps both sides’ words in a text field', () => {
    const { a, b, heads } = onTwo();
    const merged = bothWays(edit(a, heads, { ...base, body: 'zero one two three' }), edit(b, heads, { ...base, body: 'one two three four' }));
    expect(merged.data.body).toBe('zero one two three four');
    expect(merged.losers).toEqual([]);
  });

  it('merges different fields key by key', () => {
    const { a, b, heads } = onTwo();
    const merged = bothWays(edit(a, heads, { ...base, date: '2026-12-05' }), edit(b, heads, { ...base, tags: ['work', 'health'] }));
    expect(merged.data).toMatchObject({ date: '2026-12-05', tags: ['work', 'health'] });
  });

  it('picks one value the same way everywhere when both changed it, and names the other as the loser', () => {
    const { a, b, heads } = onTwo();
    const merged = bothWays(edit(a, heads, { ...base, date: '2026-12-05' }), edit(b, heads, { ...base, date: '2026-12-09' }));
    const loser = merged.data.date === '2026-12-05' ? '2026-12-09' : '2026-12-05';
    expect(merged.losers).toEqual([{ path: ['date'], value: loser }]);
  });

  it('does not keep a loser that differs only in when it was saved', () => {
    const { a, b, heads } = onTwo();
    const merged = bothWays(edit(a, heads, { ...base, updatedAt: '2026-12-02T00:00:00.000Z' }), edit(b, heads, { ...base, updatedAt: '2026-12-03T00:00:00.000Z' }));
    expect(merged.losers).toEqual([]);
  });

  it('brings back an entry trashed on one side and edited on the other', () => {
    const { a, b, heads } = onTwo();
    const merged = bothWays(edit(a, heads, { ...base, deletedAt: '2026-12-02T00:00:00.000Z' }), edit(b, heads, { ...base, body: 'one two three four' }));
    expect(merged.data).toMatchObject({ deletedAt: null, body: 'one two three four' });
    expect(merged.broughtBack).toBe(true);
  });

  it('keeps the trash when the other side only restamped it, or when the edit came before the trash', () => {
    const trashed = { ...base, deletedAt: '2026-12-02T00:00:00.000Z' };
    const first = onTwo();
    const restamped = bothWays(edit(first.a, first.heads, trashed), edit(first.b, first.heads, { ...base, updatedAt: '2026-12-03T00:00:00.000Z' }));
    expect(restamped.data.deletedAt).toBe(trashed.deletedAt);
    const second = onTwo();
    const edited = edit(second.b, second.heads, { ...base, body: 'one' });
    const seen = A.merge(second.a, edited);
    const seenThenTrashed = edit(seen, A.getHeads(seen), { ...base, body: 'one', deletedAt: trashed.deletedAt });
    expect(bothWays(seenThenTrashed, edited).data.deletedAt).toBe(trashed.deletedAt);
  });

  it('sends a trash date that differs from the merged one, so a journal holding the other date is not left apart', () => {
    const { a, b, heads } = onTwo();
    const merged = A.merge(edit(a, heads, { ...base, deletedAt: '2026-12-02T00:00:00.000Z' }), edit(b, heads, { ...base, deletedAt: '2026-12-03T00:00:00.000Z' }));
    const shown = materializeRecord(merged).data.deletedAt;
    const other = shown === '2026-12-02T00:00:00.000Z' ? '2026-12-03T00:00:00.000Z' : '2026-12-02T00:00:00.000Z';
    const resent = editRecordDoc(merged, A.getHeads(merged), { ...base, deletedAt: other });
    expect(resent).not.toBeNull();
    expect(materializeRecord(resent!.doc).data.deletedAt).toBe(other);
  });

  it('changes nothing when the data is the same', () => {
    const { a, heads } = onTwo();
    expect(editRecordDoc(a, heads, base)).toBeNull();
  });

  it('converges for any two concurrent edits, merged in either order, and keeps every inserted word', () => {
    const words = fc.array(fc.constantFrom('red', 'blue', 'green', 'gold', 'grey'), { maxLength: 6 });
    fc.assert(
      fc.property(words, words, fc.nat(3), fc.nat(3), (left, right, at, at2) => {
        const { a, b, heads } = onTwo();
        const parts = base.body.split(' ');
        const bodyA = [...parts.slice(0, at), ...left.map((w) => `A${w}`), ...parts.slice(at)].join(' ');
        const bodyB = [...parts.slice(0, at2), ...right.map((w) => `B${w}`), ...parts.slice(at2)].join(' ');
        const merged = bothWays(edit(a, heads, { ...base, body: bodyA }), edit(b, heads, { ...base, body: bodyB }));
        for (const word of [...left.map((w) => `A${w}`), ...right.map((w) => `B${w}`)]) expect(merged.data.body).toContain(word);
      }),
      { numRuns: 25 },
    );
  });
});

describe('the diff an edit becomes', () => {
  it('inserts and deletes whole words, and rebuilds both texts exactly', () => {
    const text = fc.array(fc.constantFrom('a', 'bb', 'w1x', 'w2x', ' ', '  ', '\n', 'é', '😀'), { maxLength: 20 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, text, (old, next) => {
        const parts = wordDiff(old, next);
        expect(parts.filter(([op]) => op !== 1).map(([, t]) => t).join('')).toBe(old);
        expect(parts.filter(([op]) => op !== -1).map(([, t]) => t).join('')).toBe(next);
      }),
    );
    expect(wordDiff('start w2x', 'start w4x w2x')).toEqual([[0, 'start '], [1, 'w4x '], [0, 'w2x']]);
  });
});

describe('an edit made on top of an older state', () => {
  it('leaves the document showing exactly what its own bytes hold', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 16, maxLength: 16 }), fc.uint8Array({ minLength: 16, maxLength: 16 }), (one, two) => {
        const actorA = Buffer.from(one).toString('hex');
        const actorB = Buffer.from(two).toString('hex');
        fc.pre(actorA !== actorB);
        const start = { ...base, body: 'one two' };
        const { doc } = createRecordDoc(actorA, 'entry', start);
        const heads = A.getHeads(doc);
        const remote = editRecordDoc(A.clone(doc), heads, { ...start, body: 'one two three' })!;
        // As a pass finds it: the other computer's change applied, saved into the sync state and loaded again.
        const applied = A.loadIncremental(A.load<unknown>(A.save(doc), { actor: actorB }) as RecordDoc, remote.change);
        const here = A.load<unknown>(A.save(applied), { actor: actorB }) as RecordDoc;
        const edited = editRecordDoc(here, heads, { ...start, body: 'one two four' })!;
        expect(materializeRecord(edited.doc)).toEqual(materializeRecord(A.load(A.save(edited.doc)) as RecordDoc));
        expect(String(materializeRecord(edited.doc).data.body).split(' ').sort()).toEqual(['four', 'one', 'three', 'two']);
      }),
      { numRuns: 30 },
    );
  });
});
