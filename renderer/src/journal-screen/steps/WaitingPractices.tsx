import { useId } from 'react';
import type { Practice } from '../../../../shared/domain/practice';
import { formatDay } from '../../lib/dates';
import { useMain } from '../MainContext';

/** Practices planned and not yet tried wait here too; "How did it go?" opens their form on the Practice screen. */
export function WaitingPractices({ practices }: { practices: Practice[] }) {
  const id = useId();
  const { openPractice } = useMain();
  if (practices.length === 0) return null;
  return (
    <section className="steps-part" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Practices waiting</h2>
      <ul className="step-items" aria-label="Practices waiting to be tried">
        {practices.map((practice) => (
          <li key={practice.id} className="step-item">
            <p className="step-text" id={`${id}-${practice.id}`}>
              Waiting to try: {practice.attempt}
            </p>
            <p className="quiet-note">Planned for {formatDay(practice.date)}</p>
            <div className="actions step-actions">
              <button type="button" className="button small" aria-describedby={`${id}-${practice.id}`} onClick={() => openPractice(practice.id)}>
                How did it go?
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
