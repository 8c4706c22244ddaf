import type { ReactNode, RefObject } from 'react';
import { HOLDING_CHOICES, type Reflection, type ReflectionStep } from '../../../../shared/domain/reflection';
import { isAnswered, rootCauseSentence, STEP_TEXT } from './steps';

interface SummaryProps {
  reflection: Reflection;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onEdit: (step: ReflectionStep) => void;
}

function Lines({ items }: { items: string[] }) {
  return (
    <ul className="summary-lines">
      {items.map((item, index) => (
        <li key={index}>{item}</li>
      ))}
    </ul>
  );
}

function Text({ label, text }: { label: string; text: string }) {
  if (!text.trim()) return null;
  return (
    <div className="summary-answer">
      <p className="summary-label">{label}</p>
      <p className="summary-text">{text}</p>
    </div>
  );
}

/** A quiet look back at the whole reflection once it is finished; any part can be changed. */
export function ReflectionSummary({ reflection, headingRef, onEdit }: SummaryProps) {
  const r = reflection;
  const parts: { step: ReflectionStep; content: ReactNode }[] = [
    { step: 'what-happened', content: <Text label="What happened" text={r.whatHappened} /> },
    { step: 'holding', content: r.holding ? <Text label="How I'm holding it" text={HOLDING_CHOICES[r.holding]} /> : null },
    {
      step: 'root-cause',
      content: r.rootCause ? (
        <Text label="The root" text={rootCauseSentence(r.rootCause)} />
      ) : null,
    },
    {
      step: 'ownership',
      content: (
        <>
          {r.mineToOwn.length ? (
            <div className="summary-answer">
              <p className="summary-label">Mine to own</p>
              <Lines items={r.mineToOwn} />
            </div>
          ) : null}
          {r.notMine.length ? (
            <div className="summary-answer">
              <p className="summary-label">Not mine to carry</p>
              <Lines items={r.notMine} />
            </div>
          ) : null}
        </>
      ),
    },
    { step: 'where-am-i', content: r.whereAmI.length ? <Text label="Words for where I am" text={r.whereAmI.join(', ')} /> : null },
    {
      step: 'learning',
      content: (
        <>
          <Text label="What I learned about myself" text={r.learned} />
          <Text label="What I want to carry forward" text={r.carryForward} />
          <Text label="How it set me free" text={r.setFree} />
        </>
      ),
    },
    { step: 'next-step', content: r.nextStep ? <Text label="One small next step" text={r.nextStep.text} /> : null },
    {
      step: 'self-compassion',
      content: (
        <>
          <Text label="What's hard right now" text={r.hardPart} />
          <Text label="What I'd say to a friend" text={r.toAFriend} />
        </>
      ),
    },
  ];
  const answered = parts.filter((part) => isAnswered(r, part.step));

  return (
    <section className="reflection-summary" aria-labelledby="reflection-summary-heading">
      <h3 id="reflection-summary-heading" ref={headingRef} tabIndex={-1} className="step-heading">
        Your reflection
      </h3>
      <p className="step-invite">
        That's all of it. It's saved here, and you can come back to any step whenever you want.
      </p>
      {answered.length === 0 ? <p className="quiet-note">You skipped every step this time. That's allowed too.</p> : null}
      {answered.map((part) => (
        <div key={part.step} className="summary-part">
          {part.content}
          <button type="button" className="link-button" onClick={() => onEdit(part.step)}>
            Change <span className="visually-hidden">{STEP_TEXT[part.step].short.toLowerCase()}</span>
          </button>
        </div>
      ))}
    </section>
  );
}
