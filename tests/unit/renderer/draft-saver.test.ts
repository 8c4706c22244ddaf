import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SaveState } from '../../../renderer/src/journal-screen/journal/autosaver';
import { DraftSaver } from '../../../renderer/src/journal-screen/wins/draftSaver';
import { isBlankWin, newWinFields, type WinFields } from '../../../renderer/src/journal-screen/wins/winWords';

const DELAY = 700;
const ID = '2d1e7a0c-6c5d-4b9f-9f4c-3e5a7b9c1d33';

/** A win editor's fields, as the editor keeps them between renders, over a save that can be made to fail or to wait. */
function setUp(options: { id?: string | null; failures?: number } = {}) {
  const fields: WinFields = newWinFields(null, '2026-03-01');
  const sent: (WinFields & { id?: string })[] = [];
  const states: SaveState['kind'][] = [];
  let failures = options.failures ?? 0;
  let release: (() => void) | null = null;
  let holding = false;
  const saver = new DraftSaver<WinFields, WinFields & { id: string }>({
    id: options.id ?? null,
    delayMs: DELAY,
    read: () => ({ ...fields }),
    isBlank: isBlankWin,
    save: async (draft) => {
      sent.push(draft);
      if (holding) await new Promise<void>((resolve) => (release = resolve));
      if (failures > 0) {
        failures -= 1;
        throw new Error('Write a few words about the win, or give it a title.');
      }
      return { ...draft, id: ID };
    },
    onState: (state) => states.push(state.kind),
    onSaved: () => undefined,
  });
  const type = (story: string) => {
    fields.story = story;
    saver.changed();
  };
  return { saver, fields, sent, states, type, hold: () => (holding = true), letGo: () => release?.() };
}

describe('the win draft saver', () => {
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
    type('I spoke up.');
    await vi.advanceTimersByTimeAsync(DELAY - 1);
    expect(sent).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(sent.map((draft) => draft.story)).toEqual(['I spoke up.']);
  });

  it('sends the id the first save returned with every later save', async () => {
    const { sent, type } = setUp();
    type('First.');
    await vi.advanceTimersByTimeAsync(DELAY);
    type('First. Second.');
    await vi.advanceTimersByTimeAsync(DELAY);
    expect(sent.map((draft) => draft.id)).toEqual([undefined, ID]);
  });

  it('keeps a new win with nothing in it unsaved', async () => {
    const { saver, sent, states, fields } = setUp();
    fields.title = '  ';
    saver.changed();
    expect(await saver.flush()).toBe(true);
    expect(sent).toHaveLength(0);
    expect(states.at(-1)).toBe('clean');
  });

  it('saves a saved win even once it is emptied, so the vault’s refusal is shown, not swallowed', async () => {
    const { saver, sent, states, type } = setUp({ id: ID, failures: 1 });
    type('');
    expect(await saver.flush()).toBe(false);
    expect(sent).toHaveLength(1);
    expect(states.at(-1)).toBe('failed');
    expect(saver.hasUnsaved).toBe(true);
  });

  it('keeps the change unsaved after a failure and saves it on the next try', async () => {
    const { saver, sent, states, type } = setUp({ id: ID, failures: 1 });
    type('Words the disk refused.');
    await vi.advanceTimersByTimeAsync(DELAY);
    expect(states.at(-1)).toBe('failed');
    type('Words the disk refused, and more.');
    expect(states.at(-1)).toBe('failed');
    expect(await saver.flush()).toBe(true);
    expect(sent.at(-1)?.story).toBe('Words the disk refused, and more.');
    expect(states.at(-1)).toBe('saved');
    expect(saver.hasUnsaved).toBe(false);
  });

  it('never runs two saves at once: a change during a save is saved after it, with the id', async () => {
    const { saver, sent, type, hold, letGo } = setUp();
    hold();
    type('Before.');
    await vi.advanceTimersByTimeAsync(DELAY);
    expect(sent).toHaveLength(1);
    type('Before. During.');
    const leaving = saver.flush();
    await vi.advanceTimersByTimeAsync(DELAY);
    expect(sent).toHaveLength(1);
    letGo();
    await vi.waitFor(() => expect(sent).toHaveLength(2));
    letGo();
    expect(await leaving).toBe(true);
    expect(sent.map((draft) => [draft.id, draft.story])).toEqual([
      [undefined, 'Before.'],
      [ID, 'Before. During.'],
    ]);
  });
});
