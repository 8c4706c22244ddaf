import { describe, expect, it } from 'vitest';
import { useTempFolder } from '../../support/use-temp-folder';
import { journalsIn, winDraft } from './evidence-helpers';

const folder = useTempFolder();
const { open, advanceDays } = journalsIn(folder);

describe('small steps of my own', () => {
  it('are added, settled (done, not yet, let go) and found again in the done list after a reopen', async () => {
    const journal = await open();
    const laundry = await journal.evidence.steps.add({ text: '  Do the laundry ' });
    advanceDays(1);
    const text = await journal.evidence.steps.add({ text: 'Send a text to Sam' });
    expect(laundry.text).toBe('Do the laundry');
    expect(journal.evidence.steps.lists().open.map((step) => step.text)).toEqual(['Do the laundry', 'Send a text to Sam']);
    await journal.evidence.steps.settle(laundry.id, 'done');
    advanceDays(1);
    await journal.evidence.steps.settle(text.id, 'let-go');
    const reopened = (await open()).evidence.steps.lists();
    expect(reopened.open).toEqual([]);
    // Newest settled first, so the one just finished leads the done list.
    expect(reopened.settled.map((step) => [step.text, step.status])).toEqual([
      ['Send a text to Sam', 'let-go'],
      ['Do the laundry', 'done'],
    ]);
    const back = await journal.evidence.steps.settle(laundry.id, 'open');
    expect(back.settledAt).toBeNull();
  });

  it('refuse an empty or over-long step and change nothing', async () => {
    const journal = await open();
    await expect(journal.evidence.steps.add({ text: '   ' })).rejects.toThrow(/a few words/);
    await expect(journal.evidence.steps.add({ text: 'x'.repeat(501) })).rejects.toThrow(/at most 500/);
    expect((await open()).evidence.steps.lists().open).toEqual([]);
  });

  it('go to the trash first and a win can be recorded from a settled one', async () => {
    const journal = await open();
    const step = await journal.evidence.steps.add({ text: 'Walk around the block' });
    await journal.evidence.steps.settle(step.id, 'done');
    const win = await journal.evidence.wins.save(winDraft({ story: 'I walked around the block.', origin: { from: 'own-step', id: step.id } }));
    expect(journal.evidence.wins.recordedFrom(step.id)?.id).toBe(win.id);
    await journal.evidence.steps.records.trash(step.id);
    expect(journal.evidence.steps.lists().settled).toEqual([]);
    expect(journal.trashedEvidence().map((item) => [item.kind, item.title])).toEqual([['step', 'Walk around the block']]);
  });
});

describe('practice failing on purpose', () => {
  it('is planned, waits, is completed with before and after ratings, and reopens the same', async () => {
    const journal = await open();
    const planned = await journal.evidence.practices.plan({ date: '2026-03-04', attempt: 'Speak up in the meeting', fear: 'They will laugh', expected: 8 });
    expect(journal.evidence.practices.waiting().map((practice) => practice.id)).toEqual([planned.id]);
    const done = await journal.evidence.practices.complete(planned.id, { date: '2026-03-04', happened: 'Two people nodded.', actual: 2, learned: 'It was fine.' });
    expect(done.expected - done.outcome!.actual).toBe(6);
    expect(journal.evidence.practices.waiting()).toEqual([]);
    // Changing the "before" later keeps what happened.
    const replanned = await journal.evidence.practices.plan({ id: planned.id, date: '2026-03-04', attempt: 'Speak up in the Monday meeting', fear: 'They will laugh', expected: 7 });
    expect(replanned.outcome).toEqual(done.outcome);
    expect((await open()).evidence.practices.all()).toEqual([replanned]);
  });

  it('refuses ratings outside 0–10 and a plan with nothing to try', async () => {
    const journal = await open();
    await expect(journal.evidence.practices.plan({ date: '2026-03-04', attempt: 'Cook something new', expected: 11 })).rejects.toThrow(/0 to 10/);
    await expect(journal.evidence.practices.plan({ date: '2026-03-04', attempt: 'Cook something new', expected: 2.5 })).rejects.toThrow(/whole number/);
    await expect(journal.evidence.practices.plan({ date: '2026-03-04', attempt: ' ', expected: 3 })).rejects.toThrow(/what you will try/);
    const planned = await journal.evidence.practices.plan({ date: '2026-03-04', attempt: 'Cook something new', expected: 3 });
    await expect(journal.evidence.practices.complete(planned.id, { date: '2026-03-05', actual: -1 } as never)).rejects.toThrow(/0 to 10/);
    expect((await open()).evidence.practices.all()[0]?.outcome).toBeNull();
  });
});
