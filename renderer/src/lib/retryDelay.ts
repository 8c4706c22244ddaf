import { useCallback, useEffect, useRef, useState } from 'react';

/** Seconds to wait after this many wrong attempts: 0, 0, 1, 2, 4, 8, 16, then 30 at most. */
function retryDelaySeconds(failures: number): number {
  if (failures < 3) return 0;
  return Math.min(30, 2 ** (failures - 3));
}

export interface RetryDelay {
  failures: number;
  /** Whole seconds until the next attempt is allowed; 0 means now. */
  secondsLeft: number;
  /**
   * Record a wrong attempt. `known` is the main process's own count when we have
   * it (it is the source of truth); without it, one more than before.
   */
  noteFailure: (known?: number) => void;
  reset: () => void;
}

/**
 * Slows repeated guessing in this run of the app. The vault counts failures too
 * (status.failedUnlocks), so a reloaded window picks up where it left off.
 */
export function useRetryDelay(initialFailures: number): RetryDelay {
  const [failures, setFailures] = useState(initialFailures);
  const failuresRef = useRef(initialFailures);
  const [waitUntil, setWaitUntil] = useState(() => Date.now() + retryDelaySeconds(initialFailures) * 1000);
  const [, setTick] = useState(0);

  // Re-render every quarter second while a wait is running, so the countdown moves.
  useEffect(() => {
    if (waitUntil <= Date.now()) return;
    const timer = window.setInterval(() => {
      setTick((tick) => tick + 1);
      if (Date.now() >= waitUntil) window.clearInterval(timer);
    }, 250);
    return () => window.clearInterval(timer);
  }, [waitUntil]);

  const noteFailure = useCallback((known?: number) => {
    const next = known ?? failuresRef.current + 1;
    if (next === failuresRef.current) return;
    failuresRef.current = next;
    setFailures(next);
    setWaitUntil(Date.now() + retryDelaySeconds(next) * 1000);
  }, []);

  const reset = useCallback(() => {
    failuresRef.current = 0;
    setFailures(0);
    setWaitUntil(0);
  }, []);

  const secondsLeft = Math.max(0, Math.ceil((waitUntil - Date.now()) / 1000));
  return { failures, secondsLeft, noteFailure, reset };
}
