import { useEffect, useId, useRef, useState } from 'react';
import { NOTICE_CALM, problemLines, restorableIds, whatToDo } from '../problems/problemWords';
import { ProblemList } from '../problems/ProblemList';
import { RestoreButton, RestorePanel } from '../problems/RestoreEntries';
import { useEntryRestore } from '../problems/useEntryRestore';
import { useProblems } from '../problems/useJournalProblems';
import '../../styles/problems.css';
import { FormError } from '../../components/FormError';

/** Settings › the journal's files: what didn't open as saved, kept here until the person has read it. */
export function JournalProblems() {
  const id = useId();
  const { problems, outcome, clearOutcome, dismiss, dismissError } = useProblems();
  const restore = useEntryRestore();
  const [cleared, setCleared] = useState(false);
  const clearedNote = useRef<HTMLParagraphElement>(null);
  const todo = whatToDo(problems);

  // The button just pressed is gone; the sentence that replaced it takes focus once it is on screen
  // (a frame's wait was not always enough for it to be drawn on a busy machine).
  useEffect(() => {
    if (cleared) clearedNote.current?.focus();
  }, [cleared]);

  async function read() {
    if (!(await dismiss(problems.map((problem) => problem.id)))) return;
    clearOutcome();
    setCleared(true);
  }

  if (problems.length === 0 && !outcome) {
    return (
      <div aria-live="polite">
        {cleared ? (
          <p ref={clearedNote} tabIndex={-1} className="quiet-note problems-cleared">
            Noted. The list is cleared, and the journal won't mention these again.
          </p>
        ) : null}
      </div>
    );
  }

  return (
    <section className="settings-section journal-problems" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Files that didn't open as saved</h2>
      <div aria-live="polite">{outcome ? <p className="restore-outcome">{outcome}</p> : null}</div>
      {problems.length > 0 ? (
        <>
          <p>{NOTICE_CALM}</p>
          <ProblemList lines={problemLines(problems)} detailed />
          {todo ? <p>{todo}</p> : null}
          <p className="quiet-note">This list stays here until you say you've read it.</p>
        </>
      ) : null}
      <div className="actions">
        {restorableIds(problems).length > 0 ? <RestoreButton restore={restore} /> : null}
        {problems.length > 0 ? (
          <button type="button" className="button" onClick={() => void read()}>
            I've read this
          </button>
        ) : (
          <button type="button" className="button quiet" onClick={clearOutcome}>
            Close
          </button>
        )}
      </div>
      <FormError message={dismissError} />
      <RestorePanel restore={restore} />
    </section>
  );
}
