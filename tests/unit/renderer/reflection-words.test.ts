import { describe, expect, it } from 'vitest';
import { ROOT_CAUSES, TACTICAL_MISSTEPS, WHERE_AM_I_WORDS, type RootCauseKind, type TacticalMisstep } from '../../../shared/domain/reflection';
import { rootCauseSentence } from '../../../renderer/src/journal-screen/reflect/steps';
import { WHERE_AM_I_MEANINGS } from '../../../renderer/src/journal-screen/reflect/whereAmIWords';

describe('the root cause in the summary', () => {
  it('reads as one sentence, the tactic keeping its capital I', () => {
    expect(rootCauseSentence({ kind: 'tactical', tactic: 'moved-too-fast' })).toBe('A tactical misstep: I moved too fast.');
    expect(rootCauseSentence({ kind: 'tactical', tactic: 'research-gap' })).toBe('A tactical misstep: My research missed something.');
  });

  it('ends every root, with or without a tactic, with one full stop', () => {
    for (const kind of Object.keys(ROOT_CAUSES) as RootCauseKind[]) {
      expect(rootCauseSentence({ kind, tactic: null })).toBe(`${ROOT_CAUSES[kind]}.`);
    }
    for (const tactic of Object.keys(TACTICAL_MISSTEPS) as TacticalMisstep[]) {
      const sentence = rootCauseSentence({ kind: 'tactical', tactic });
      expect(sentence).toBe(`A tactical misstep: ${TACTICAL_MISSTEPS[tactic]}.`);
      expect(sentence).not.toMatch(/\.\.$|: [a-z]/u);
    }
  });
});

describe('the meanings of the words in step 5', () => {
  it('gives every word offered one plain line, and nothing else', () => {
    expect(Object.keys(WHERE_AM_I_MEANINGS).sort()).toEqual([...WHERE_AM_I_WORDS].sort());
    for (const word of WHERE_AM_I_WORDS) {
      const meaning = WHERE_AM_I_MEANINGS[word];
      expect(meaning, word).toMatch(/^[A-Z].{10,90}\.$/u);
      expect(meaning, word).not.toMatch(/[!\n]/u);
      // A meaning that repeats the word explains nothing.
      expect(meaning.toLowerCase(), word).not.toContain(word);
    }
  });

  it('uses the example line the issue asked for', () => {
    expect(WHERE_AM_I_MEANINGS.disidentification).toBe('Letting go of the old picture of who you were.');
  });
});
