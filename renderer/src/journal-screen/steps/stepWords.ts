import type { ApiResponse } from '../../../../shared/api/contract';
import type { OwnStep } from '../../../../shared/domain/own-step';
import type { NextStepStatus } from '../../../../shared/domain/reflection';
import type { WinPrefill } from '../MainContext';

export type OpenStep = ApiResponse<'steps.list'>['steps'][number];

const DAY_MS = 24 * 60 * 60 * 1000;

/** A step worth asking about: made more than a day ago, and not asked about in the last day. */
export function isDue(step: OpenStep, now = Date.now()): boolean {
  const made = Date.parse(step.createdAt);
  const checked = step.checkedAt ? Date.parse(step.checkedAt) : null;
  return now - made >= DAY_MS && (checked === null || now - checked >= DAY_MS);
}

/** A quiet acknowledgement, nothing more: no counts, no streaks. */
export function settledWords(status: NextStepStatus, text: string): string {
  if (status === 'done') return `Done: “${text}”.`;
  if (status === 'let-go') return `Let go: “${text}”. It's off your list.`;
  return `“${text}” stays on your list. No rush.`;
}

export function addedWords(text: string): string {
  return `“${text}” is on your list.`;
}

/** What an acknowledgement says, and the win it offers to keep, if any. */
export interface Acknowledgement {
  text: string;
  win: WinPrefill | null;
}

/** A reflection's step, done, can be kept as a win that links back to its reflection. */
export function reflectionStepAck(status: NextStepStatus, step: Pick<OpenStep, 'entryId' | 'text'>): Acknowledgement {
  return {
    text: settledWords(status, step.text),
    win: status === 'done' ? { story: step.text, entryIds: [step.entryId], origin: { from: 'reflection-step', id: step.entryId } } : null,
  };
}

/** The words a settled own step becomes as a win. */
export function ownStepWin(step: Pick<OwnStep, 'id' | 'text'>): WinPrefill {
  return { story: step.text, entryIds: [], origin: { from: 'own-step', id: step.id } };
}

export function ownStepAck(status: NextStepStatus, step: Pick<OwnStep, 'id' | 'text'>): Acknowledgement {
  return { text: settledWords(status, step.text), win: status === 'done' ? ownStepWin(step) : null };
}

/**
 * The lists after an own step is answered: "not yet" leaves it where it is, done
 * or let go moves it to the top of the settled list (newest first, as the journal keeps it).
 */
export function afterSettling(lists: { open: OwnStep[]; settled: OwnStep[] }, saved: OwnStep): { open: OwnStep[]; settled: OwnStep[] } {
  if (saved.status === 'open') return { open: lists.open.map((step) => (step.id === saved.id ? saved : step)), settled: lists.settled };
  return {
    open: lists.open.filter((step) => step.id !== saved.id),
    settled: [saved, ...lists.settled.filter((step) => step.id !== saved.id)],
  };
}

/** The row that takes focus when one leaves a list: the next, else the one before, else none. */
export function neighbourOf(ids: readonly string[], gone: string): string | null {
  const at = ids.indexOf(gone);
  if (at < 0) return null;
  return ids[at + 1] ?? ids[at - 1] ?? null;
}
