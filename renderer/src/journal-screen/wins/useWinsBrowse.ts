import { useCallback, useEffect, useRef, useState } from 'react';
import type { WinSummary } from '../../../../shared/domain/win';
import { bounce, messageOf } from '../../api';
import { useDebounced } from '../../lib/useDebounced';
import type { YearCounts } from './chartPlan';
import { NO_FILTER, type WinFilter } from './WinFilters';
import { matchWords } from './winWords';

interface Overview {
  years: YearCounts[];
  total: number;
}

/**
 * The vault as the review screen reads it: every year's counts (for the chart, the
 * year filter and the empty vault) and the wins the filter and words pick out.
 * `reload` reads both again, after a win is saved, trashed or restored.
 */
export function useWinsBrowse() {
  const [filter, setFilter] = useState<WinFilter>(NO_FILTER);
  const [overview, setOverview] = useState<Overview | null>(null);
  const [wins, setWins] = useState<WinSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const request = useRef(0);
  const query = useDebounced(filter.query.trim(), 150);

  useEffect(() => {
    let current = true;
    bounce()
      .wins.overview({})
      .then(
        (next) => current && setOverview(next),
        (failure: unknown) => current && setError(messageOf(failure)),
      );
    return () => {
      current = false;
    };
  }, [version]);

  useEffect(() => {
    const asked = ++request.current;
    bounce()
      .wins.list({
        ...(query ? { query } : {}),
        ...(filter.kind ? { kind: filter.kind } : {}),
        ...(filter.area ? { area: filter.area } : {}),
        ...(filter.year !== null ? { year: filter.year } : {}),
      })
      .then(
        (result) => {
          if (asked !== request.current) return;
          setWins(result.wins);
          setError(null);
        },
        (failure: unknown) => asked === request.current && setError(messageOf(failure)),
      );
  }, [query, filter.kind, filter.area, filter.year, version]);

  const reload = useCallback(() => setVersion((value) => value + 1), []);
  const narrowed = query !== '' || filter.kind !== '' || filter.area !== '' || filter.year !== null;

  return {
    filter,
    setFilter,
    overview,
    wins,
    error,
    reload,
    narrowed,
    matchText: wins ? matchWords(wins.length, narrowed) : '',
    /** Nothing in the vault at all (the trash aside): the screen explains what a win is instead. */
    empty: overview !== null && overview.total === 0,
  };
}
