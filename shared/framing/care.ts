/**
 * detectCareLanguage: words about self-harm or not wanting to live, so the app
 * can gently offer support. It errs towards noticing: a missed sentence costs
 * far more than an unneeded offer of help. A plain "not" in front
 * ("I don't want to die") is respected; hyperbole like "died laughing" is not
 * language of not wanting to live.
 */
import { isNegated } from './context';
import { compileRule } from './rules/rule';
import { splitSentences } from './sentences';
import { canonicalise, tokenAt, tokenize } from './tokens';
import type { FramingSpan } from './types';

interface CarePattern {
  re: RegExp;
  /** false when the words already carry their own "not" ("don't want to be here anymore") */
  negatable: boolean;
}

function care(pattern: string, negatable = true): CarePattern {
  return { re: compileRule(pattern), negatable };
}

const NOT_HYPERBOLE = '(?! (?:of|from) (?:embarrassment|shame|laughing|laughter|boredom|cringe)| laughing)';

const CARE_PATTERNS: readonly CarePattern[] = [
  care(`(?:want|wanted|wanna|wish|wished|going|ready|tempted|thinking about how) to (?:die|be dead|not be alive|not exist|stop existing|disappear forever|not wake up|never wake up|end it(?: all)?|end my life|kill myself|hurt myself|harm myself|stop living)${NOT_HYPERBOLE}`),
  care('i wish i (?:was|were|had been) (?:dead|never born|gone|not alive)|i wish i had never been born|wish i could (?:just )?(?:die|disappear forever|not exist|stop existing)'),
  care(`(?:kill|killing|killed) myself${NOT_HYPERBOLE}`),
  care('(?:end|ending|ended) (?:my life|it all|everything)|(?:take|taking|took) my (?:own )?life|(?:end|ending) things for good'),
  care('(?:no|nothing|not any) (?:reason|point) (?:to|in) (?:live|living|going on|being alive|being here|carrying on|staying alive)|nothing (?:left )?to live for|not worth living|(?:life|living) (?:is not|is no longer|is not even|feels not) worth (?:it|living)', false),
  care('better off (?:without me|if i (?:was|were|was not|were not) (?:here|around|alive|dead|gone)|with me gone|if i (?:disappeared|died|was gone|were gone|was dead|were dead))', false),
  care('(?:do not|no longer|never) want to (?:be here|be alive|live|exist|wake up|go on|keep going|keep living)(?: anymore| any more| any longer| at all)?(?= \\.| ,| !| ;| and|$| anymore)', false),
  care('(?:do not|no longer) want to (?:be here|be alive|live|exist|wake up|go on)(?: anymore| any more| any longer)', false),
  care('(?:hurt|hurting|harm|harming|cut|cutting|burn|burning|starve|starving|punish my body|hit|hitting) myself(?! (?:shaving|on|while|by accident|accidentally|at|in|playing|lifting|running|cooking|at the|during|when))'),
  care('self-harm|self harm|selfharm|self-harming|self-injury|suicid(?:e|al)|unalive|kms(?= \\.| !|$)'),
  care('overdos(?:e|ed|ing)|(?:take|took|taking|swallow|swallowed) (?:all|the whole bottle of|a bottle of) (?:my |the )?(?:pills|tablets|meds)'),
  care('can not (?:go on|keep going|keep living|carry on)(?: like this| living| anymore| any more| any longer)?', false),
  care('(?:nobody|no one) would (?:notice|care|miss me)(?: if i (?:disappeared|died|was gone|were gone|was not here|were not here))?|if i (?:disappeared|died|was gone|were gone|was not here|were not here)(?: ,)? (?:nobody|no one) would (?:notice|care|miss me)', false),
  care('(?:go to sleep|fall asleep|sleep) and (?:never|not) wake up|want it (?:all )?to (?:end|stop)(?: for good| forever)?'),
  care('(?:the world|everyone|they|my family|my kids|the kids|people) would be better off'),
  care('(?:thinking|thought|thoughts) (?:about|of) (?:dying|ending it|ending my life|not being here|disappearing forever)'),
];

/** Stretches of `text` that speak of self-harm or not wanting to live, in order, not overlapping. */
export function detectCareLanguage(text: string): FramingSpan[] {
  const found: { start: number; end: number }[] = [];
  for (const range of splitSentences(text)) {
    const tokens = tokenize(text, range.start, range.end);
    const canon = canonicalise(tokens);
    for (const pattern of CARE_PATTERNS) {
      pattern.re.lastIndex = 0;
      for (let m = pattern.re.exec(canon.text); m; m = pattern.re.exec(canon.text)) {
        const a = tokenAt(canon, m.index);
        const b = tokenAt(canon, m.index + m[0].length - 1);
        if (pattern.negatable && isNegated(tokens, a)) continue;
        const first = tokens[a];
        const last = tokens[b];
        if (first && last) found.push({ start: first.start, end: last.end });
      }
    }
  }
  found.sort((x, y) => x.start - y.start || y.end - x.end);
  const merged: { start: number; end: number }[] = [];
  for (const f of found) {
    const last = merged[merged.length - 1];
    if (last && f.start <= last.end) last.end = Math.max(last.end, f.end);
    else merged.push({ ...f });
  }
  return merged.map((m) => ({ start: m.start, end: m.end, text: text.slice(m.start, m.end) }));
}
