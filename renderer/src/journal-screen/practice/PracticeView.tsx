import { useId, type RefObject } from 'react';

/** Practice failing on purpose. (Being built: plan, complete, chart.) */
export function PracticeView({ headingRef }: { headingRef: RefObject<HTMLHeadingElement | null> }) {
  const id = useId();
  return (
    <section className="page-view practice-view" aria-labelledby={`${id}-heading`}>
      <h1 id={`${id}-heading`} ref={headingRef} tabIndex={-1}>
        Practice
      </h1>
    </section>
  );
}
