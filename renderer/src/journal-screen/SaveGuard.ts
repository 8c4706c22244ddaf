import { createContext, useContext, useEffect } from 'react';

/** Saves anything unsaved; resolves false if it could not (the text stays on screen). */
export type Flush = () => Promise<boolean>;

export interface SaveGuard {
  register: (flush: Flush) => () => void;
}

/**
 * Lets the main screen save every open editor before it locks or changes section,
 * without knowing which editors exist.
 */
export const SaveGuardContext = createContext<SaveGuard>({ register: () => () => undefined });

export function useRegisterFlush(flush: Flush): void {
  const guard = useContext(SaveGuardContext);
  useEffect(() => guard.register(flush), [guard, flush]);
}
