import { useEffect, useRef, useState, type FormEvent, type RefObject } from 'react';
import { PERIOD_NAME_CHARS } from '../../../../shared/domain/period';
import { bounce, messageOf } from '../../api';
import { PeriodSummaryTable, type NamedPeriods } from './PatternsAndPeriods';
import { dayName } from './zoom';

interface Draft {
  name: string;
  from: string;
  to: string;
}

/** A name and a span of days, as the form for a new period and the one for changing a period both ask for them. */
function PeriodFields({ draft, onChange, nameRef, nameLabel }: { draft: Draft; onChange: (next: Draft) => void; nameRef: RefObject<HTMLInputElement | null>; nameLabel: string }) {
  return (
    <>
      <label>
        {nameLabel}
        <input ref={nameRef} value={draft.name} onChange={(event) => onChange({ ...draft, name: event.target.value })} maxLength={PERIOD_NAME_CHARS} />
      </label>
      <label>
        From
        <input type="date" value={draft.from} onChange={(event) => onChange({ ...draft, from: event.target.value })} />
      </label>
      <label>
        To
        <input type="date" value={draft.to} onChange={(event) => onChange({ ...draft, to: event.target.value })} />
      </label>
    </>
  );
}

/** One named period: its summary, and ways to rename it, change its days, or delete it after asking. */
function PeriodItem({ period, summary, onChanged }: NamedPeriods[number] & { onChanged: () => Promise<void> }) {
  const [editing, setEditing] = useState<Draft | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState('');
  const editButton = useRef<HTMLButtonElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const nameInput = useRef<HTMLInputElement>(null);
  const keepButton = useRef<HTMLButtonElement>(null);
  const opened = useRef(false);

  useEffect(() => {
    if (editing && !opened.current) nameInput.current?.focus();
    opened.current = editing !== null;
  }, [editing]);
  useEffect(() => {
    if (confirming) keepButton.current?.focus();
  }, [confirming]);

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!editing) return;
    try {
      await bounce().timeline.savePeriod({ id: period.id, ...editing });
      setEditing(null);
      setProblem('');
      await onChanged();
      editButton.current?.focus();
    } catch (failure) {
      setProblem(messageOf(failure));
    }
  }

  async function remove() {
    try {
      await bounce().timeline.deletePeriod({ id: period.id });
      await onChanged();
    } catch (failure) {
      setProblem(messageOf(failure));
    }
  }

  return (
    <article className="period" aria-label={period.name}>
      <h3>{period.name}</h3>
      <p className="quiet-note">
        {dayName(period.from)} to {dayName(period.to)}
      </p>
      {editing ? (
        <form className="period-form" aria-label={`Change ${period.name}`} onSubmit={(event) => void save(event)}>
          <PeriodFields draft={editing} onChange={setEditing} nameRef={nameInput} nameLabel="Name" />
          <button type="submit" className="button">
            Save changes
          </button>
          <button
            type="button"
            className="button quiet"
            onClick={() => {
              setEditing(null);
              setProblem('');
              editButton.current?.focus();
            }}
          >
            Cancel
          </button>
        </form>
      ) : null}
      {problem ? <p role="alert">{problem}</p> : null}
      <PeriodSummaryTable summary={summary} caption={`${period.name}, beside the same length of time before and after`} />
      {confirming ? (
        <div className="period-confirm" role="group" aria-label={`Delete ${period.name}?`}>
          <p>Delete the period “{period.name}” for good? Only its name and its days go; the entries, wins and steps in it stay as they are.</p>
          <button type="button" className="button" onClick={() => void remove()}>
            Delete the period
          </button>
          <button
            type="button"
            className="button quiet"
            ref={keepButton}
            onClick={() => {
              setConfirming(false);
              deleteButton.current?.focus();
            }}
          >
            Keep it
          </button>
        </div>
      ) : (
        <div className="period-actions">
          <button type="button" className="button small" ref={editButton} aria-expanded={editing !== null} onClick={() => setEditing(editing ? null : { name: period.name, from: period.from, to: period.to })}>
            Rename or change its days
          </button>
          <button type="button" className="button small quiet" ref={deleteButton} onClick={() => setConfirming(true)}>
            Delete this period
          </button>
        </div>
      )}
    </article>
  );
}

/** Stretches of time the person named, each summed up beside the same length before and after. */
export function Periods({ from, to, marked, periods, onChanged }: { from: string; to: string; marked: { from: string; to: string } | null; periods: NamedPeriods; onChanged: () => Promise<void> }) {
  const [draft, setDraft] = useState<Draft>({ name: '', from, to });
  const [problem, setProblem] = useState('');
  const nameInput = useRef<HTMLInputElement>(null);
  useEffect(() => setDraft((current) => ({ ...current, from, to })), [from, to]);
  // A stretch marked on the chart (Shift and a drag) fills the form, ready for its name.
  useEffect(() => {
    if (!marked) return;
    setDraft((current) => ({ ...current, ...marked }));
    nameInput.current?.focus();
  }, [marked]);

  async function save(event: FormEvent) {
    event.preventDefault();
    try {
      await bounce().timeline.savePeriod(draft);
      setDraft({ name: '', from, to });
      setProblem('');
      await onChanged();
    } catch (failure) {
      setProblem(messageOf(failure));
    }
  }

  return (
    <section className="periods" aria-labelledby="periods-heading">
      <h2 id="periods-heading">Periods you named</h2>
      <p className="quiet-note">The form starts with the span on screen. To pick other days, change From and To, or hold Shift and drag across the chart.</p>
      <form className="period-form" onSubmit={(event) => void save(event)}>
        <PeriodFields draft={draft} onChange={setDraft} nameRef={nameInput} nameLabel="Name this stretch of time" />
        <button type="submit" className="button">
          Name this period
        </button>
      </form>
      {marked && draft.from === marked.from && draft.to === marked.to ? (
        <p className="quiet-note" role="status">
          Marked on the chart: {dayName(marked.from)} to {dayName(marked.to)}.
        </p>
      ) : null}
      {problem ? <p role="alert">{problem}</p> : null}
      {periods.map((named) => (
        <PeriodItem key={named.period.id} {...named} onChanged={onChanged} />
      ))}
    </section>
  );
}
