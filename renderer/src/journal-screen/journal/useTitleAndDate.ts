import { useRef, useState } from 'react';
import type { Entry } from '../../../../shared/domain/entry';
import { todayIso } from '../../lib/dates';

/**
 * An entry's title and date as the editor shows them, and as a save reads them
 * (kept in step with every change, before React re-renders). An emptied date
 * saves, and comes back, as the last good one.
 */
export function useTitleAndDate(entry: Entry | null, changed: () => void) {
  const [title, setTitle] = useState(entry?.title ?? '');
  const [date, setDate] = useState(entry?.date ?? todayIso());
  const fields = useRef({ title, date, lastGoodDate: date });
  const latestChanged = useRef(changed);
  latestChanged.current = changed;

  function changeTitle(value: string) {
    fields.current.title = value;
    setTitle(value);
    latestChanged.current();
  }

  function changeDate(value: string) {
    fields.current.date = value;
    if (value) fields.current.lastGoodDate = value;
    setDate(value);
    latestChanged.current();
  }

  return {
    title,
    date,
    changeTitle,
    changeDate,
    /** Puts the last good date back if the field was left empty. */
    restoreDate: () => {
      if (!fields.current.date) changeDate(fields.current.lastGoodDate);
    },
    currentTitle: () => fields.current.title,
    /** The date a save sends: the one typed, or the last good one while the field is empty. */
    savedDate: () => fields.current.date || fields.current.lastGoodDate,
  };
}
