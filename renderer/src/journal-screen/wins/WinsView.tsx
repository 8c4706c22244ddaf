import { useId, type RefObject } from 'react';
import type { WinCommand } from '../useMainScreen';

/** The evidence vault. (Being built: browse, search, remember, chart, editor.) */
export function WinsView({ headingRef }: { headingRef: RefObject<HTMLHeadingElement | null>; command: WinCommand | null }) {
  const id = useId();
  return (
    <section className="page-view wins-view" aria-labelledby={`${id}-heading`}>
      <h1 id={`${id}-heading`} ref={headingRef} tabIndex={-1}>
        Wins
      </h1>
    </section>
  );
}
