import { useRef, useState } from 'react';
import { entryDateSchema } from '../../../../shared/domain/entry';
import { formatDay } from '../../lib/dates';
import '../../styles/field-tools.css';

interface DateFieldProps {
  headingId: string;
  className: string;
  date: string;
  onDate: (date: string) => void;
  /** Leaving the field empty puts the last good date back. */
  onLeave: () => void;
}

const isDay = (text: string) => entryDateSchema.safeParse(text).success;

/**
 * The day an entry is about; never left empty. A text field and a calendar button,
 * two Tab stops: the browser's date input makes its day, month, year and picker four
 * stops of their own, which stood between the title and the words. Only a real day
 * is passed on; anything else waits in the field and goes back to the day when left.
 */
export function DateField({ headingId, className, date, onDate, onLeave }: DateFieldProps) {
  const inputId = `${headingId}-date`;
  const [typed, setTyped] = useState(date);
  const [seenDate, setSeenDate] = useState(date);
  const picker = useRef<HTMLInputElement>(null);
  // A day set elsewhere (the calendar, another entry) replaces what is in the field.
  if (seenDate !== date) {
    setSeenDate(date);
    if (typed !== date) setTyped(date);
  }
  const good = isDay(typed);

  function type(text: string) {
    setTyped(text);
    if (isDay(text.trim())) onDate(text.trim());
  }

  function openCalendar() {
    try {
      picker.current?.showPicker();
    } catch {
      // No calendar here (or not allowed now): the text field still takes the day.
    }
  }

  return (
    <div className={className}>
      <label htmlFor={inputId}>Date</label>
      <div className="input-with-tool date-input-row">
        <input
          id={inputId}
          value={typed}
          required
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
          maxLength={10}
          aria-invalid={good ? undefined : true}
          aria-describedby={`${inputId}-about`}
          onChange={(event) => type(event.target.value)}
          onBlur={() => {
            if (!isDay(typed.trim())) setTyped(date);
            onLeave();
          }}
        />
        <button type="button" className="button quiet small" onClick={openCalendar}>
          <CalendarIcon />
          <span className="visually-hidden">Choose from a calendar</span>
        </button>
        <input
          ref={picker}
          type="date"
          className="date-picker-anchor"
          tabIndex={-1}
          aria-hidden="true"
          value={isDay(date) ? date : ''}
          onChange={(event) => {
            if (!isDay(event.target.value)) return;
            setTyped(event.target.value);
            onDate(event.target.value);
          }}
        />
      </div>
      <p id={`${inputId}-about`} className="field-hint">
        {good ? formatDay(typed) : 'Year, month and day, like 2026-03-14.'}
      </p>
    </div>
  );
}

function CalendarIcon() {
  return (
    <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
      <rect x="4" y="5.5" width="16" height="14" rx="2" fill="none" stroke="currentColor" strokeWidth="1.5" />
      <path d="M4 10h16M8.5 3.5v4M15.5 3.5v4" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
    </svg>
  );
}
