import { describe, expect, it } from 'vitest';
import type { OwnStep } from '../../../shared/domain/own-step';
import { afterSettling, neighbourOf, ownStepAck, reflectionStepAck, settledWords } from '../../../renderer/src/journal-screen/steps/stepWords';

const A = '0b9c5e8a-4a3b-4f7e-9d2a-1c3e5f7a9b11';
const B = '5d1f2a3b-6c7d-4e8f-9a0b-2c4d6e8f0a22';
const C = '9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c33';

function step(id: string, over: Partial<OwnStep> = {}): OwnStep {
  return { id, text: `step ${id.slice(0, 4)}`, status: 'open', settledAt: null, createdAt: '2026-03-01T09:00:00.000Z', updatedAt: '2026-03-01T09:00:00.000Z', deletedAt: null, ...over };
}

describe('the acknowledgement after a step', () => {
  it('is quiet: no exclamation, no count, no streak', () => {
    for (const status of ['done', 'open', 'let-go'] as const) {
      const words = settledWords(status, 'Walk around the block');
      expect(words).toContain('Walk around the block');
      expect(words).not.toMatch(/!|\d|streak|in a row|well done/iu);
    }
  });

  it('offers to keep a done step as a win linked to where it came from, and nothing else does', () => {
    expect(ownStepAck('done', step(A)).win).toEqual({ story: 'step 0b9c', entryIds: [], origin: { from: 'own-step', id: A } });
    expect(ownStepAck('let-go', step(A)).win).toBeNull();
    expect(ownStepAck('open', step(A)).win).toBeNull();
    expect(reflectionStepAck('done', { entryId: B, text: 'Book the room' }).win).toEqual({
      story: 'Book the room',
      entryIds: [B],
      origin: { from: 'reflection-step', id: B },
    });
    expect(reflectionStepAck('let-go', { entryId: B, text: 'Book the room' }).win).toBeNull();
  });
});

describe('the lists after an answer', () => {
  it('moves a done or let-go step to the top of the settled list, newest first', () => {
    const older = step(C, { status: 'done', settledAt: '2026-03-01T10:00:00.000Z' });
    const saved = step(A, { status: 'done', settledAt: '2026-03-02T10:00:00.000Z' });
    expect(afterSettling({ open: [step(A), step(B)], settled: [older] }, saved)).toEqual({ open: [step(B)], settled: [saved, older] });
  });

  it('leaves a "not yet" step where it was', () => {
    const lists = { open: [step(A), step(B)], settled: [] };
    expect(afterSettling(lists, step(A, { updatedAt: '2026-03-03T10:00:00.000Z' })).open.map((row) => row.id)).toEqual([A, B]);
  });

  it('sends focus to the next row, else the one before, else nowhere (the heading)', () => {
    expect(neighbourOf([A, B, C], A)).toBe(B);
    expect(neighbourOf([A, B, C], C)).toBe(B);
    expect(neighbourOf([A], A)).toBeNull();
    expect(neighbourOf([A, B], C)).toBeNull();
  });
});
