import { useEffect, useMemo, useRef, useState } from 'react';
import type { FramingCorrection } from '../../../../shared/domain/framing-record';
import type { WinSummary } from '../../../../shared/domain/win';
import { readsMostlyAsShame } from '../../../../shared/evidence/surfacing';
import { bounce } from '../../api';
import type { FramingResult } from '../framing/protocol';
import { useMain } from '../MainContext';
import { shownCounts, tagsToSend, withDismissed } from './surfaceWords';

/** What one opening of an entry was offered; the panel can be closed and opened again (the framing view) without asking twice. */
interface Visit {
  wins: WinSummary[] | null;
  announced: boolean;
  closed: boolean;
}

const visits = new Map<string, Visit>();
const VISITS_KEPT = 20;
let forgetOnLock: (() => void) | null = null;

/** Wins are the person's words: what was offered is forgotten when the journal locks. */
function visitOf(key: string): Visit {
  forgetOnLock ??= bounce().on.locked(() => visits.clear());
  let visit = visits.get(key);
  if (!visit) {
    visit = { wins: null, announced: false, closed: false };
    visits.set(key, visit);
    for (const old of [...visits.keys()].slice(0, Math.max(0, visits.size - VISITS_KEPT))) visits.delete(old);
  }
  return visit;
}

export interface SurfacedWinsOptions {
  /** One opening of one entry: a new key each time the editor opens it. */
  visit: string;
  entryId: string | null;
  tags: readonly string[];
  result: FramingResult | null;
  corrections: readonly FramingCorrection[];
}

/**
 * Whether the person's own wins show beside this entry: only while it reads mostly
 * as "who I am", only with the setting on, never once closed for this entry. The
 * wins are asked for once per opening, when the entry first reads that way.
 */
export function useSurfacedWins({ visit: key, entryId, tags, result, corrections }: SurfacedWinsOptions) {
  const { settings, onSettings } = useMain();
  const visit = visitOf(key);
  const [wins, setWins] = useState(visit.wins);
  const [closed, setClosed] = useState(visit.closed);
  const [announced, setAnnounced] = useState(visit.announced);
  const saving = useRef(false);
  const latestTags = useRef(tags);
  latestTags.current = tags;

  const counts = useMemo(() => shownCounts(result, corrections), [result, corrections]);
  const shame = readsMostlyAsShame(counts);
  const enabled = settings?.surfaceWins === true;
  const dismissed = closed || (entryId !== null && (settings?.surfaceDismissed.includes(entryId) ?? false));
  const want = enabled && !dismissed && shame;

  useEffect(() => {
    const current = visitOf(key);
    if (!want || current.wins !== null) return;
    current.wins = [];
    bounce()
      .wins.surface({ tags: tagsToSend(latestTags.current), framing: counts })
      .then((answer) => {
        current.wins = answer.wins;
        setWins(answer.wins);
      })
      // The panel is a help, not a requirement: without it, writing goes on as before.
      .catch(() => undefined);
  }, [want, key, counts]);

  const show = want && wins !== null && wins.length > 0;

  useEffect(() => {
    if (!show || announced) return;
    visitOf(key).announced = true;
    setAnnounced(true);
  }, [show, announced, key]);

  // Closed before the entry had an id: kept once the first save gives it one.
  useEffect(() => {
    if (!closed || !entryId || !settings || saving.current || settings.surfaceDismissed.includes(entryId)) return;
    saving.current = true;
    bounce()
      .settings.update({ surfaceDismissed: withDismissed(settings.surfaceDismissed, entryId) })
      .then(onSettings, () => undefined)
      .finally(() => {
        saving.current = false;
      });
  }, [closed, entryId, settings, onSettings]);

  function dismiss() {
    visitOf(key).closed = true;
    setClosed(true);
  }

  return { show, wins: wins ?? [], announced, dismiss };
}
