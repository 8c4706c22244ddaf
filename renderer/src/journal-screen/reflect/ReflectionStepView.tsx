import { useEffect, useId, useState, type ReactNode, type RefObject } from 'react';
import {
  HOLDING_CHOICES,
  ROOT_CAUSES,
  TACTICAL_MISSTEPS,
  type Reflection,
  type ReflectionStep,
  type RootCause,
  type RootCauseKind,
  type TacticalMisstep,
} from '../../../../shared/domain/reflection';
import { bounce } from '../../api';
import { BodyEditor, type BodyHandle } from '../journal/BodyEditor';
import { KeepLearning } from './KeepLearning';
import { OwnList } from './OwnList';
import { STEP_TEXT, stepNumber } from './steps';
import { WhereAmIStep } from './WhereAmIStep';

const ANSWER_CHARS = 20_000;

interface StepProps {
  step: ReflectionStep;
  reflection: Reflection;
  /** The reflection's id once saved; the root-cause pattern leaves this one out. */
  entryId: string | null;
  date: string;
  headingRef: RefObject<HTMLHeadingElement | null>;
  body: RefObject<BodyHandle | null>;
  onChange: (patch: Partial<Reflection>) => void;
  onWhatHappened: (text: string) => void;
  onCaret: (position: number) => void;
}

function excerpt(text: string, max = 280): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

/** One step of the reflection: its question, an invitation, and room to answer. */
export function ReflectionStepView(props: StepProps) {
  const { step, headingRef } = props;
  const id = useId();
  return (
    <section className="reflection-step" aria-labelledby={`${id}-heading`} data-step={step}>
      <h3 id={`${id}-heading`} ref={headingRef} tabIndex={-1} className="step-heading">
        <span className="visually-hidden">Step {stepNumber(step)}: </span>
        {STEP_TEXT[step].heading}
      </h3>
      <StepBody {...props} />
    </section>
  );
}

function StepBody({ step, reflection, entryId, date, body, onChange, onWhatHappened, onCaret }: StepProps) {
  switch (step) {
    case 'what-happened':
      return (
        <>
          <p className="step-invite">
            Just the facts, the way a camera would have seen it. The framing view beside it shows how each sentence
            reads, if you'd like to look.
          </p>
          <BodyEditor
            initial={reflection.whatHappened}
            label="What happened (facts only)"
            placeholder="What happened, in the order it happened."
            handle={body}
            onChange={() => onWhatHappened(body.current?.getText() ?? '')}
            onCaret={onCaret}
          />
        </>
      );
    case 'holding':
      return (
        <>
          <p className="step-invite">However it feels is allowed. You can change it later.</p>
          <Choices
            legend="Right now, this feels most like…"
            name="holding"
            options={HOLDING_CHOICES}
            value={reflection.holding}
            onChange={(holding) => onChange({ holding })}
          />
        </>
      );
    case 'root-cause':
      return <RootCauseStep reflection={reflection} entryId={entryId} date={date} onChange={onChange} />;
    case 'ownership':
      return (
        <>
          <p className="step-invite">Want to sort out what was yours and what wasn't? A line for each thing is enough.</p>
          <Carried label="What happened, in your words" text={reflection.whatHappened} />
          <div className="own-lists">
            <OwnList
              label="Mine to own"
              hint="What you did or decided, said plainly."
              addLabel="Add something that's mine to own"
              items={reflection.mineToOwn}
              onChange={(mineToOwn) => onChange({ mineToOwn })}
            />
            <OwnList
              label="Not mine to carry"
              hint="What other people did, or what nobody could control."
              addLabel="Add something that's not mine"
              items={reflection.notMine}
              onChange={(notMine) => onChange({ notMine })}
            />
          </div>
        </>
      );
    case 'where-am-i':
      return <WhereAmIStep reflection={reflection} onChange={onChange} />;
    case 'learning':
      return (
        <>
          {reflection.mineToOwn.length > 0 ? (
            <Carried label="What you said was yours to own" text={reflection.mineToOwn.join('; ')} />
          ) : null}
          <Answer label="What did I learn about myself?" value={reflection.learned} onChange={(learned) => onChange({ learned })} />
          <KeepLearning learned={reflection.learned} entryId={entryId} />
          <Answer
            label="What do I want to carry forward?"
            value={reflection.carryForward}
            onChange={(carryForward) => onChange({ carryForward })}
          />
          <Answer label="How has this set me free, if it has?" value={reflection.setFree} onChange={(setFree) => onChange({ setFree })} />
        </>
      );
    case 'next-step':
      return (
        <>
          {reflection.carryForward.trim() ? (
            <Carried label="You said you want to carry forward" text={reflection.carryForward} />
          ) : null}
          <NextStepField reflection={reflection} onChange={onChange} />
        </>
      );
    case 'self-compassion':
      return (
        <>
          <p className="step-invite">
            This is hard, and it makes sense that it is. Everyone fails at things that matter to them; it's part of
            trying.
          </p>
          <Answer label="What's hard about this right now?" value={reflection.hardPart} onChange={(hardPart) => onChange({ hardPart })} />
          <Answer
            label="What would I say to a friend who went through this?"
            value={reflection.toAFriend}
            onChange={(toAFriend) => onChange({ toAFriend })}
          />
        </>
      );
  }
}

function Carried({ label, text }: { label: string; text: string }) {
  if (!text.trim()) return null;
  return (
    <figure className="carried-inline">
      <figcaption>{label}</figcaption>
      <blockquote>{excerpt(text)}</blockquote>
    </figure>
  );
}

function Answer({ label, hint, value, onChange }: { label: string; hint?: string; value: string; onChange: (value: string) => void }) {
  const id = useId();
  return (
    <div className="field answer-field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <textarea
        id={id}
        value={value}
        maxLength={ANSWER_CHARS}
        rows={3}
        spellCheck={false}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}

interface ChoicesProps<K extends string> {
  legend: string;
  name: string;
  options: Readonly<Record<K, string>>;
  value: K | null;
  onChange: (value: K | null) => void;
  children?: ReactNode;
}

/** One choice among a few, which can be cleared again: none is required. */
function Choices<K extends string>({ legend, name, options, value, onChange }: ChoicesProps<K>) {
  const id = useId();
  return (
    <fieldset className="choice-group">
      <legend>{legend}</legend>
      {(Object.entries(options) as [K, string][]).map(([key, text]) => (
        <label key={key} className="choice" htmlFor={`${id}-${key}`}>
          <input
            id={`${id}-${key}`}
            type="radio"
            name={`${id}-${name}`}
            value={key}
            checked={value === key}
            onChange={() => onChange(key)}
          />
          <span>{text}</span>
        </label>
      ))}
      {value ? (
        <button type="button" className="link-button clear-choice" onClick={() => onChange(null)}>
          Clear my choice
        </button>
      ) : null}
    </fieldset>
  );
}

function RootCauseStep({ reflection, entryId, date, onChange }: Pick<StepProps, 'reflection' | 'entryId' | 'date' | 'onChange'>) {
  const cause = reflection.rootCause;
  const [pattern, setPattern] = useState<string | null>(null);

  // When the same root keeps coming back, the journal says so, gently.
  useEffect(() => {
    setPattern(null);
    if (!cause || (cause.kind === 'tactical' && !cause.tactic)) return;
    let live = true;
    bounce()
      .reflections.rootCausePattern({ entryId, date, rootCause: cause })
      .then((answer) => live && setPattern(answer.message))
      .catch(() => undefined);
    return () => {
      live = false;
    };
    // entryId is left out on purpose: the first save giving this reflection an id changes nothing about the pattern.
  }, [cause?.kind, cause?.tactic, date]);

  function choose(kind: RootCauseKind | null) {
    onChange({ rootCause: kind ? ({ kind, tactic: kind === 'tactical' ? (cause?.tactic ?? null) : null } satisfies RootCause) : null });
  }

  return (
    <>
      <p className="step-invite">If you had to name one root, which comes closest? There's no wrong answer.</p>
      <Choices legend="The root of it was…" name="root" options={ROOT_CAUSES} value={cause?.kind ?? null} onChange={choose} />
      {cause?.kind === 'tactical' ? (
        <Choices
          legend="Which kind of misstep?"
          name="tactic"
          options={TACTICAL_MISSTEPS}
          value={cause.tactic}
          onChange={(tactic: TacticalMisstep | null) => onChange({ rootCause: { kind: 'tactical', tactic } })}
        />
      ) : null}
      <div aria-live="polite">{pattern ? <p className="pattern-note">{pattern}</p> : null}</div>
    </>
  );
}

function NextStepField({ reflection, onChange }: Pick<StepProps, 'reflection' | 'onChange'>) {
  const id = useId();
  const step = reflection.nextStep;
  return (
    <div className="field">
      <label htmlFor={id}>One small thing I can do today</label>
      <p className="field-hint" id={`${id}-hint`}>
        Something tiny and ordinary: send one message, take a walk, write one line. It shows up in Small steps, and
        the journal asks about it again in a day or so.
      </p>
      <input
        id={id}
        value={step?.text ?? ''}
        maxLength={500}
        autoComplete="off"
        spellCheck={false}
        aria-describedby={`${id}-hint`}
        onChange={(event) =>
          onChange({
            nextStep: event.target.value
              ? { text: event.target.value, status: step?.status ?? 'open', checkedAt: step?.checkedAt ?? null }
              : null,
          })
        }
      />
      {step && step.status !== 'open' ? (
        <p className="quiet-note">{step.status === 'done' ? 'You marked this one done.' : 'You let this one go.'}</p>
      ) : null}
    </div>
  );
}
