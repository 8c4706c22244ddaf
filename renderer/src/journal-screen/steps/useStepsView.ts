import { useState, type RefObject } from 'react';
import type { OwnStep } from '../../../../shared/domain/own-step';
import type { NextStepStatus } from '../../../../shared/domain/reflection';
import { bounce } from '../../api';
import { useLoaded } from '../../lib/useLoaded';
import { useRowFocus } from './useRowFocus';
import { addedWords, afterSettling, ownStepAck, reflectionStepAck, type Acknowledgement, type OpenStep } from './stepWords';

/**
 * What the Small steps screen holds: the steps reflections ended with, the person's
 * own, practices waiting to be tried, and the settled ones; the acknowledgement
 * after each answer, and where focus goes when a row leaves.
 */
export function useStepsView(headings: { reflection: RefObject<HTMLElement | null>; own: RefObject<HTMLElement | null> }) {
  const reflection = useLoaded(async () => (await bounce().steps.list({})).steps);
  const own = useLoaded(() => bounce().steps.own({}));
  // Said in the part of the page where the step was answered.
  const [ack, setAck] = useState<(Acknowledgement & { where: 'own' | 'reflection' }) | null>(null);
  const reflectionFocus = useRowFocus(headings.reflection);
  const ownFocus = useRowFocus(headings.own);

  function reflectionSettled(step: OpenStep, status: NextStepStatus) {
    setAck({ ...reflectionStepAck(status, step), where: 'reflection' });
    if (status === 'open') return void reflection.load();
    reflectionFocus.leaving(
      (reflection.value ?? []).map((row) => row.entryId),
      step.entryId,
    );
    reflection.setValue((rows) => rows?.filter((row) => row.entryId !== step.entryId) ?? null);
  }

  async function settleOwn(step: OwnStep, status: NextStepStatus) {
    const saved = await bounce().steps.settleOwn({ id: step.id, status });
    setAck({ ...ownStepAck(status, saved), where: 'own' });
    if (status !== 'open') {
      ownFocus.leaving(
        (own.value?.open ?? []).map((row) => row.id),
        step.id,
      );
    }
    own.setValue((lists) => (lists ? { ...lists, ...afterSettling(lists, saved) } : lists));
  }

  /** Adds a step in the person's words; rejects with the reason if it could not be kept. */
  async function addOwn(text: string) {
    const saved = await bounce().steps.add({ text });
    own.setValue((lists) => (lists ? { ...lists, open: [...lists.open, saved] } : lists));
    setAck({ text: addedWords(saved.text), win: null, where: 'own' });
  }

  const nothingAtAll =
    reflection.value !== null &&
    own.value !== null &&
    reflection.value.length === 0 &&
    own.value.open.length === 0 &&
    own.value.settled.length === 0 &&
    own.value.waiting.length === 0;

  return {
    reflectionSteps: reflection.value,
    own: own.value,
    error: reflection.error ?? own.error,
    ack,
    nothingAtAll,
    reflectionRow: reflectionFocus.rowRef,
    ownRow: ownFocus.rowRef,
    reflectionSettled,
    settleOwn,
    addOwn,
  };
}
