interface DateFieldProps {
  headingId: string;
  className: string;
  date: string;
  onDate: (date: string) => void;
  /** Leaving the field empty puts the last good date back. */
  onLeave: () => void;
}

/** The day an entry is about; never left empty. */
export function DateField({ headingId, className, date, onDate, onLeave }: DateFieldProps) {
  return (
    <div className={className}>
      <label htmlFor={`${headingId}-date`}>Date</label>
      <input id={`${headingId}-date`} type="date" required value={date} onChange={(event) => onDate(event.target.value)} onBlur={onLeave} />
    </div>
  );
}
