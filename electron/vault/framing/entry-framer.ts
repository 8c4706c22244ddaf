import type { Entry } from '../../../shared/domain/entry';
import type { EntryFraming } from '../../../shared/domain/framing-record';
import { frameEntry } from './entry-framing';

/** What the framing of an entry is worked out from: its words and the person's corrections. */
export type FramingInput = Pick<Entry, 'body' | 'reflection' | 'corrections'>;

/**
 * Works out entries' framing away from the save path. The journal saves first and
 * frames after; the app, the CLI and the bench use a worker thread (see
 * worker-framer.ts), so a 40,000-word entry never holds up the main process.
 */
export interface EntryFramer {
  frame(input: FramingInput): Promise<EntryFraming | null>;
  /** Loads the analyzer ahead of the first save (at unlock), so that save is not the slow one. */
  warmUp(): void;
  close(): Promise<void>;
}

/**
 * Frames in the calling thread, asynchronously. For tests of the journal's own
 * behaviour and for one-off tools; never the app's choice (the composition root
 * always passes the worker).
 */
export function inlineFramer(): EntryFramer {
  return {
    frame: async (input) => frameEntry(input),
    warmUp: () => undefined,
    close: async () => undefined,
  };
}
