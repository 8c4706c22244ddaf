import { useId } from 'react';
import { WIN_KINDS } from '../../../../shared/domain/win';
import { formatDay } from '../../lib/dates';
import { useMain } from '../MainContext';
import { useSurfacedWins, type SurfacedWinsOptions } from './useSurfacedWins';
import { winName } from './surfaceWords';
import '../../styles/surfacing.css';

interface SurfacedWinsProps extends SurfacedWinsOptions {
  /** Where focus goes after "Not now" takes the panel away (back to the writing). */
  onDismissed: () => void;
}

/**
 * Beside an entry that reads mostly as a verdict on who the person is: two or
 * three of their own wins, quietly. It never takes focus and never covers the
 * text; its arrival is announced politely once, and "Not now" closes it for
 * this entry for good.
 */
export function SurfacedWins({ onDismissed, ...options }: SurfacedWinsProps) {
  const id = useId();
  const { openWin } = useMain();
  const { show, wins, announced, dismiss } = useSurfacedWins(options);

  return (
    <>
      <p className="visually-hidden" role="status">
        {announced ? 'Some of your own wins are beside this entry.' : ''}
      </p>
      {show ? (
        <aside className="surfaced-wins" aria-labelledby={`${id}-heading`}>
          <h2 id={`${id}-heading`} className="panel-heading">
            Evidence you are more than this moment
          </h2>
          <p className="panel-note">A few things you've done, in your own words from your wins.</p>
          <ul className="surfaced-list" aria-label="Your wins">
            {wins.map((win) => (
              <li key={win.id}>
                <button type="button" className="surfaced-win" onClick={() => openWin(win.id)}>
                  <span className="surfaced-name">{winName(win)}</span>
                  <span className="surfaced-meta">
                    {formatDay(win.date)} · {WIN_KINDS[win.kind]}
                  </span>
                </button>
              </li>
            ))}
          </ul>
          <button
            type="button"
            className="button small quiet"
            aria-describedby={`${id}-not-now`}
            onClick={() => {
              dismiss();
              onDismissed();
            }}
          >
            Not now
          </button>
          <span id={`${id}-not-now`} className="visually-hidden">
            Closes these wins for this entry. They stay in Wins.
          </span>
        </aside>
      ) : null}
    </>
  );
}
