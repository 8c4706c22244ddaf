import { useId } from 'react';
import { todayIso } from '../../lib/dates';
import { useMain } from '../MainContext';
import '../../styles/steps.css';

/**
 * "What I learned" can become a win that links back to this reflection. It waits
 * for words and for the reflection's first save, since the win links to it by id.
 */
export function KeepLearning({ learned, entryId }: { learned: string; entryId: string | null }) {
  const id = useId();
  const { recordWin } = useMain();
  const ready = learned.trim() !== '' && entryId !== null;
  return (
    <div className="keep-learning">
      <button
        type="button"
        className="button small"
        disabled={!ready}
        aria-describedby={`${id}-hint`}
        onClick={() => {
          if (entryId) recordWin({ story: learned.trim(), entryIds: [entryId], origin: { from: 'learning', id: entryId }, date: todayIso() });
        }}
      >
        Keep this as a win
      </button>
      <p className="field-hint" id={`${id}-hint`}>
        {ready
          ? 'Opens a new win with what you learned, linked to this reflection. The reflection is saved first.'
          : 'Once you have written what you learned and the reflection is saved, you can keep it as a win.'}
      </p>
    </div>
  );
}
