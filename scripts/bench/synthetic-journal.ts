import type { EntryDraftInput } from '../../shared/domain/entry';
import { GRIEF_WORDS, TACTICAL_MISSTEPS, type TacticalMisstep } from '../../shared/domain/reflection';
import { pick } from './random';

const SENTENCES = [
  'I missed the deadline because I did not flag the blocker when I first saw it.',
  'The meeting ran long and I felt tired by the end of it.',
  'I am such a failure, I always ruin everything.',
  'My manager gave the project to someone else without asking me.',
  'Next week I will block two hours each morning for the report.',
  'We walked along the river after dinner and talked about the move.',
  'I felt crushed reading the email, but I read it twice.',
  'It was the vendor who broke the build, not us.',
  'I skipped the review because I thought I knew enough.',
  'The weather turned cold and the garden needs covering.',
  'I apologised to Sam for snapping during standup.',
  'Nobody ever listens to me in those meetings.',
  'The budget is at four thousand two hundred for the quarter.',
  'I learned that I rush when I am anxious, and I want to slow down.',
  'Maybe I deserve this after everything.',
  'Ran five kilometres before work and the legs felt heavy.',
];
const TAGS = ['work', 'family', 'health', 'money', 'friends', 'study', 'home', 'career', 'sleep', 'running'];

function paragraph(random: () => number, targetChars: number): string {
  let text = '';
  while (text.length < targetChars) text += `${pick(random, SENTENCES)} `;
  return text.trim();
}

function dateIn(random: () => number, startYear: number, years: number): string {
  const day = new Date(Date.UTC(startYear, 0, 1) + Math.floor(random() * years * 365) * 86_400_000);
  return day.toISOString().slice(0, 10);
}

export interface SyntheticItem {
  draft: EntryDraftInput;
  /** A sentence whose label the synthetic person corrects, for a quarter of entries. */
  correction: { sentence: string; label: 'accountability' } | null;
}

/**
 * About 2 KB entries over ten years; a quarter are guided reflections with a framing
 * correction, and `steps` of those carry a small next step.
 */
export function syntheticEntries(random: () => number, count: number, steps: number): SyntheticItem[] {
  const items: SyntheticItem[] = [];
  let stepsLeft = steps;
  for (let i = 0; i < count; i++) {
    const isReflection = i % 4 === 0;
    const body = paragraph(random, 1900);
    const base = {
      title: `Day ${i + 1}: ${pick(random, SENTENCES).slice(0, 40)}`,
      date: dateIn(random, 2016, 10),
      body,
      tags: [pick(random, TAGS), pick(random, TAGS)],
    };
    if (!isReflection) {
      items.push({ draft: base, correction: null });
      continue;
    }
    const tactic = pick(random, Object.keys(TACTICAL_MISSTEPS) as TacticalMisstep[]);
    const withStep = stepsLeft-- > 0;
    items.push({
      draft: {
        ...base,
        kind: 'reflection',
        body: '',
        reflection: {
          whatHappened: body,
          holding: pick(random, ['weight', 'lesson', 'avoid'] as const),
          rootCause: { kind: 'tactical', tactic },
          mineToOwn: [pick(random, SENTENCES)],
          notMine: [pick(random, SENTENCES)],
          whereAmI: [pick(random, GRIEF_WORDS)],
          learned: pick(random, SENTENCES),
          nextStep: withStep ? { text: 'Write down three things that went well' } : null,
        },
      },
      correction: { sentence: SENTENCES[2]!, label: 'accountability' },
    });
  }
  return items;
}

/** A long entry for timing the analyzer: real sentences, about `words` words. */
export function longEntry(random: () => number, words: number): string {
  const parts: string[] = [];
  let count = 0;
  while (count < words) {
    const sentence = pick(random, SENTENCES);
    parts.push(sentence);
    count += sentence.split(/\s+/).length;
  }
  return parts.join(' ');
}
