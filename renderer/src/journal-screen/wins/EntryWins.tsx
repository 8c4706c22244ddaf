import { useEffect, useId, useState } from 'react';
import type { WinSummary } from '../../../../shared/domain/win';
import { bounce } from '../../api';
import { formatDay } from '../../lib/dates';
import { useMain } from '../MainContext';
import { winName } from './winWords';
import '../../styles/wins.css';

/** The entry's side of the link: the wins that grew out of it, each opening in the vault. Nothing when there are none. */
export function EntryWins({ entryId }: { entryId: string | null }) {
  const id = useId();
  const { openWin } = useMain();
  const [wins, setWins] = useState<WinSummary[]>([]);

  useEffect(() => {
    if (!entryId) return;
    let current = true;
    bounce()
      .wins.forEntry({ entryId })
      .then(
        (result) => current && setWins(result.wins),
        // The entry is what is open; a link back it could not read is left out rather than shown as a problem.
        () => undefined,
      );
    return () => {
      current = false;
    };
  }, [entryId]);

  if (!entryId || wins.length === 0) return null;
  return (
    <section className="entry-wins" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>Wins that grew from this</h3>
      <ul>
        {wins.map((win) => (
          <li key={win.id}>
            <button type="button" className="link-button" onClick={() => openWin(win.id)}>
              {winName(win)}
              <span className="visually-hidden">, {formatDay(win.date)}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
