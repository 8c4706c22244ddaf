import { useCallback, useEffect, useId, useRef, useState, type RefObject } from 'react';
import { ENTRY_LIMITS, type Entry } from '../../../../shared/domain/entry';
import { emptyReflection, REFLECTION_STEPS, reflectionText, type Reflection, type ReflectionStep } from '../../../../shared/domain/reflection';
import { todayIso } from '../../lib/dates';
import { CareCard, isCareDismissed } from '../framing/CareCard';
import { FramingPanel } from '../framing/FramingPanel';
import { useFramedText } from '../framing/useFramedText';
import { useFraming } from '../framing/useFraming';
import type { DraftFields } from '../journal/autosaver';
import { useEntryAutosave } from '../journal/useEntryAutosave';
import type { BodyHandle } from '../journal/BodyEditor';
import type { EditorHandle } from '../journal/EntryEditor';
import { SaveStatus } from '../journal/SaveStatus';
import { ReflectionStepView } from './ReflectionStepView';
import { ReflectionSummary } from './ReflectionSummary';
import { cleanReflection, isAnswered, isBlankReflection, STEP_TEXT, stepNumber } from './steps';
import { FormError } from '../../components/FormError';

interface ReflectionEditorProps {
  /** The reflection to continue, or null for a new one. */
  entry: Entry | null;
  handle: RefObject<EditorHandle | null>;
  onSaved: (entry: Entry) => void;
  onTrashed: (id: string) => void;
  onDiscarded: () => void;
}

/**
 * A guided failure reflection: eight steps, one at a time, each one skippable,
 * the person's own words carried from step to step. Saved as they go, and
 * reopened where they left it.
 */
export function ReflectionEditor({ entry, handle, onSaved, onTrashed, onDiscarded }: ReflectionEditorProps) {
  const [title, setTitle] = useState(entry?.title ?? '');
  const [date, setDate] = useState(entry?.date ?? todayIso());
  const [reflection, setReflection] = useState<Reflection>(() => entry?.reflection ?? emptyReflection());
  const [finished, setFinished] = useState(false);
  const [corrections, setCorrections] = useState(entry?.corrections ?? []);
  const [careHidden, setCareHidden] = useState(() => (entry ? isCareDismissed(entry.id) : false));
  const headingId = useId();
  const titleInput = useRef<HTMLInputElement>(null);
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const body = useRef<BodyHandle | null>(null);

  // What a save reads; kept in step with every change, before React re-renders.
  const fields = useRef({ title, date, lastGoodDate: date, reflection });
  const onSavedRef = useRef(onSaved);
  onSavedRef.current = onSaved;

  const { saver, saveState, actionError, trashing, ensureId, onBlur, moveToTrash } = useEntryAutosave({
    entry,
    handle,
    read: (): DraftFields => ({
      kind: 'reflection',
      title: fields.current.title,
      date: fields.current.date || fields.current.lastGoodDate,
      tags: entry?.tags ?? [],
      body: entry?.body ?? '',
      reflection: cleanReflection(fields.current.reflection),
    }),
    isBlank: (draft: DraftFields) => !draft.title.trim() && (!draft.reflection || isBlankReflection(cleanReflection(fields.current.reflection))),
    isUntouched: () => !fields.current.title.trim() && isBlankReflection(cleanReflection(fields.current.reflection)),
    focusTitle: () => titleInput.current?.focus(),
    noun: 'reflection',
    onSaved,
    onTrashed,
    onDiscarded,
  });

  /** Changes part of the reflection and saves once the person pauses. */
  const change = useCallback(
    (patch: Partial<Reflection>) => {
      fields.current.reflection = { ...fields.current.reflection, ...patch };
      setReflection(fields.current.reflection);
      saver.changed();
    },
    [saver],
  );

  const onCorrected = useCallback((saved: Entry) => {
    setCorrections(saved.corrections);
    onSavedRef.current(saved);
  }, []);
  const framed = useFramedText({ body, corrections, ensureId, onCorrected, care: false, visible: true });
  const { update: updateFraming } = framed;
  const care = useFraming({ framing: false, care: true });
  const { update: updateCare } = care;

  useEffect(() => {
    updateCare(reflectionText(cleanReflection(reflection)));
  }, [reflection, updateCare]);

  const step = reflection.currentStep;
  const index = stepNumber(step);

  useEffect(() => {
    if (step === 'what-happened' && !finished) updateFraming(fields.current.reflection.whatHappened, true);
  }, [step, finished, updateFraming]);

  // Moving between steps puts focus on the new step's question, so it is read out.
  const moved = useRef(false);
  useEffect(() => {
    if (!moved.current) return;
    stepHeading.current?.focus();
  }, [step, finished]);

  function goTo(next: ReflectionStep) {
    moved.current = true;
    setFinished(false);
    if (next !== fields.current.reflection.currentStep) change({ currentStep: next });
  }

  function finish() {
    moved.current = true;
    setFinished(true);
    void saver.flush();
  }

  function changeTitle(value: string) {
    fields.current.title = value;
    setTitle(value);
    saver.changed();
  }

  function changeDate(value: string) {
    fields.current.date = value;
    if (value) fields.current.lastGoodDate = value;
    setDate(value);
    saver.changed();
  }

  const showCare = (care.result?.care.length ?? 0) > 0 && !careHidden && !(saver.id && isCareDismissed(saver.id));
  const onFirstStep = step === 'what-happened' && !finished;

  return (
    <div className="writing-layout with-aside">
      <article className="reflection-editor" aria-labelledby={headingId} onBlur={onBlur}>
        <h2 id={headingId} className="visually-hidden">
          {entry ? 'Reflection' : 'New reflection'}
        </h2>
        <div className="editor-toolbar">
          <SaveStatus state={saveState} />
          <button type="button" className="button quiet" onClick={() => void moveToTrash()} disabled={trashing}>
            Move to trash
          </button>
        </div>
        {saveState.kind === 'failed' ? (
          <div className="save-problem" role="alert">
            <p>{saveState.message}</p>
            <button type="button" className="button" onClick={() => void saver.flush()}>
              Retry
            </button>
          </div>
        ) : null}
        <FormError message={actionError} />
        <div className="field title-field">
          <label htmlFor={`${headingId}-title`}>Title</label>
          <input
            id={`${headingId}-title`}
            ref={titleInput}
            className="title-input"
            value={title}
            placeholder="Untitled reflection"
            maxLength={ENTRY_LIMITS.titleChars}
            spellCheck={false}
            autoComplete="off"
            onChange={(event) => changeTitle(event.target.value)}
          />
        </div>
        <div className="field date-field reflection-date">
          <label htmlFor={`${headingId}-date`}>Date</label>
          <input
            id={`${headingId}-date`}
            type="date"
            required
            value={date}
            onChange={(event) => changeDate(event.target.value)}
            onBlur={() => {
              if (!fields.current.date) changeDate(fields.current.lastGoodDate);
            }}
          />
        </div>

        <nav className="step-nav-list" aria-label="Reflection steps">
          <p className="step-count" aria-live="polite">
            {finished ? (
              'All eight steps'
            ) : (
              <>
                Step {index} of {REFLECTION_STEPS.length}
                <span className="step-count-name" aria-hidden="true">
                  {' · '}
                  {STEP_TEXT[step].short}
                </span>
              </>
            )}
          </p>
          <ol className="step-list">
            {REFLECTION_STEPS.map((each) => {
              const answered = isAnswered(reflection, each);
              return (
                <li key={each} data-answered={answered || undefined}>
                  <button
                    type="button"
                    className="step-link"
                    aria-current={!finished && each === step ? 'step' : undefined}
                    title={`${stepNumber(each)}. ${STEP_TEXT[each].short}${answered ? ' (answered)' : ''}`}
                    onClick={() => goTo(each)}
                  >
                    <span className="step-number" aria-hidden="true">
                      {answered && !(each === step && !finished) ? '✓' : stepNumber(each)}
                    </span>
                    <span className="step-name">
                      <span className="visually-hidden">Step {stepNumber(each)}: </span>
                      {STEP_TEXT[each].short}
                      {answered ? <span className="visually-hidden"> (answered)</span> : null}
                    </span>
                  </button>
                </li>
              );
            })}
          </ol>
        </nav>

        {finished ? (
          <ReflectionSummary reflection={reflection} headingRef={stepHeading} onEdit={goTo} />
        ) : (
          <ReflectionStepView
            key={step}
            step={step}
            reflection={reflection}
            entryId={saver.id}
            date={date}
            headingRef={stepHeading}
            body={body}
            onChange={change}
            onWhatHappened={(text) => {
              change({ whatHappened: text });
              updateFraming(text);
            }}
            onCaret={framed.setCaret}
          />
        )}

        {finished ? null : (
          <div className="step-buttons">
            <p className="quiet-note">Every step is optional; skip any you like.</p>
            <button type="button" className="button" disabled={index === 1} onClick={() => goTo(REFLECTION_STEPS[index - 2]!)}>
              Back
            </button>
            {index < REFLECTION_STEPS.length ? (
              <button type="button" className="button primary" onClick={() => goTo(REFLECTION_STEPS[index]!)}>
                Next
              </button>
            ) : (
              <button type="button" className="button primary" onClick={finish}>
                Finish
              </button>
            )}
          </div>
        )}
      </article>

      <div className="writing-aside">
        {showCare ? <CareCard dismissKey={saver.id ?? headingId} onDismiss={() => setCareHidden(true)} /> : null}
        {onFirstStep ? (
          <FramingPanel
            result={framed.result}
            corrections={corrections}
            caret={framed.caret}
            textName="what you wrote"
            onShow={framed.onShow}
            onCorrect={framed.onCorrect}
            onUseReframe={framed.onUseReframe}
          />
        ) : (
          <CarriedWords reflection={reflection} onEdit={() => goTo('what-happened')} />
        )}
      </div>
    </div>
  );
}

function shortened(text: string, max = 400): string {
  const flat = text.trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

/** The person's own words from earlier steps stay beside the later ones. */
function CarriedWords({ reflection, onEdit }: { reflection: Reflection; onEdit: () => void }) {
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
