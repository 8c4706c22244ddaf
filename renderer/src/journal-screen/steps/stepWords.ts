import type { ApiResponse } from '../../../../shared/api/contract';
import type { NextStepStatus } from '../../../../shared/domain/reflection';

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
