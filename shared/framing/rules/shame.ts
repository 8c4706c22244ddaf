/**
 * Signs that a sentence treats a setback as a verdict on who the writer is:
 * identity labels, global and permanent attributions, deserving it,
 * inferiority, wanting to hide out of self-disgust, self-punishment passed off
 * as responsibility, and questions aimed at the self instead of the event.
 */
import {
  FEEL_VERDICT_WORDS,
  IDENTITY_ADJECTIVES,
  IDENTITY_NOUNS,
  MILD_IDENTITY_NOUNS,
  ROLE_NOUNS,
  ROLE_VERDICT_ADJECTIVES,
} from '../lexicon';
import { oneOf } from '../patterns';
import { rule, type Rule } from './rule';

const NOUN = oneOf(IDENTITY_NOUNS);
/** Nouns that read as a verdict even after "I feel like"; "I feel like an idiot" is embarrassment, not one of them. */
const FEEL_LIKE_NOUN = oneOf([
  'failure', 'loser', 'fraud', 'burden', 'disappointment', 'disgrace', 'waste of space', 'joke', 'nobody', 'impostor',
  'imposter', 'screwup', 'screw-up', 'fuckup', 'embarrassment', 'monster', 'bad person', 'terrible person', 'letdown',
]);
const ADJ = oneOf(IDENTITY_ADJECTIVES);
const ROLE = oneOf(ROLE_NOUNS);
const ROLE_ADJ = oneOf(ROLE_VERDICT_ADJECTIVES);

const ADV =
  '(?:just|really|such|so|truly|basically|literally|honestly|officially|clearly|obviously|completely|totally|fundamentally|utterly|only|still|always|actually|genuinely|seriously|simply|probably|definitely|kind of|sort of|pretty much|nothing but|no better than|nothing more than|forever|now|also|nothing more than|at heart|at my core|deep down)';
const DET = '(?:a|an|the|one|this|that same)';
const INTENS =
  '(?:total|complete|absolute|utter|real|huge|massive|giant|big|fucking|freaking|damn|pathetic|same|biggest|walking|living|constant|permanent|born|natural|colossal|certified|useless|lazy|stupid|old|middle-aged|worthless|sad|little|pitiful)';

/** "a terrible mother", "a useless old man", "a sorry excuse for a friend" */
const ROLE_VERDICT = `${ROLE_ADJ} (?:(?:and|,) ${ROLE_ADJ} )?(?:[^ ]+ )?${ROLE}`;
const WORD = '(?!(?:not|never|no|than|like|and|but) )[^ "(),.;:!?]+';
// Any word can follow "excuse for a" or "a failure as a"; the phrase itself carries the verdict.
const LABEL = `(?:${ROLE_VERDICT}|(?:${WORD} (?:, )?){0,2}?(?:excuse|joke|failure|disgrace) (?:for|of) (?:a|an) ${WORD}|(?:${WORD} (?:, )?){0,2}?${NOUN})(?: as (?:a |an )?${WORD})?`;

const COPULA_NOW =
  '(?:am|have (?:always |now |officially |just |finally )?(?:been|become)|will (?:always |forever |only |just |probably )?be|(?:have )?turned into|became|remain|keep being|must be|might be|may be|(?:have )?turned out to be|(?:have )?ended up (?:being|as))';
const BEHAVIOUR_NEXT = '(?! (?:to|with|toward|towards|about|at|in front|on|when|during|this|that|last|today|yesterday|tonight|earlier)(?: |$))';

const NEG_SELF_VERB =
  '(?:choke|chokes|choked|crumble|crumbles|fold|folds|cave|caves|bottle it|blow it|blows it|ruin|ruins|ruined|ruining|wreck|wrecks|wrecked|wrecking|destroy|destroys|destroyed|destroying|sabotage|sabotages|sabotaged|mess up|messes up|messed up|messing up|screw up|screws up|screwed up|screwing up|fuck up|fucks up|fucked up|spoil|spoils|spoiled|spoilt|fail at|fail|fails|failed at|let down|lets down|let|letting|disappoint|disappoints|disappointed|hurt|hurts|poison|poisons|poisoned|break|breaks|mess|messes|screw|screws)';
const GLOBAL_OBJECT =
  '(?:everything|everyone|everybody|every (?:[^ ]+ ){0,2}?(?:thing|one|time|relationship|job|friendship|chance|opportunity|person|good thing)|all of it|anything good|anything i touch|it all|every single (?:[^ ]+ )?(?:thing|time|one|person)|every (?!time|day|week|morning|night)[^ ]+|all of them|all the time|at everything|at anything|at life|things every time|it every time|every good)';
const GLOBAL_WORD = /\b(?:always|never|every(?:thing|one|body)?|anything|nothing|all|forever|everyone else|like me)\b/u;

export const SHAME_RULES: readonly Rule[] = [
  // Identity labels.
  rule({
    id: 'shame.identity-label',
    label: 'shame',
    kind: 'an identity label',
    weight: 1.2,
    pattern: `i ${COPULA_NOW} (?:, )?(?:${ADV} )*(?:${DET} )?(?:${INTENS} )*${LABEL}`,
  }),
  rule({
    id: 'shame.identity-label-past',
    label: 'shame',
    kind: 'an identity label',
    weight: 1.0,
    pattern: `i was (?:, )?(?:${ADV} )*(?:${DET} )?(?:${INTENS} )*${LABEL}`,
  }),
  rule({
    id: 'shame.identity-word',
    label: 'shame',
    kind: 'an identity label',
    weight: 1.2,
    pattern: `i ${COPULA_NOW} (?:, )?(?:${ADV} )*${ADJ}(?: (?:and|,|, and|&) (?:${ADV} )*${ADJ})*${BEHAVIOUR_NEXT}`,
  }),
  rule({
    id: 'shame.identity-word-past',
    label: 'shame',
    kind: 'an identity label',
    weight: 0.8,
    pattern: `i was (?:, )?(?:${ADV} )*${ADJ}(?: (?:and|,|, and|&) (?:${ADV} )*${ADJ})*${BEHAVIOUR_NEXT}`,
  }),
  rule({
    id: 'shame.how-bad-i-am',
    label: 'shame',
    kind: 'an identity label',
    weight: 1.1,
    negatable: false,
    pattern: `how (?:${ADJ}|much of (?:a|an) (?:${INTENS} )?${NOUN}|big (?:a|an) ${NOUN}) i (?:really |truly |actually |secretly )?(?:am|have become|turned out)`,
  }),
  rule({
    id: 'shame.deserve-someone-better',
    label: 'shame',
    kind: 'a sense of not deserving good things',
    weight: 1.0,
    pattern: `(?:deserve|deserves|deserved) (?:a |an )(?:better |real |proper |different |good |decent |normal |functioning |stable )?${ROLE} (?:who|that)`,
  }),
  rule({
    id: 'shame.not-even',
    label: 'shame',
    kind: 'a "not" that deepens the verdict',
    weight: 1.2,
    negatable: false,
    pattern: `i am not even (?:${DET} )?(?:${INTENS} )?(?:${LABEL}|${ADJ}|good enough|worth (?:it|anything|the effort)|a person|human)`,
  }),
  rule({
    id: 'shame.worst-of-all',
    label: 'shame',
    kind: 'an identity label',
    weight: 1.1,
    pattern:
      'i am (?:always |just |clearly |officially |literally |probably )?the (?:slowest|dumbest|stupidest|weakest|laziest|ugliest|fattest|worst|saddest|most (?:useless|pathetic|hopeless|boring|annoying|incompetent|disappointing|forgettable)|least (?:talented|capable|successful|attractive|interesting|lovable|likable|useful|competent|intelligent|smart))(?:(?: ,| and) (?:slowest|dumbest|stupidest|weakest|laziest|worst|most [^ ]+|least [^ ]+))*(?: (?:person|one|member|employee|student|human|man|woman|kid|parent|mother|father|friend|player|writer))?',
  }),
  rule({
    id: 'shame.identity-mild',
    label: 'shame',
    kind: 'an identity label',
    weight: 0.4,
    pattern: `i (?:am|was|have become|feel like) (?:${ADV} )*(?:${DET} )?(?:${INTENS} )*${oneOf(MILD_IDENTITY_NOUNS)}`,
  }),
  rule({
    id: 'shame.feels-like-verdict',
    label: 'shame',
    kind: 'an identity label',
    weight: 1.0,
    pattern: `i (?:just |really |honestly |sometimes |often |always |still |only )?(?:feel|keep feeling) (?:so |like such |completely |totally |utterly |absolutely |such )?(?:${oneOf(FEEL_VERDICT_WORDS)}|like (?:such )?(?:a|an) (?:total |complete |utter |absolute |massive |huge |useless |pathetic |worthless )*(?:${ROLE_VERDICT}|${FEEL_LIKE_NOUN}))`,
  }),
  rule({
    id: 'shame.kind-of-person',
    label: 'shame',
    kind: 'an identity label',
    weight: 1.3,
    pattern:
      'i (?:am|was) (?:just |really |clearly |obviously |simply |always )?(?:(?:the|that|a|one) (?:kind|sort|type) of (?:[^ ]+ ){1,2}?|the (?:one|person|guy|girl|idiot) )(?:who|that) (?:always |just |only |inevitably |somehow |eventually )?(?:ruins|wrecks|destroys|messes|screws|fails|lets|gives up|quits|disappoints|sabotages|pushes|drives|can not|never|breaks|loses|blows|chokes|hurts|ends up|fucks|ruin|wreck|destroy|mess|screw|fail|let|give up|quit|disappoint)',
  }),
  rule({
    id: 'shame.the-bad-one',
    label: 'shame',
    kind: 'an identity label',
    weight: 1.0,
    pattern:
      'i (?:am|was) (?:always |just |forever |still )?the (?:dumb|stupid|weak|useless|worst|ugly|fat|lazy|failed|disappointing|slow|bad|difficult|broken|black sheep|screwup|screw-up|failure|problem) (?:one|child|kid|sibling|son|daughter|of the family|in the family)',
  }),
  rule({
    id: 'shame.what-a-label',
    label: 'shame',
    kind: 'an identity label',
    weight: 1.2,
    pattern: `what (?:a|an) (?:${INTENS} )?${LABEL}(?: of (?:a |an )?${WORD})? i (?:am|was|have become|turned into|have turned into|became|have been|turned out to be|have turned out to be|ended up being|ended up as)`,
  }),
  rule({
    id: 'shame.bare-label',
    label: 'shame',
    kind: 'an identity label',
    weight: 0.9,
    pattern:
      '^(?:(?:such|what) (?:a|an) (?:total |complete |absolute |utter |fucking |massive |huge |pathetic |stupid |useless )?(?:idiot|moron|loser|fool|failure|fraud|screwup|screw-up|fuckup|disappointment|embarrassment|disgrace|waste of space|dumbass|clown|imbecile|coward)|(?:idiot|moron|loser|pathetic|useless|worthless|stupid|failure|dumbass|lazy|incompetent|clueless|spineless|hopeless))(?= \\.| !| ,|$)',
  }),
  rule({
    id: 'shame.bare-exclamation',
    label: 'shame',
    kind: 'an identity label',
    weight: 0.9,
    pattern: `^what (?:a|an) (?:${INTENS} |${ROLE_ADJ} )*(?:excuse|joke|failure|disgrace|embarrassment) (?:for|of) (?:a|an) ${ROLE}|^what (?:a|an) ${ROLE_VERDICT}(?= \\.| !|$)`,
  }),
  rule({
    id: 'shame.label-like-me',
    label: 'shame',
    kind: 'an identity label',
    weight: 0.9,
    pattern: `(?:a|an|the|some) (?:[^ ]+ ){0,2}?(?:${NOUN}|${ROLE_VERDICT}) like me`,
  }),
  rule({
    id: 'shame.makes-me-label',
    label: 'shame',
    kind: 'an identity label',
    weight: 1.0,
    pattern: `(?:(?:makes|made|proves|proved|means|make|prove|mean|confirms) (?:me|i am)|(?:called|calls|call|labelled|labeled|named) (?:me|myself)) (?:${DET} )?(?:${INTENS} )?(?:${LABEL}|${ADJ})`,
  }),

  // Global and stable attributions.
  rule({
    id: 'shame.ruins-everything',
    label: 'shame',
    kind: 'a global word',
    weight: 1.2,
    focus: GLOBAL_WORD,
    pattern: `i (?:always |just |only |constantly |inevitably |somehow |seem to |manage to |will always |always end up |end up |keep |keep on |will )*${NEG_SELF_VERB} (?:[^ ]+ ){0,2}?${GLOBAL_OBJECT}`,
  }),
  rule({
    id: 'shame.always-fails',
    label: 'shame',
    kind: 'a global word',
    weight: 1.0,
    focus: GLOBAL_WORD,
    pattern: `i (?:will |would )?(?:always|constantly|inevitably|invariably) (?:[^ ]+ )?${NEG_SELF_VERB}`,
  }),
  rule({
    id: 'shame.thats-who-i-am',
    label: 'shame',
    kind: 'says this is simply who you are',
    weight: 1.1,
    pattern:
      '(?:the way|like|as) i always (?:do|have|will|did)|(?:that is|this is|it is) (?:just |simply |always )?what i (?:always )?do|i do this every (?:single )?time|every (?:single )?time , every (?:single )?time|(?:that is|this is|it is) (?:just |simply )?(?:who|what|how) i am(?= \\.| ,| !| ;| -|$| and)|(?:that is|this is) (?:just )?the (?:kind|type|sort) of person i am|story of my life',
  }),
  rule({
    id: 'shame.cant-do-anything-right',
    label: 'shame',
    kind: 'a global word',
    weight: 1.2,
    negatable: false,
    focus: GLOBAL_WORD,
    pattern:
      'i (?:can not|could not|will never be able to|never|can never|could never|just can not) (?:seem to )?(?:even )?(?:do|get) (?:anything|a single thing|one thing|things|it|nothing) right',
  }),
  rule({
    id: 'shame.cannot-function',
    label: 'shame',
    kind: 'a global verdict on what you can do',
    weight: 1.0,
    negatable: false,
    pattern:
      'i (?:genuinely |literally |just |seriously |really |honestly |clearly |simply )?(?:can not|am unable to|am incapable of|could not) (?:even )?(?:function|adult|handle life|handle anything|be trusted with anything|get my life together|keep it together|get it together|be a functioning)(?: as an adult| like a normal person| like an adult| like everyone else)?',
  }),
  rule({
    id: 'shame.cant-even',
    label: 'shame',
    kind: 'a global verdict on what you can do',
    weight: 0.5,
    negatable: false,
    pattern:
      'i (?:can not|could not) even (?!say|begin|believe|imagine|think|describe|explain|look|write|sleep|eat|breathe|remember|tell|process|cry|focus)[^ ]+',
  }),
  rule({
    id: 'shame.never-finish-anything',
    label: 'shame',
    kind: 'a global word',
    weight: 1.1,
    negatable: false,
    focus: GLOBAL_WORD,
    pattern:
      '(?:can not|could not|never) (?:do|manage|get through) (?:one|a single|a|even one) (?:simple |single |small )?(?:thing|day|task|week) without (?:ruining|screwing|messing|wrecking|failing|breaking|fucking)|i (?:can never|never|have never|can not ever|will never|can not seem to|just can not|never seem to|have never once) (?:actually |once |even )?(?:finished|kept|held down|completed|stuck with|finish|complete|follow through on|stick (?:to|with)|keep|get|do|make|hold on to|hold down|manage|succeed at) (?:anything|a single thing|any(?:thing)? i start|a job|a relationship|anyone)|i have nothing (?:to show for|going for me|left to offer|to offer|worth)|nothing to show for (?:my life|my [^ ]+|it all|all these years)|(?:there is )?no hope for (?:me|someone like me)|what (?:is|was) (?:even |really |actually |honestly |the )?(?:the )?point (?:of|in) me|what (?:is|was) (?:even |really )?the point of (?:my life|my existence|someone like me)|(?:can not|could not) (?:even )?[^ ]+ (?:[^ ]+ ){0,4}?(?:, )?(?:never mind|let alone|much less)|(?:they|he|she|people|everyone)(?: would| will)? have (?:good |every |a good )?(?:reason|right) to|(?:nobody|no one) (?:would|will) (?:even )?(?:notice|care|miss me|cry|come)|i have proven (?:that )?i am|i (?:have )?(?:clearly |completely |totally |probably )?lost (?:it|my touch|my edge|whatever i had)(?: for good| forever| completely)|(?:would|will) have every right|(?:and )?rightly so(?= \\.|$)|what (?:good|use) am i|i (?:should not|can not|could never|should never|can never) be trusted (?:with|to)|i (?:make|made) myself sick|i am (?:just |simply )?(?:not )?(?:someone|somebody|the kind of person|the type of person|a person) (?:people|anyone|nobody|no one|others) (?:want|wants|likes|like|would want|would choose|remember|notice|love|need|choose|pick)',
  }),
  rule({
    id: 'shame.better-off-without-me',
    label: 'shame',
    kind: 'a sense of not deserving good things',
    weight: 1.1,
    pattern:
      '(?:would|will|are|is|were) (?:all )?(?:be )?better off (?:without me|with (?:someone|somebody|anyone|a different|another|a better|a real) (?:[^ ]+ )?(?:else|dad|mom|mum|father|mother|parent|partner|friend|wife|husband|person|[^ ]+))|(?:ashamed|embarrassed|unlucky|stuck|sorry|cursed) (?:to have|with) (?:a |an |someone |somebody )?(?:[^ ]+ ){0,2}?like me',
  }),
  rule({
    id: 'shame.nothing-i-do',
    label: 'shame',
    kind: 'a global word',
    weight: 1.1,
    focus: GLOBAL_WORD,
    pattern:
      'nothing i (?:do|try|make|say|write|attempt) (?:is|will ever be|ever|is ever|works|matters|turns out|goes|is good enough)|everything i (?:touch|do|try|build|start|love|care about) (?:turns to|falls apart|fails|goes wrong|dies|breaks|ends)',
  }),
  rule({
    id: 'shame.never-will-be',
    label: 'shame',
    kind: 'says it can never change',
    weight: 1.2,
    negatable: false,
    focus: /\bnever\b/u,
    pattern:
      'i (?:will|am going to|would|am|will probably|will just) never (?:going to )?(?:be (?:good|smart|successful|happy|enough|loved|lovable|normal|any good|worth|anything|anyone|someone|a real|a good|a success|enough for|like them|like other|one of)|amount to|make it|get (?:better|anywhere|it right|ahead)|be (?:the|a|an) (?:[^ ]+ ){1,4}?(?:wanted|hoped|expected|needed|deserves|deserved|wants|needs)|succeed|find (?:anyone|someone|love|happiness)|be anything|have (?:a normal|what other|what everyone))',
  }),
  rule({
    id: 'shame.never-was-good-enough',
    label: 'shame',
    kind: 'says it can never change',
    weight: 1.1,
    negatable: false,
    focus: /\bnever\b/u,
    pattern:
      'i (?:have never been|was never|have never really been|was never really|am never) (?:good|smart|talented|strong|meant|cut out|any good|enough|good enough|worth|lovable|normal|the [^ ]+ type|going to be|going to amount)',
  }),
  rule({
    id: 'shame.always-will-be',
    label: 'shame',
    kind: 'says it can never change',
    weight: 0.7,
    needsSelf: true,
    focus: /\b(?:always|never|forever)\b/u,
    pattern:
      '(?:that is|this is|it is) all i (?:have ever been|will ever be|ever was|am)|(?:,|and|, and|-) (?:i )?(?:always (?:have been|was|will be|will)|never will be|never will|never was|never have been|always have|forever will be)(?= \\.| ,| !| -|$| and)|i (?:will|am going to) (?:always|forever) be (?:like this|this way|alone|stuck|broke|the same|a [^ ]+|an [^ ]+)',
  }),
  rule({
    id: 'shame.common-factor',
    label: 'shame',
    kind: 'makes yourself the cause of everything',
    weight: 1.1,
    pattern:
      'the common (?:factor|denominator|thread) (?:is|was|here is|in all of them is) me|i am the common (?:factor|denominator|thread)|my (?:whole |entire )?life is (?:a|one|just a|just one) (?:long |big |endless )?(?:list of failures|string of failures|series of failures|failure|mess|disaster|joke|waste|train wreck|trainwreck)|it is always me|i am (?:always |clearly )?the (?:whole |only )?reason (?:why )?(?:everything|everyone|nothing|things|it all|we always|people leave|they all)',
  }),
  rule({
    id: 'shame.same-pattern',
    label: 'shame',
    kind: 'a global word',
    weight: 0.6,
    focus: GLOBAL_WORD,
    pattern:
      '(?:every|each) (?:single )?(?:relationship|job|friendship|time|attempt|thing) (?:i (?:have|had|try|start|touch) )?(?:ends|ended|goes|went|turns out|falls apart|fails) (?:the same way|badly|like this|in disaster)',
  }),
  rule({
    id: 'shame.no-willpower',
    label: 'shame',
    kind: 'a global verdict on what you can do',
    weight: 1.0,
    negatable: false,
    pattern:
      'i have (?:zero|no|absolutely no|literally no|no real) (?:willpower|self-control|self control|discipline|talent|backbone|spine|drive|ambition|skills|brains|charisma|personality|common sense|future|redeeming qualities|worth|value|self-respect|self respect)',
  }),
  rule({
    id: 'shame.born-this-way',
    label: 'shame',
    kind: 'says it can never change',
    weight: 1.0,
    pattern: `born (?:to (?:fail|lose)|(?:a |an )?(?:${NOUN})|${ADJ})|i (?:will|am going to) (?:always |probably |just )?die (?:broke|alone|poor|a failure|a nobody|unloved|miserable)`,
  }),
  rule({
    id: 'shame.of-course-i-did',
    label: 'shame',
    kind: 'expects the worst of yourself',
    weight: 0.6,
    pattern: '(?:because )?of course i (?:did|do|would|will|failed|messed|screwed|blew|forgot|lost|did not|could not|was|am)',
  }),
  rule({
    id: 'shame.bad-at-everything',
    label: 'shame',
    kind: 'a global word',
    weight: 1.2,
    focus: GLOBAL_WORD,
    pattern:
      'i am (?:so |just |really |completely |totally |simply )?(?:bad|terrible|awful|hopeless|useless|rubbish|crap|shit|horrible|pathetic|incompetent) (?:at|with) (?:everything|anything|life|people|everything i do|adulting|being a [^ ]+|being an [^ ]+|being a person|being human)',
  }),
  rule({
    id: 'shame.push-people-away',
    label: 'shame',
    kind: 'a global word',
    weight: 1.0,
    focus: GLOBAL_WORD,
    pattern: 'i (?:always |just )?(?:push|pushed|drive|drove|pushes|chase|chased) (?:everyone|people|everybody|them all|everyone i love|people i love|anyone who) (?:[^ ]+ ){0,2}?away',
  }),

  // Inferiority.
  rule({
    id: 'shame.better-than-me',
    label: 'shame',
    kind: 'a comparison that puts you below everyone',
    weight: 1.0,
    pattern:
      '(?:better|smarter|stronger|more talented|more capable|more successful|more attractive|prettier|funnier|faster|braver|happier|richer|wiser|tougher|cleverer|brighter|further along|further ahead|more qualified|more deserving|more worthy|more interesting|more likable|more lovable|more together|more gifted|more disciplined|more normal) (?:[^ ]+ ){0,3}?than me|(?:doing|getting on|coping|managing) (?:so much |much |way |far )?better (?:[^ ]+ ){0,3}?than me',
  }),
  rule({
    id: 'shame.worse-than-everyone',
    label: 'shame',
    kind: 'a comparison that puts you below everyone',
    weight: 1.0,
    pattern:
      'i am (?:so much |much |way |a lot |just |clearly )?(?:worse|dumber|stupider|uglier|weaker|slower|less (?:talented|capable|smart|successful|attractive|interesting|lovable|likable|worthy|gifted)) than (?:everyone|everybody|anyone|all|most|other|the others|them|my)',
  }),
  rule({
    id: 'shame.everyone-else-can',
    label: 'shame',
    kind: 'a comparison that puts you below everyone',
    weight: 0.6,
    pattern:
      '(?:everyone|everybody) else (?:has|can|knows|gets|manages|figured|got|finds|makes|seems to (?:have|know|manage)|is (?:so |way |much )?(?:better|smarter|ahead|further|more|married|successful|doing (?:fine|great|better)))',
  }),
  rule({
    id: 'shame.others-just-know',
    label: 'shame',
    kind: 'a comparison that puts you below everyone',
    weight: 0.6,
    pattern:
      'other (?:dads|moms|mums|parents|people|kids|students|writers|adults|guys|women|men|girls|players|runners|artists|founders|applicants|candidates|musicians|couples|wives|husbands|mothers|fathers|teachers|employees|[^ ]+s) (?:just |all |seem to |somehow |actually |easily )?(?:know|can|manage|have it|get it|figure|make it|do it|handle|cope|find|are able|pull it off|seem to)',
  }),
  rule({
    id: 'shame.normal-people',
    label: 'shame',
    kind: 'a comparison that puts you below everyone',
    weight: 0.8,
    pattern:
      '(?:normal|real|regular|functioning|proper|grown|actual|competent|successful) (?:people|adults|person|adult|parents|humans|grown-ups|grownups|women|men|dads|moms|mums|students|writers) (?:do not|would not|never|can|do|know|manage|have|would|are able|end up|get|would have)',
  }),
  rule({
    id: 'shame.why-cant-i-be-normal',
    label: 'shame',
    kind: 'a comparison that puts you below everyone',
    weight: 1.2,
    pattern:
      'why (?:can not|could not|am i not able to) i (?:just )?(?:be|do|get|have|keep|act|feel|live|handle) (?:[^ ]+ ){0,4}?(?:normal|like (?:everyone|everybody|other|normal|a normal))|(?:just )?be normal like (?:everyone|everybody|other people)',
  }),
  rule({
    id: 'shame.dont-belong',
    label: 'shame',
    kind: 'a comparison that puts you below everyone',
    weight: 1.0,
    negatable: false,
    pattern: 'i (?:do not|did not|will never|never|just do not|clearly do not) (?:really )?belong(?: (?:here|there|in|with|among|anywhere|at))?',
  }),
  rule({
    id: 'shame.not-good-enough',
    label: 'shame',
    kind: 'denies yourself a basic quality',
    weight: 1.2,
    negatable: false,
    pattern: `i (?:am|was|will never be|have never been|have not been|will not ever be|will not be) (?:just |simply |really |clearly |obviously |honestly |probably |definitely |still )?(?:not|never) (?:really |even |just )?(?:(?:smart|good|talented|clever|strong|pretty|attractive|brave|tough|interesting|likable|likeable|capable|worthy|lovable|loveable|competent|bright|funny|good-looking|skilled|cool|thin|confident|gifted) enough|enough|good at anything|cut out (?:for|to)|made for|meant for|built for|(?:[^ ]+ )?material|a real [^ ]+|real [^ ]+|a proper [^ ]+|a natural|the type|normal|worth (?:it|anything|much|the trouble|saving|loving|keeping|the effort|knowing|hiring|a damn)|lovable|loveable|wanted|needed|any good|up to (?:it|this|the job|the task)|(?:a |the )?(?:smart|talented|gifted|strong|good|clever) one|(?:a |an )?(?:good|great|decent|real|proper|competent) ${ROLE})`,
  }),
  rule({
    id: 'shame.people-like-me',
    label: 'shame',
    kind: 'a global word',
    weight: 1.2,
    negatable: false,
    focus: /\blike me\b/u,
    pattern:
      '(?:someone|somebody|people|a person|anyone|guys|girls|men|women|folks|kids|a guy|a girl|a woman|a man|losers|failures) like me (?:do not|does not|can not|will not|would not|could never|can never|will never|never|are not|is not|could ever|can ever|would ever|should not|have no|has no|have never|do not get|never get|are never|always|do not deserve|only get|end up|are not meant|get|could|would)',
  }),
  rule({
    id: 'shame.who-would-want-me',
    label: 'shame',
    kind: 'a question aimed at who you are',
    weight: 1.0,
    negatable: false,
    pattern:
      '(?:who|nobody|no one|no-one|why would (?:anyone|anybody|they|he|she|a [^ ]+)|why would)(?: in their right mind)? (?:would |could |will |is going to |wants to |would ever |could ever |will ever |is ever going to |ever |has ever )?(?:want|wants|hire|hires|love|loves|date|dates|pick|picks|choose|chooses|trust|trusts|marry|care about|cares about|miss|misses|need|needs|like|likes|stay with|put up with|puts up with|employ|wanted|loved|cared about) (?:to (?:date|hire|marry|be with|love|work with|keep|see|know|hang out with|sit with) )?(?:(?:a|an|someone|somebody|anyone|people)(?: [^ ]+){0,3}? like me|me)(?= |$)',
  }),
  rule({
    id: 'shame.everyone-can-tell',
    label: 'shame',
    kind: 'fear of being seen through',
    weight: 0.6,
    needsSelf: true,
    pattern:
      '(?:everyone|everybody|they|people|the whole [^ ]+|all of them) (?:in [^ ]+ (?:[^ ]+ )?)?(?:can (?:tell|see)|knows it|know it|will (?:see|know|find out)|sees it|saw it|must know|must think|can see right through me|will see right through me|see right through me)|only a matter of time before (?:everyone|they|people|someone) (?:sees|see|find|finds|realize|realizes|realise|notice|notices|figure|figures)',
  }),

  // Deserving it.
  rule({
    id: 'shame.deserve-this',
    label: 'shame',
    kind: 'a sense of deserving the pain',
    weight: 1.2,
    focus: /\bdeserve\b/u,
    pattern:
      'i (?:probably |just |really |totally |honestly |clearly |kind of |fully |completely )?deserve (?:this|it|that|all of (?:this|it)|what i (?:got|get)|everything (?:bad|that happened|that is happening)|to (?:fail|lose|suffer|be alone|be unhappy|be miserable|be (?:fired|dumped|left|punished|unemployed|hated|broke|abandoned|forgotten|rejected|alone|ignored|miserable|humiliated)|feel (?:this way|like this|bad|awful)|be treated like))',
  }),
  rule({
    id: 'shame.dont-deserve-good',
    label: 'shame',
    kind: 'a sense of not deserving good things',
    weight: 1.2,
    negatable: false,
    focus: /\bdeserve\b/u,
    pattern:
      'i (?:do not|did not|will never|never|just do not|clearly do not) (?:really )?deserve (?:(?:anyone\'s|anybody\'s|their|his|her|your|[^ ]+\'s) )?(?:love|happiness|good things|anything good|anything|her|him|them|to be happy|to be loved|a second chance|second chances|nice things|their trust|(?:his|her|their|the [^ ]+|my [^ ]+) trust|forgiveness|help|kindness|friends|this job|to be here|to live|better|anyone|someone like|good people|a family|success)|(?:does not|did not) deserve (?:(?:the [^ ]+|their|his|her|my [^ ]+) )?(?:trust|love|anything|a second chance|forgiveness)',
  }),
  rule({
    id: 'shame.deserves-better-than-me',
    label: 'shame',
    kind: 'a sense of not deserving good things',
    weight: 1.0,
    pattern: `(?:deserves|deserve|deserved) (?:so much |much |way |a lot |far |someone |somebody |a )?better(?: than me| than this| than what i| ${ROLE})`,
  }),
  rule({
    id: 'shame.would-leave-me-too',
    label: 'shame',
    kind: 'a sense of deserving the pain',
    weight: 1.2,
    pattern:
      'i (?:would|will|could) (?:leave|dump|fire|hate|avoid|not want|reject|ignore) me too|no wonder (?:he|she|they|people|nobody|no one|everyone|my [^ ]+) (?:left|cheated|leaves|leave|hates|hate|does not|stopped|gave up|ghosted|dumped|fired|moved on|walked|never)',
  }),
  rule({
    id: 'shame.miracle-anyone-stays',
    label: 'shame',
    kind: 'a sense of not deserving good things',
    weight: 1.2,
    pattern:
      '(?:it is|its) a (?:miracle|wonder|mystery) (?:anyone|anybody|they|he|she|people) (?:puts up with|put up with|stays with|stay with|likes|like|loves|love|tolerates|tolerate|hired|keeps|kept|wants|talks to|still talks to) me|(?:nobody|no one|who) (?:can|could|would) (?:stand|tolerate|bear) me',
  }),

  // Hiding and self-disgust.
  rule({
    id: 'shame.want-to-hide',
    label: 'shame',
    kind: 'a wish to hide away',
    weight: 1.0,
    pattern:
      'i (?:just |really |honestly )?(?:want|need|wish i could|would like) to (?:crawl (?:into|in) a hole|hide|disappear|vanish|sink into the (?:floor|ground)|never (?:show my face|leave (?:the house|my room|bed)|see (?:anyone|anybody|them) again|be seen)|evaporate|curl up and disappear|be invisible)',
  }),
  rule({
    id: 'shame.wanted-to-hide',
    label: 'shame',
    kind: 'a wish to hide away',
    weight: 0.5,
    pattern: 'i (?:just )?wanted to (?:crawl (?:into|in) a hole|hide|disappear|vanish|sink into the (?:floor|ground))',
  }),
  rule({
    id: 'shame.cant-face-anyone',
    label: 'shame',
    kind: 'a wish to hide away',
    weight: 1.0,
    negatable: false,
    pattern:
      '(?:can not|could never|never want to|will never|can never|do not want to ever) (?:show my face|face (?:anyone|them|people|everyone|anybody)|look (?:anyone|anybody|them|people) in the eyes?)(?: again)?',
  }),
  rule({
    id: 'shame.self-disgust',
    label: 'shame',
    kind: 'turns disgust on yourself',
    weight: 1.2,
    pattern:
      'i (?:really |just |honestly |fucking )?(?:hate|despise|loathe|can not stand|detest|am disgusted (?:by|with)|am sick of|am (?:so )?ashamed of|disgust) (?:myself|who i am|what i am|what i have become|being me)|(?:i can not|i could not|can not|could not) (?:even )?(?:look at|stand) myself(?: in the mirror)?|(?:makes|made) me sick (?:to look at|of) myself|ashamed of (?:who|what) i (?:have become|became|have turned into|am)',
  }),

  // Punishment passed off as responsibility.
  rule({
    id: 'shame.self-punishment',
    label: 'shame',
    kind: 'punishment presented as responsibility',
    weight: 1.2,
    pattern:
      'as (?:a |my )?(?:punishment|penance)|to punish myself|i (?:need|have|deserve|ought) to (?:suffer|be punished|pay for (?:it|this|what i did))|until i (?:have |had )?paid for (?:it|this)|no (?:lunch|lunches|lunch breaks|food|breaks|break|rest|sleep|fun|dinner|weekends|weekend|days off|dessert|tv|going out|eating) for me (?:until|till|today|this week)|i (?:do not|am not allowed to) (?:get|deserve) to (?:rest|eat|sleep|have fun|enjoy|relax|take a break)|punishing myself|i will make myself (?:suffer|pay)|(?:being|to be) (?:accountable|responsible) means (?:admitting|accepting|facing) (?:what|that) i am',
  }),

  // Questions aimed at the self.
  rule({
    id: 'shame.what-is-wrong-with-me',
    label: 'shame',
    kind: 'a question about what is wrong with you, not with what happened',
    weight: 1.2,
    pattern:
      `something (?:in|about|inside) me (?:is|seems|feels) (?:just |simply |fundamentally |deeply |permanently )?(?:${ADJ}|broken|missing|wrong|off|rotten|defective)|(?:there is |there must be )?something (?:about|in) me (?:that |which )?(?:[^ ]+ ){0,4}?(?:can not|do not|does not|never|hate|hates|repels|drives|pushes|scares|turns|makes|puts|is off|is broken|is wrong|is missing|is rotten|is defective|bothers|annoys|puts off)|something (?:is |must be )?(?:seriously |really |deeply |fundamentally |just |so )?(?:broken|missing|wrong|rotten|defective) (?:in|inside|with|about) me|(?:as|so) ${ADJ} as (?:the rest of me|i am|i have always been|ever)|i am the one (?:everyone|everybody|people|they all) (?:feels? sorry for|pities|pity|laughs? at|worries about|talks? about)|(?:everyone|everybody|people) (?:feels?|felt) sorry for me|why (?:anyone|anybody|people|they|she|he|you|my [^ ]+) (?:even |still |would |ever )?(?:bothers?|puts? up|stays?|cares?|likes?|loves?|talks?|wants?|hangs? out|is) (?:with |about |to |around )?me|i (?:bring|add|offer|contribute|have) nothing (?:to|of value|worth)|(?:can|could) (?:smell|spot|tell|see) (?:a |an )?(?:loser|failure|fraud|fake|phony|impostor|imposter|desperate one)|i am the (?:whole |only |main |real )?reason (?:why )?(?:[^ ]+ ){0,4}?(?:is|are|was|were|went|fell|failed|left|broke|falls|fail|leave|keeps|keep) (?:[^ ]+ ){0,2}?(?:a mess|wrong|apart|broken|unhappy|miserable|falling apart|bad|down|struggling|suffering|fighting|gone|failing)|what (?:the hell |the fuck |on earth |exactly )?is (?:even |actually )?wrong with me|what is my problem|something (?:is|must be|has to be) (?:seriously |really |deeply |fundamentally )?wrong with me|there (?:is|must be) something (?:seriously |really |deeply |fundamentally )?wrong with me|something about me (?:just |always |must |that )?(?:repels|drives|pushes|scares|turns|makes|puts|is off|is broken|is wrong)`,
  }),
  rule({
    id: 'shame.why-am-i-like-this',
    label: 'shame',
    kind: 'a question about what is wrong with you, not with what happened',
    weight: 1.0,
    pattern: `why (?:even )?(?:try|bother)(?= \\.| \\?| !|$)|why am i (?:always |just )?(?:like this|this way|the way i am|so ${ADJ}|such (?:a|an) (?:${INTENS} )?${NOUN})|why do i always|why can not i (?:just |ever |even )?(?:be|do|get|stop|keep|have|hold|act|make|follow|stick|learn)|why (?:do|did) i (?:even |ever )?(?:bother|try|think i could|keep trying)`,
  }),
  rule({
    id: 'shame.what-kind-of-person',
    label: 'shame',
    kind: 'a question aimed at who you are',
    weight: 1.2,
    pattern: `what kind of (?:${ROLE}|idiot|moron|loser|monster) (?:[^ ]+s|has|does|would|is|can not|could|forgot|did|lets|let)`,
  }),
  rule({
    id: 'shame.kidding-myself',
    label: 'shame',
    kind: 'a question aimed at who you are',
    weight: 0.8,
    pattern:
      'who am i kidding|who was i kidding|(?:kidding|fooling) (?:myself|herself|himself)|i (?:do not|never) know why i (?:ever |even )?(?:thought|think|believed|imagined) i (?:could|would|was|had)|(?:arrogant|stupid|naive|dumb|foolish|delusional) enough to (?:try|think|believe)|(?:how|why) (?:could|can|did|do) i (?:be|have been) so (?:stupid|dumb|careless|naive|blind|useless|pathetic|weak|selfish|idiotic)',
  }),

  // Implicit verdicts: nobody will want, hire, date, read or back "someone like me".
  rule({
    id: 'shame.nobody-will-want',
    label: 'shame',
    kind: 'says nobody could want someone like you',
    weight: 1.0,
    negatable: false,
    pattern: `(?:nobody|no one|no-one|who|no [^ ]+|why would (?:anyone|anybody|a [^ ]+)) (?:is |in (?:their|his|her) right mind )?(?:ever |even |really )?(?:going to |gonna |will |would |wants to |could |is going to |is ever going to )?(?:ever |even |really |possibly )?(?:want(?:s)?(?: to (?:hire|date|marry|read|hear|see|watch|fund|back|work with|be with|sign|listen to))?|hire|hires|date|dates|marry|invest in|fund|back|trust|read|listen to|look twice at|take a (?:chance|risk) on|give (?:me|a [^ ]+|someone [^ ]+) a (?:chance|job|shot)|pick|choose|sign|publish|employ|love|respect|take (?:me|[^ ]+) seriously|put up with|stay with) (?:me|anything (?:i|by me)|my [^ ]+|(?:a|an|someone|somebody|anyone|people|men|women|guys|girls) (?:[^ ]+ ){0,4}?(?:who|that|like me|with my|my age))(?= |$)`,
  }),
  rule({
    id: 'shame.like-me',
    label: 'shame',
    kind: 'sets yourself apart as lesser',
    weight: 0.8,
    negatable: false,
    focus: /\blike me\b/u,
    pattern: '(?:than|for|with|to|at|on|about|by) (?:someone|somebody|a person|people|a guy|a girl|a man|a woman|anyone|anybody|losers|failures|a loser|a failure|a mess|a screwup) like me',
  }),
  // Deserving it, in more of its forms.
  rule({
    id: 'shame.deserve-the-hurt',
    label: 'shame',
    kind: 'a sense of deserving the pain',
    weight: 1.1,
    needsSelf: true,
    focus: /\bdeserve\b/u,
    pattern:
      '(?:^|i |probably |maybe |honestly |really |totally |just )(?:probably |really |totally |honestly |fully |completely |just )?(?:deserve|deserved) (?:to be (?!(?:happy|heard|loved|paid|treated (?:fairly|well|better|with)|respected|safe|here|proud|forgiven|seen|believed|listened to|given|included|supported|valued|helped|trusted|okay|ok|free|comfortable|promoted|hired|picked|chosen|accepted|rewarded|recognised|recognized|compensated|celebrated|considered|part of|on the|in the)(?: |$))[^ ]+|worse|every (?:bit|minute|second|part|ounce) of (?:it|this|that)|all of (?:it|this|that) and more|whatever (?:happens|comes|i get)|what is coming|nothing (?:good|better|less|but)?|no (?:better|less|sympathy|pity|mercy|help|second chance))',
  }),
  rule({
    id: 'shame.others-deserve-it-more',
    label: 'shame',
    kind: 'a comparison that puts you below everyone',
    weight: 1.0,
    pattern: '(?:deserves|deserve|deserved|earned|earns) (?:it|this|that|(?:the|a|an|that|this|his|her|their) (?:[^ ]+ ){0,2}?[^ ]+) (?:way |far |much |so much |a lot |a hundred times )?more than (?:me|i do|i ever|someone like me|i did)',
  }),
  // Comparisons that put the writer below the others.
  rule({
    id: 'shame.less-than-them',
    label: 'shame',
    kind: 'a comparison that puts you below everyone',
    weight: 1.0,
    pattern: `i am (?:just |simply |clearly |obviously |still |so much |much |way |far |a lot )*(?:less (?:capable|talented|smart|intelligent|gifted|competent|worthy|able|successful|disciplined|lovable|likable|attractive|interesting|useful|qualified)|worse|dumber|stupider|weaker|slower|uglier|lazier) than (?:they are|them|he is|she is|the rest|others|other people|everyone|everybody|anyone|my [^ ]+|all of them|the others|[^ ]+ is|[^ ]+ are)|(?:less of a|half the|not half the) (?:${ROLE}|man|woman|person)(?: (?:than|that) [^ ]+)?(?= \\.| ,| !|$| than| because| for| now| since)`,
  }),
  // "I'm the one holding them back."
  rule({
    id: 'shame.holding-them-back',
    label: 'shame',
    kind: 'says you are what drags others down',
    weight: 1.1,
    pattern:
      'i (?:am|was|have been|will always be) (?:always |just |still |clearly |obviously |honestly |probably |really )?(?:the|their|a) (?:one|reason|person|problem|weak link|weight|anchor|drag|dead weight|thing) (?:who |that |which )?(?:is |was |keeps |kept )?(?:always )?(?:holding|dragging|bringing|pulling|weighing|slowing|held|dragged|brought|pulled|weighed|slowed|keeps holding) (?:[^ ]+ ){0,3}?(?:back|down)',
  }),
  // A trait said of yourself, even about one area: "I'm incompetent at the one thing I'm paid to do".
  rule({
    id: 'shame.trait-at',
    label: 'shame',
    kind: 'an identity label',
    weight: 1.1,
    pattern:
      'i (?:am|will always be|have always been|will never stop being) (?:just |so |simply |clearly |obviously |completely |totally |utterly |fundamentally |still |honestly )*(?:incompetent|useless|hopeless|worthless|pathetic|inadequate|talentless|clueless|incapable|a disaster|a failure|a joke|a lost cause) (?:at|with|in|as)(?= )',
  }),
  // Hiding and punishment, in more words.
  rule({
    id: 'shame.cannot-be-seen',
    label: 'shame',
    kind: 'a wish to hide away',
    weight: 1.0,
    negatable: false,
    pattern:
      '(?:can not|could not|could never|can never) (?:bear|stand|face) (?:to be seen|being seen|to show my face|anyone seeing me|to go out|to look at (?:anyone|anybody|them|people)|(?:anyone|anybody|them|people) (?:seeing|looking at) me)|(?:should|ought to) be ashamed of myself',
  }),

  // Mocking yourself.
  rule({
    id: 'shame.mock-self',
    label: 'shame',
    kind: 'mocks yourself',
    weight: 0.8,
    pattern:
      '(?:great|nice|good|brilliant|well done|way to go|smooth|real smooth|nice going|great job|good job|nice job|bravo|congrats|congratulations|perfect|amazing)(?: work| one| move)? ,? (?:genius|einstein|idiot|champ|hero|dummy|loser|moron|dumbass|sherlock|ace|superstar|smart guy|smart girl)(?= \\.| !| ,|$)',
  }),
];

/** Phrases inside a shame match that would turn a rejected label into accountability. */
export const REJECTABLE_LABEL = `(?:${DET} )?(?:${INTENS} )?(?:${LABEL}|${ADJ})`;
