import { createContext, useContext } from 'react';
import type { JournalSettings } from '../../../shared/domain/settings';
import type { WinOrigin } from '../../../shared/domain/win';

/** What a win recorded from somewhere else starts with: the words carried over and the link back. */
export interface WinPrefill {
  story: string;
  entryIds: string[];
  origin: WinOrigin | null;
  date?: string;
  area?: string;
}

/** Asks the Practice screen to open one planned practice's "How did it go?" form. */
export interface PracticeRequest {
  id: string;
  seq: number;
}

/**
 * What views deep in the main screen need from it: the journal's settings, and ways
 * to other screens (every one saves open editors before it leaves).
 */
export interface MainContextValue {
  settings: JournalSettings | null;
  openSettings: () => void;
  openEntry: (id: string) => void;
  openWin: (id: string) => void;
  recordWin: (prefill: WinPrefill) => void;
  openPractice: (id: string) => void;
  /** The timeline, on this day's year ("See the big picture"), or where it was left when null. */
  openTimeline: (date: string | null) => void;
  /** The practice whose completion form the Practice screen should open, newest request last. */
  practiceRequest: PracticeRequest | null;
  /** Settings changed outside the Settings screen (a wins panel closed for an entry). */
  onSettings: (settings: JournalSettings) => void;
}

export const MainContext = createContext<MainContextValue>({
  settings: null,
  openSettings: () => undefined,
  openEntry: () => undefined,
  openWin: () => undefined,
  recordWin: () => undefined,
  openPractice: () => undefined,
  openTimeline: () => undefined,
  practiceRequest: null,
  onSettings: () => undefined,
});

export function useMain(): MainContextValue {
  return useContext(MainContext);
}
