import { describe, expect, it } from 'vitest';
import { describeRootCauseRecurrence, type RootCauseOccurrence } from '../../../shared/domain/root-cause-patterns';

const fast = { kind: 'tactical' as const, tactic: 'moved-too-fast' as const };
const at = (entryId: string, date: string, rootCause: RootCauseOccurrence['rootCause'] = fast): RootCauseOccurrence => ({ entryId, date, rootCause });

describe('root cause patterns', () => {
  it('says nothing the first time', () => {
    expect(describeRootCauseRecurrence([], at('a', '2026-03-04'))).toBeNull();
  });

  it('names the count and when it started, gently', () => {
    const history = [at('a', '2026-03-04'), at('b', '2026-04-10'), at('c', '2026-04-11', { kind: 'tactical', tactic: 'research-gap' })];
    expect(describeRootCauseRecurrence(history, at('d', '2026-05-20'))).toBe(
      'This is the third tactical misstep from moving too fast since March. Worth a gentle look at what keeps leading there?',
    );
  });

  it('counts only earlier entries and names the year when it differs', () => {
    const history = [at('a', '2025-11-04'), at('later', '2026-09-01')];
    expect(describeRootCauseRecurrence(history, at('d', '2026-05-20'))).toMatch(/second .* since November 2025/);
  });

  it('does not make a pattern of the unforeseeable', () => {
    const storm = { kind: 'unforeseeable' as const, tactic: null };
    expect(describeRootCauseRecurrence([at('a', '2026-01-01', storm)], at('b', '2026-02-01', storm))).toBeNull();
  });
});
