import { createContext, useContext } from 'react';
import type { JournalSettings } from '../../../shared/domain/settings';

/** What views deep in the main screen need from it: the journal's settings and a way to Settings. */
export interface MainContextValue {
  settings: JournalSettings | null;
  openSettings: () => void;
}

export const MainContext = createContext<MainContextValue>({ settings: null, openSettings: () => undefined });

export function useMain(): MainContextValue {
  return useContext(MainContext);
}
