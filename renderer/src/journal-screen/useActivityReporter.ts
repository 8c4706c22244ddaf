import { useEffect } from 'react';
import { bounce } from '../api';

const EVERY_MS = 30_000;

/**
 * Tells the main process the person is here, so idle auto-lock counts from their
 * last key or click. At most once every 30 seconds; nothing about what they did.
 */
export function useActivityReporter(): void {
  useEffect(() => {
    let last = 0;
    const report = () => {
      const now = Date.now();
      if (now - last < EVERY_MS) return;
      last = now;
      bounce()
        .session.activity({})
        .catch(() => undefined);
    };
    const options = { capture: true, passive: true } as const;
    window.addEventListener('keydown', report, options);
    window.addEventListener('pointerdown', report, options);
    window.addEventListener('wheel', report, options);
    return () => {
      window.removeEventListener('keydown', report, options);
      window.removeEventListener('pointerdown', report, options);
      window.removeEventListener('wheel', report, options);
    };
  }, []);
}
