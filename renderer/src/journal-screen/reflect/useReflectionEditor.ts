import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { Entry } from '../../../../shared/domain/entry';
import { framedTextOf } from '../../../../shared/domain/framed-text';
import { emptyReflection, reflectionText, type Reflection, type ReflectionStep } from '../../../../shared/domain/reflection';
import { useCareCard } from '../framing/useCareCard';
import { useFramedText } from '../framing/useFramedText';
import { useFraming } from '../framing/useFraming';
import type { DraftFields } from '../journal/autosaver';
import type { BodyHandle } from '../journal/BodyEditor';
import type { EntryEditorProps } from '../journal/EntryEditor';
import { useEntryAutosave } from '../journal/useEntryAutosave';
import { useTitleAndDate } from '../journal/useTitleAndDate';
import { cleanReflection, isBlankReflection } from './steps';

/**
 * Everything a guided reflection keeps track of: its answers, the step shown,
 * saving as the person goes, and the live framing of the same words the journal
 * frames when it stores the reflection (`framedTextOf`).
 */
export function useReflectionEditor({ entry, handle, onSaved, onTrashed, onDiscarded }: EntryEditorProps) {
  const heading = useTitleAndDate(entry, () => saver.changed());
  const [reflection, setReflection] = useState<Reflection>(() => entry?.reflection ?? emptyReflection());
  const [finished, setFinished] = useState(false);
  const [corrections, setCorrections] = useState(entry?.corrections ?? []);
  const headingId = useId();
  const titleInput = useRef<HTMLInputElement>(null);
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const body = useRef<BodyHandle | null>(null);
  // What a save reads; kept in step with every change, before React re-renders.
  const answers = useRef(reflection);
  const onSavedRef = useRef(onSaved);
  onSavedRef.current = onSaved;
  const pageBody = entry?.body ?? '';

  const autosave = useEntryAutosave({
    entry,
    handle,
    read: (): DraftFields => ({
      kind: 'reflection',
      title: heading.currentTitle(),
      date: heading.savedDate(),
      tags: entry?.tags ?? [],
      body: pageBody,
      reflection: cleanReflection(answers.current),
    }),
    isBlank: (draft: DraftFields) => !draft.title.trim() && (!draft.reflection || isBlankReflection(cleanReflection(answers.current))),
    isUntouched: () => !heading.currentTitle().trim() && isBlankReflection(cleanReflection(answers.current)),
    focusTitle: () => titleInput.current?.focus(),
    noun: 'reflection',
    onSaved,
    onTrashed,
    onDiscarded,
  });
  const { saver } = autosave;

  /** Changes part of the reflection and saves once the person pauses. */
  const change = useCallback(
    (patch: Partial<Reflection>) => {
      answers.current = { ...answers.current, ...patch };
      setReflection(answers.current);
      saver.changed();
    },
    [saver],
  );

  /** The words the journal frames for this reflection, as they stand now. */
  const framedNow = useCallback(() => framedTextOf({ body: pageBody, reflection: cleanReflection(answers.current) }), [pageBody]);
  const onCorrected = useCallback((saved: Entry) => {
    setCorrections(saved.corrections);
    onSavedRef.current(saved);
  }, []);
  const framed = useFramedText({
    body,
    corrections,
    ensureId: autosave.ensureId,
    onCorrected,
    care: false,
    visible: true,
    // The editor holds "what happened", which the framed words hold after the page's own text.
    placeOf: (framedText, editorText) => {
      if (framedText !== framedNow()) return null;
      const at = framedText.indexOf(editorText, pageBody.trim() ? pageBody.length : 0);
      return at >= 0 ? at : null;
    },
  });
  const { update: updateFraming } = framed;
  const careReading = useFraming({ framing: false, care: true });
  const { update: updateCare } = careReading;
  const care = useCareCard(entry?.id ?? null, saver.id, careReading.result?.care);

  useEffect(() => {
    updateCare(reflectionText(cleanReflection(reflection)));
  }, [reflection, updateCare]);

  const step = reflection.currentStep;
  useEffect(() => {
    if (step === 'what-happened' && !finished) updateFraming(framedNow(), true);
  }, [step, finished, updateFraming, framedNow]);

  // Moving between steps puts focus on the new step's question, so it is read out.
  const moved = useRef(false);
  useEffect(() => {
    if (!moved.current) return;
    stepHeading.current?.focus();
  }, [step, finished]);

  function goTo(next: ReflectionStep) {
    moved.current = true;
    setFinished(false);
    if (next !== answers.current.currentStep) change({ currentStep: next });
  }

  function finish() {
    moved.current = true;
    setFinished(true);
    void saver.flush();
  }

  function changeWhatHappened(text: string) {
    change({ whatHappened: text });
    updateFraming(framedNow);
  }

  return { ...autosave, heading, headingId, titleInput, stepHeading, body, reflection, step, finished, corrections, framed, care, change, changeWhatHappened, goTo, finish };
}
