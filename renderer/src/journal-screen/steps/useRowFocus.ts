import { useCallback, useEffect, useRef, type RefObject } from 'react';
import { neighbourOf } from './stepWords';

/**
 * Where focus goes when a row leaves a list because of a button in it: the next
 * row's first control, else the one before, else the list's heading. Without this
 * the focus would fall to the page and a keyboard user would start over at the top.
 */
export function useRowFocus(fallback: RefObject<HTMLElement | null>) {
  const rows = useRef(new Map<string, HTMLElement>());
  // undefined: nothing to move; null: the heading; a string: that row.
  const pending = useRef<string | null | undefined>(undefined);

  const rowRef = useCallback(
    (id: string) => (element: HTMLElement | null) => {
      if (element) rows.current.set(id, element);
      else rows.current.delete(id);
    },
    [],
  );

  /** Call just before `gone` is taken out of `ids`, the list as it is shown. */
  const leaving = useCallback((ids: readonly string[], gone: string) => {
    pending.current = neighbourOf(ids, gone);
  }, []);

  useEffect(() => {
    if (pending.current === undefined) return;
    const target = pending.current === null ? null : rows.current.get(pending.current);
    pending.current = undefined;
    (target?.querySelector<HTMLElement>('button:not(:disabled)') ?? fallback.current)?.focus();
  });

  return { rowRef, leaving };
}
