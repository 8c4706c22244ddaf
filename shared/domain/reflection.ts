import { z } from 'zod';

/**
 * The guided failure reflection: eight optional steps, stored encrypted with the
 * entry. Every list here is vocabulary offered to the person, never a sequence
 * they must follow.
 */
export const REFLECTION_STEPS = [
  'what-happened',
  'holding',
  'root-cause',
  'ownership',
  'where-am-i',
  'learning',
  'next-step',
  'self-compassion',
] as const;
export type ReflectionStep = (typeof REFLECTION_STEPS)[number];

export const HOLDING_CHOICES = {
  weight: 'An all-consuming weight',
  lesson: 'A lesson, or feedback',
  avoid: 'Something I avoid at all costs',
} as const;
export type Holding = keyof typeof HOLDING_CHOICES;

export const ROOT_CAUSES = {
  tactical: 'A tactical misstep',
  emotions: "Emotions or desires I didn't honour",
  unforeseeable: 'Something no one could have foreseen',
} as const;
export type RootCauseKind = keyof typeof ROOT_CAUSES;

export const TACTICAL_MISSTEPS = {
  'trusted-advice': 'I was advised by someone I trusted',
  'research-gap': 'My research missed something',
  'unvetted-direction': "I took a direction I didn't vet",
  overconfidence: 'I thought I knew enough',
  'moved-too-fast': 'I moved too fast',
} as const;
export type TacticalMisstep = keyof typeof TACTICAL_MISSTEPS;

export const GRIEF_WORDS = ['denial', 'anger', 'bargaining', 'depression', 'acceptance'] as const;
export const TRANSITION_WORDS = [
  'disengagement',
  'disidentification',
  'disorientation',
  'letting go',
  're-engagement',
  'discovery',
  'clarity',
  'integration',
] as const;
export const WHERE_AM_I_WORDS = [...GRIEF_WORDS, ...TRANSITION_WORDS] as const;

const answer = z.string().max(20_000).default('');
const listOfOwnWords = z.array(z.string().trim().min(1).max(500)).max(50).default([]);

export const NEXT_STEP_STATUSES = ['open', 'done', 'let-go'] as const;
export type NextStepStatus = (typeof NEXT_STEP_STATUSES)[number];

export const nextStepSchema = z.strictObject({
  text: z.string().trim().max(500),
  status: z.enum(NEXT_STEP_STATUSES).default('open'),
  /** When the person last answered "did you get to it?"; the app asks again later only if still open. */
  checkedAt: z.iso.datetime().nullable().default(null),
});
export type NextStep = z.infer<typeof nextStepSchema>;

export const rootCauseSchema = z.strictObject({
  kind: z.enum(Object.keys(ROOT_CAUSES) as [RootCauseKind, ...RootCauseKind[]]),
  tactic: z.enum(Object.keys(TACTICAL_MISSTEPS) as [TacticalMisstep, ...TacticalMisstep[]]).nullable().default(null),
});
export type RootCause = z.infer<typeof rootCauseSchema>;

export const reflectionSchema = z.strictObject({
  whatHappened: answer,
  holding: z.enum(Object.keys(HOLDING_CHOICES) as [Holding, ...Holding[]]).nullable().default(null),
  rootCause: rootCauseSchema.nullable().default(null),
  mineToOwn: listOfOwnWords,
  notMine: listOfOwnWords,
  whereAmI: z.array(z.enum(WHERE_AM_I_WORDS)).max(WHERE_AM_I_WORDS.length).default([]),
  learned: answer,
  carryForward: answer,
  setFree: answer,
  nextStep: nextStepSchema.nullable().default(null),
  hardPart: answer,
  toAFriend: answer,
  /** The step the person was on, so the reflection reopens where they left it. */
  currentStep: z.enum(REFLECTION_STEPS).default('what-happened'),
});
export type Reflection = z.infer<typeof reflectionSchema>;
export type ReflectionInput = z.input<typeof reflectionSchema>;

export function emptyReflection(): Reflection {
  return reflectionSchema.parse({});
}

/** All the words of a reflection, for search and for the framing view. */
export function reflectionText(reflection: Reflection): string {
  return [
    reflection.whatHappened,
    ...reflection.mineToOwn,
    ...reflection.notMine,
    reflection.learned,
    reflection.carryForward,
    reflection.setFree,
    reflection.nextStep?.text ?? '',
    reflection.hardPart,
    reflection.toAFriend,
  ]
    .filter((part) => part.trim())
    .join('\n');
}
