import { REFLECTION_STEPS, ROOT_CAUSES, TACTICAL_MISSTEPS, type Reflection, type ReflectionStep, type RootCause } from '../../../../shared/domain/reflection';

/** The steps as the person sees them: a short name for the list, the question itself as the heading. */
export const STEP_TEXT: Readonly<Record<ReflectionStep, { short: string; heading: string }>> = {
  'what-happened': { short: 'What happened', heading: 'What happened?' },
  holding: { short: 'How I hold it', heading: 'How am I holding it?' },
  'root-cause': { short: 'The root', heading: 'The one root cause' },
  ownership: { short: 'Mine, and not mine', heading: "What's mine to own, and what's not" },
  'where-am-i': { short: 'Where I am', heading: 'Where am I?' },
  learning: { short: 'What I learned', heading: 'What did I learn?' },
  'next-step': { short: 'A small next step', heading: 'One small next step' },
  'self-compassion': { short: 'Kindness', heading: 'This is hard' },
};

/** An earlier answer carried forward into a later step. */
export type CarriedPart = 'whatHappened' | 'mineToOwn' | 'carryForward';

/**
 * The earlier answer each step quotes beside its own question. "Your words so far"
 * leaves that one out on that step, so the person's words show once.
 */
export const CARRIED_IN_STEP: Readonly<Partial<Record<ReflectionStep, CarriedPart>>> = {
  ownership: 'whatHappened',
  learning: 'mineToOwn',
  'next-step': 'carryForward',
};

/**
 * The root cause as one sentence: "A tactical misstep: I moved too fast." The tactic
 * keeps its own capitals ("I", "My"), since it is the person speaking.
 */
export function rootCauseSentence(rootCause: RootCause): string {
  const root = ROOT_CAUSES[rootCause.kind];
  const tactic = rootCause.kind === 'tactical' && rootCause.tactic ? TACTICAL_MISSTEPS[rootCause.tactic] : null;
  return tactic ? `${root}: ${tactic}.` : `${root}.`;
}

export function stepNumber(step: ReflectionStep): number {
  return REFLECTION_STEPS.indexOf(step) + 1;
}

/** Whether the person wrote or chose anything in a step. */
export function isAnswered(reflection: Reflection, step: ReflectionStep): boolean {
  switch (step) {
    case 'what-happened':
      return reflection.whatHappened.trim() !== '';
    case 'holding':
      return reflection.holding !== null;
    case 'root-cause':
      return reflection.rootCause !== null;
    case 'ownership':
      return reflection.mineToOwn.some((item) => item.trim()) || reflection.notMine.some((item) => item.trim());
    case 'where-am-i':
      return reflection.whereAmI.length > 0;
    case 'learning':
      return [reflection.learned, reflection.carryForward, reflection.setFree].some((text) => text.trim());
    case 'next-step':
      return Boolean(reflection.nextStep?.text.trim());
    case 'self-compassion':
      return [reflection.hardPart, reflection.toAFriend].some((text) => text.trim());
  }
}

export function isBlankReflection(reflection: Reflection): boolean {
  return REFLECTION_STEPS.every((step) => !isAnswered(reflection, step));
}

/** What is saved: lists without empty lines, a next step only if it has words. */
export function cleanReflection(reflection: Reflection): Reflection {
  const lines = (items: string[]) => items.map((item) => item.trim()).filter(Boolean);
  const step = reflection.nextStep;
  return {
    ...reflection,
    mineToOwn: lines(reflection.mineToOwn),
    notMine: lines(reflection.notMine),
    nextStep: step && step.text.trim() ? { ...step, text: step.text.trim() } : null,
  };
}
