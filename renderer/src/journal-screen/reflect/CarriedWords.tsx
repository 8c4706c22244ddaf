import { useId } from 'react';
import type { Reflection } from '../../../../shared/domain/reflection';

function shortened(text: string, max = 400): string {
  const flat = text.trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

/** The person's own words from earlier steps stay beside the later ones. */
export function CarriedWords({ reflection, onEdit }: { reflection: Reflection; onEdit: () => void }) {
  const id = useId();
  const parts = [
    { label: 'What happened', text: reflection.whatHappened },
    { label: 'Mine to own', text: reflection.mineToOwn.filter((line) => line.trim()).join('; ') },
    { label: 'Not mine to carry', text: reflection.notMine.filter((line) => line.trim()).join('; ') },
    { label: 'What I learned', text: reflection.learned },
    { label: 'What I want to carry forward', text: reflection.carryForward },
  ].filter((part) => part.text.trim());
  return (
    <section className="carried" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="panel-heading">
        Your words so far
      </h2>
      {parts.length === 0 ? (
        <p className="panel-note">Nothing written yet. That's fine; every step can wait.</p>
      ) : (
        <dl className="carried-list">
          {parts.map((part) => (
            <div key={part.label}>
              <dt>{part.label}</dt>
              <dd>{shortened(part.text)}</dd>
            </div>
          ))}
        </dl>
      )}
      {reflection.whatHappened.trim() ? null : (
        <button type="button" className="link-button" onClick={onEdit}>
          Go to step 1
        </button>
      )}
    </section>
  );
}
