import { useCallback, useEffect, useId, useState } from 'react';
import type { WinSummary } from '../../../../shared/domain/win';
import { bounce, messageOf } from '../../api';
import { FormError } from '../../components/FormError';
import { formatDay } from '../../lib/dates';
import { areaWords, kindWords, winName } from './winWords';

interface RememberCardProps {
  /** Live wins in the vault; "another" is offered only when there is another to bring. */
  total: number;
  onOpen: (id: string) => void;
}

/** "Remember when…": one older win brought back, and another on request. */
export function RememberCard({ total, onOpen }: RememberCardProps) {
  const id = useId();
  const [win, setWin] = useState<WinSummary | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [onlyOne, setOnlyOne] = useState(false);

  const bring = useCallback(async (previous: string | null) => {
    setBusy(true);
    setError(null);
    try {
      const next = (await bounce().wins.remember({})).win;
      setWin(next);
      // The card brings back older wins first; with one older win, "another" can only be the same.
      setOnlyOne(previous !== null && next?.id === previous);
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setBusy(false);
    }
  }, []);

  useEffect(() => {
    void bring(null);
  }, [bring]);

  if (!win && !error) return null;
  return (
    <section className="remember-card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Remember when…</h2>
      <FormError message={error} />
      {win ? (
        <>
          <button type="button" className="remember-win" onClick={() => onOpen(win.id)} aria-describedby={`${id}-about`}>
            <span className="remember-date">{formatDay(win.date)}</span>
            <span className="remember-name">{winName(win)}</span>
            {win.excerpt && win.title ? <span className="remember-excerpt">{win.excerpt}</span> : null}
          </button>
          <p className="quiet-note" id={`${id}-about`}>
            {kindWords(win.kind)}, {areaWords(win.area)}
          </p>
        </>
      ) : null}
      <div className="notice-area" aria-live="polite">
        {onlyOne ? <p className="quiet-note">That is the only older win for now, so it came back again.</p> : null}
      </div>
      {total > 1 ? (
        <button type="button" className="button small" onClick={() => void bring(win?.id ?? null)} disabled={busy}>
          Bring back another
        </button>
      ) : null}
    </section>
  );
}
