import { useSyncExternalStore } from 'react';
import type { Scheme } from './kindLooks';

const QUERY = '(prefers-color-scheme: dark)';

function subscribe(changed: () => void): () => void {
  const media = window.matchMedia(QUERY);
  media.addEventListener('change', changed);
  return () => media.removeEventListener('change', changed);
}

/** Light or dark, as the OS has it now; canvas colours do not follow CSS on their own. */
export function useColourScheme(): Scheme {
  return useSyncExternalStore(subscribe, () => (window.matchMedia(QUERY).matches ? 'dark' : 'light'));
}
