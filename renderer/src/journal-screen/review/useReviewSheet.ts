import { useEffect, type RefObject } from 'react';

/**
 * While the review sheet is open the app behind it is inert (no focus, no clicks,
 * hidden from screen readers) and, when printed, left out: only the review prints.
 * Escape closes it and focus goes back where it came from.
 */
export function useReviewSheet(heading: RefObject<HTMLHeadingElement | null>, onClose: () => void): void {
  useEffect(() => {
    const app = document.getElementById('root');
    const cameFrom = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    app?.setAttribute('inert', '');
    document.body.classList.add('review-open');
    heading.current?.focus();
    return () => {
      app?.removeAttribute('inert');
      document.body.classList.remove('review-open');
      cameFrom?.focus();
    };
  }, []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) onClose();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onClose]);
}
