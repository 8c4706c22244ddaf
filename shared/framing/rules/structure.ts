/**
 * Signs the lexicons of the other rule files did not name, found in writing
 * none of those rules were written from: ownership in words other than
 * "fault", a verdict in formal register, ranking oneself below someone close,
 * and turning reassurance down. Each is a shape of clause, not a phrase.
 */
import { rule, type Rule } from './rule';

export const STRUCTURE_RULES: readonly Rule[] = [
  // "The overdraft sits with me"; "none of it lands on me" is turned around by its "none".
  rule({
    id: 'accountability.ownership-words',
    label: 'accountability',
    kind: 'owns it',
    weight: 0.9,
    pattern: '(?:sits|sat|rests|rested|lies|lay|lands|landed|falls|fell|stays) (?:squarely |firmly |entirely |completely )?(?:with|on) me',
  }),
  // "That part was my doing", "not checking the forecast was mine": a "not" before it belongs to the act owned.
  rule({
    id: 'accountability.was-mine',
    label: 'accountability',
    kind: 'owns it',
    weight: 0.9,
    negatable: false,
    pattern: '(?:was|is) (?:all |entirely |squarely )?(?:my doing|mine to own|mine to carry|mine)(?= [,.;!]| but| and|$)',
  }),
  // "There is nothing in me worth keeping", "not much about me to love".
  rule({
    id: 'shame.nothing-in-me',
    label: 'shame',
    kind: 'a verdict on your worth',
    weight: 1,
    negatable: false,
    pattern: '(?:nothing|not much|very little|little) (?:in|about|to) me (?:worth|to (?:love|like|want|keep|stay for))',
  }),
  // "The evidence points to a basic flaw in my character", "a fundamental deficiency in me".
  rule({
    id: 'shame.formal-deficiency',
    label: 'shame',
    kind: 'a verdict on your character',
    weight: 1.1,
    pattern:
      '(?:fundamental|basic|deep|core|inherent|innate|serious|real|structural|profound) (?:defect|deficiency|flaw|failing|weakness|lack|problem|rot) (?:in|of|with) (?:my (?:character|nature|make-up|makeup|personality|being|wiring)|me|who i am)',
  }),
  // "My sister got the competent genes", "he inherited all the brains in our family".
  rule({
    id: 'shame.ranked-below-someone-close',
    label: 'shame',
    kind: 'ranks you below someone else',
    weight: 0.9,
    subjects: ['other', 'unknown'],
    pattern:
      '(?:got|inherited|has|had|took|ended up with|received) (?:all )?the (?:brains|looks|talent|gifts|good genes|[^ ]+ genes|[^ ]+ gene)(?: in (?:this|the|our|my) family)?',
  }),
  // "People say one bad season doesn't define you; mine does." "For me it means everything."
  rule({
    id: 'shame.turns-down-reassurance',
    label: 'shame',
    kind: 'turns the reassurance down',
    weight: 0.9,
    personal: false,
    pattern: '(?:mine does|mine did|mine will|in my case it does|for me it (?:does|did|means everything|is everything|is the whole story))',
  }),
  // "I deserve to be paid for the overtime", "we deserve a holiday": deserving something good is no verdict.
  // Weighed at nothing, it is kept so the learned part knows a "deserve" was looked at and set aside.
  rule({
    id: 'shame.deserves-good',
    label: 'shame',
    kind: 'says you deserve something good, which is no verdict on you',
    weight: 0,
    negatable: false,
    pattern:
      '(?:deserve|deserves|deserved) (?:' +
      [
        'to (?:be (?:paid|happy|promoted|thanked|heard|treated (?:well|fairly|properly)|respected|rewarded|recognised|recognized|credited|compensated|safe|loved)|get (?:paid|a raise|a break|some rest|credit|the job|a chance)|rest|relax|celebrate)',
        'a (?:break|rest|holiday|raise|pay rise|day off|chance|fair hearing|treat|promotion)',
        '(?:some )?(?:rest|credit|respect|praise|better pay|a fair deal)',
      ].join('|') +
      ')',
  }),
  // "My boss blamed me for the delay", "she accused me of lying": a report of someone else's accusation,
  // which is neither the writer's blame nor their verdict until they take a side. Found, then set aside.
  rule({
    id: 'blame.reported-accusation',
    label: 'blame',
    kind: 'reports that someone put it on you',
    weight: 0,
    negatable: false,
    personal: false,
    subjects: ['other', 'mine', 'unknown'],
    pattern: '(?:blamed|blames|accused|accuses|faulted|criticised|criticized|yelled at|shouted at|told off|pinned it on) me',
  }),
  // "The project failed in May", "the shop went under": a thing failing is an event, neither someone's
  // doing nor a verdict on anyone. Found, then set aside, for both readings it could be mistaken for.
  ...(['blame', 'shame'] as const).map((label) =>
    rule({
      id: `${label}.a-thing-failed`,
      label,
      kind: 'says a thing failed, which is an event',
      weight: 0,
      negatable: false,
      personal: false,
      subjects: ['unknown', 'mine', 'other'],
      pattern: '(?:failed|collapsed|fell through|went under|went bust|flopped|folded|crashed|broke down)(?= in | last | this | on | after | and | ,| \\.|$)',
    }),
  ),
];
