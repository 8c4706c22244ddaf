import { useId } from 'react';
import type { Reflection, ReflectionStep } from '../../../../shared/domain/reflection';
import { CARRIED_IN_STEP, type CarriedPart } from './steps';

function shortened(text: string, max = 400): string {
  const flat = text.trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

interface CarriedWordsProps {
  reflection: Reflection;
  /** The step shown: what it already quotes beside its question is left out here. */
  step: ReflectionStep;
  onEdit: () => void;
}

/** The person's own words from earlier steps stay beside the later ones, each shown once. */
export function CarriedWords({ reflection, step, onEdit }: CarriedWordsProps) {
  const id = useId();
  const all: { part: CarriedPart | 'notMine' | 'learned'; label: string; text: string }[] = [
    { part: 'whatHappened', label: 'What happened', text: reflection.whatHappened },
    { part: 'mineToOwn', label: 'Mine to own', text: reflection.mineToOwn.filter((line) => line.trim()).join('; ') },
    { part: 'notMine', label: 'Not mine to carry', text: reflection.notMine.filter((line) => line.trim()).join('; ') },
    { part: 'learned', label: 'What I learned', text: reflection.learned },
    { part: 'carryForward', label: 'What I want to carry forward', text: reflection.carryForward },
  ];
  const written = all.filter((each) => each.text.trim());
  const parts = written.filter((each) => each.part !== CARRIED_IN_STEP[step]);
  return (
    <section className="carried" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="panel-heading">
        Your words so far
      </h2>
      {written.length === 0 ? <p className="panel-note">Nothing written yet. That's fine; every step can wait.</p> : null}
      {written.length > 0 && parts.length === 0 ? <p className="panel-note">What you wrote earlier is with this step's question.</p> : null}
      {parts.length > 0 ? (
        <dl className="carried-list">
          {parts.map((each) => (
            <div key={each.part}>
              <dt>{each.label}</dt>
              <dd>{shortened(each.text)}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      {reflection.whatHappened.trim() ? null : (
        <button type="button" className="link-button" onClick={onEdit}>
          Go to step 1
        </button>
      )}
    </section>
  );
}
