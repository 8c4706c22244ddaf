import { useCallback, useEffect, useState } from 'react';
import { messageOf } from '../api';

/** Something a view reads from the journal when it opens: null until it arrives, and the problem if it could not. */
export function useLoaded<T>(read: () => Promise<T>) {
  const [value, setValue] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      setValue(await read());
      setError(null);
    } catch (failure) {
      setError(messageOf(failure));
    }
    // `read` is the view's one question, asked once on opening and again only through `load`.
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  return { value, setValue, error, load };
}
