import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Entry, EntryDraftInput } from '../../../shared/domain/entry';
import { Autosaver, type DraftFields, type SaveState } from '../../../renderer/src/journal-screen/journal/autosaver';

const DELAY = 700;
const ID = '0b9c5e8a-4a3b-4f7e-9d2a-1c3e5f7a9b11';

/** A page editor's fields, as the editor keeps them between renders. */
function setUp(options: { id?: string | null; failures?: number } = {}) {
  const fields: DraftFields = { kind: 'page', reflection: null, title: '', date: '2026-03-01', tags: [], body: '' };
  const sent: EntryDraftInput[] = [];
  const states: SaveState['kind'][] = [];
  let failures = options.failures ?? 0;
  const saver = new Autosaver({
    id: options.id ?? null,
    delayMs: DELAY,
    read: () => ({ ...fields }),
    save: async (draft) => {
      sent.push(draft);
      if (failures > 0) {
        failures -= 1;
        throw new Error("Couldn't save to disk (the disk is full). Your text is still here.");
      }
      return { ...draft, id: ID } as unknown as Entry;
    },
    onState: (state) => states.push(state.kind),
    onSaved: () => undefined,
  });
  const type = (body: string) => {
    fields.body = body;
    saver.changed();
  };
  return { saver, fields, sent, states, type };
}

describe('the autosaver', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('window', globalThis);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('saves once typing pauses, with the words as they are then', async () => {
    const { sent, type } = setUp();
    type('I');
    await vi.advanceTimersByTimeAsync(DELAY - 100);
    type('I was');
    await vi.advanceTimersByTimeAsync(DELAY - 100);
    type('I was late.');
    await vi.advanceTimersByTimeAsync(DELAY - 1);
    expect(sent).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(sent.map((draft) => draft.body)).toEqual(['I was late.']);
  });

  it('sends the id the first save returned with every later save', async () => {
    const { sent, type } = setUp();
    type('First.');
    await vi.advanceTimersByTimeAsync(DELAY);
    type('First. Second.');
    await vi.advanceTimersByTimeAsync(DELAY);
    expect(sent.map((draft) => draft.id)).toEqual([undefined, ID]);
  });

  it('saves at once on leaving, without waiting for the pause', async () => {
    const { saver, sent, states, type } = setUp({ id: ID });
    type('Written just before leaving.');
    expect(await saver.flush()).toBe(true);
    expect(sent.map((draft) => draft.body)).toEqual(['Written just before leaving.']);
    expect(states.at(-1)).toBe('saved');
    expect(saver.hasUnsaved).toBe(false);
    await vi.advanceTimersByTimeAsync(DELAY * 2);
    expect(sent).toHaveLength(1);
  });

  it('keeps a new, blank page unsaved: nothing worth keeping', async () => {
    const { saver, sent, states, fields } = setUp();
    fields.title = '   ';
    saver.changed();
    expect(await saver.flush()).toBe(true);
    expect(sent).toHaveLength(0);
    expect(states.at(-1)).toBe('clean');
  });

  it('keeps the words after a failed save, says so, and saves them on the next try', async () => {
    const { saver, sent, states, type } = setUp({ id: ID, failures: 1 });
    type('Words the disk refused.');
    await vi.advanceTimersByTimeAsync(DELAY);
    expect(states.at(-1)).toBe('failed');
    expect(saver.hasUnsaved).toBe(true);
    expect(await saver.flush()).toBe(true);
    expect(sent.map((draft) => draft.body)).toEqual(['Words the disk refused.', 'Words the disk refused.']);
    expect(states.at(-1)).toBe('saved');
    expect(saver.hasUnsaved).toBe(false);
  });

  it('leaves the failure on screen while more is typed, until a save works', async () => {
    const { saver, states, type } = setUp({ id: ID, failures: 2 });
    type('One.');
    await vi.advanceTimersByTimeAsync(DELAY);
    type('One. Two.');
    expect(states.at(-1)).toBe('failed');
    expect(await saver.flush()).toBe(false);
    expect(saver.hasUnsaved).toBe(true);
    expect(await saver.flush()).toBe(true);
  });

  it('never runs two saves at once: a change during a save is saved after it', async () => {
    const { saver, sent, type } = setUp({ id: ID });
    type('Before.');
    await vi.advanceTimersByTimeAsync(DELAY);
    type('Before. During.');
    const leaving = saver.flush();
    type('Before. During. After.');
    expect(await leaving).toBe(true);
    expect(sent.at(-1)?.body).toBe('Before. During. After.');
  });
});
