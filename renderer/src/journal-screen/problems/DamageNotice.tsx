import { useId } from 'react';
import { NOTICE_CALM, NOTICE_HEADING, problemLines, restorableIds, whatToDo } from './problemWords';
import { ProblemList } from './ProblemList';
import { RestoreButton, RestorePanel } from './RestoreEntries';
import { useEntryRestore } from './useEntryRestore';
import { useProblems } from './useJournalProblems';
import '../../styles/problems.css';

interface DamageNoticeProps {
  /** Settings lists the same problems, so the notice steps aside there (keeping any restore under way). */
  away: boolean;
  onShowSettings: () => void;
  /** Called once the notice is put away, so focus can go somewhere that is still there. */
  onDismissed: () => void;
}

/**
 * After unlock: what in the journal's files didn't open as saved, and what to do.
 * Not a dialog: writing carries on beneath it. The live region around it reads it
 * out when it appears, since it arrives after the journal has opened.
 */
export function DamageNotice({ away, onShowSettings, onDismissed }: DamageNoticeProps) {
  const id = useId();
  const { problems, noticeHidden, hideNotice, outcome, clearOutcome } = useProblems();
  const restore = useEntryRestore();
  const visible = !away && !noticeHidden && (problems.length > 0 || outcome !== '');
  const todo = whatToDo(problems);

  return (
    <div className="damage-area" aria-live="polite">
      {visible ? (
        <section className="notice damage-notice" aria-labelledby={`${id}-heading`}>
          <h2 id={`${id}-heading`} tabIndex={-1}>
            {problems.length > 0 ? NOTICE_HEADING : 'Restored from the backup'}
          </h2>
          {outcome ? <p className="restore-outcome">{outcome}</p> : null}
          {problems.length > 0 ? (
            <>
              <p>{NOTICE_CALM}</p>
              <ProblemList lines={problemLines(problems)} />
              {todo ? <p>{todo}</p> : null}
            </>
          ) : null}
          <div className="actions">
            {restorableIds(problems).length > 0 ? <RestoreButton restore={restore} /> : null}
            {problems.length > 0 ? (
              <button type="button" className="button quiet" onClick={onShowSettings}>
                Show in Settings
              </button>
            ) : null}
            <button
              type="button"
              className="button quiet"
              onClick={() => {
                hideNotice();
                clearOutcome();
                onDismissed();
              }}
            >
              Dismiss
            </button>
          </div>
          <RestorePanel restore={restore} live={false} />
        </section>
      ) : null}
    </div>
  );
}
