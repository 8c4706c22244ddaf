/**
 * Agreement with a verdict said earlier, by someone else or by the writer's
 * younger self: "he was right", "she had me figured out", "this proves it".
 * These take their label from what they agree with (see analyze.ts); the
 * weight here is what they carry when nothing earlier is found.
 */
import { rule, type Rule } from './rule';

export const ADOPTION_RULES: readonly Rule[] = [
  rule({
    id: 'adoption.they-were-right',
    label: 'shame',
    kind: 'agrees with what was said',
    weight: 0,
    adoption: true,
    personal: false,
    negatable: true,
    pattern:
      [
        // who: someone named or referred to
        "(?:he|she|they|you|dad|mom|mum|father|mother|coach|[^ ]+) " +
          // was, is, would be...
          "(?:was|is|were|are|would be|will be|might be|may be|might have been) " +
          // an optional intensifier
          "(?:totally |completely |absolutely |probably |so |dead |100% |right |honestly |kind of |basically )?" +
          // right about it
          "(?:right|correct|not wrong|onto something|spot on)(?: all along| about me| after all)?",
        "(?:he|she|they|you|[^ ]+) (?:had|has|have|got|gets) it (?:exactly |dead |about |just )?right",
        "(?:he|she|they|[^ ]+) (?:called|nailed) it",
        "(?:and )?that is the truth of it",
        "(?:had|has|have) me (?:all )?figured out",
        "(?:i agree|i have to agree|i cannot disagree) with (?:him|her|them)",
        "(?:can not|could not) argue with (?:that|him|her|them)",
        "turns out (?:he|she|they|i) (?:was|were) right",
        "(?:fair|good) point",
        "(?:they|he|she|you) (?:have|has|had) a point",
        "(?:hard|impossible) to argue with",
        "(?:it|that) (?:is|was) fair(?= \\.| ,|$)",
        "i (?:can see|see) (?:why|their point|his point|her point|what (?:he|she|they) mean)",
      ].join('|'),
  }),
  rule({
    id: 'adoption.proves-it',
    label: 'shame',
    kind: 'treats the setback as proof of an old verdict',
    weight: 0.7,
    adoption: true,
    personal: false,
    negatable: true,
    pattern:
      "(?:proves|proved|prove|confirms|confirmed|confirm|showed me|shows|showed|show|just proves|only proves) (?:it|that|them right|him right|her right|what i (?:already |always )?knew|i was right|they were right|he was right|she was right|everything)|(?:made|makes|just made) official what i(?: have| had)? (?:always |already )?known|what i (?:already|always) knew|i was right all along",
  }),
];
