/**
 * Signs that a sentence puts the whole setback on someone else: the cause
 * placed on another person with no part owned, an explicit refusal of any
 * part, contempt for the people involved, dismissal, and "it would have been
 * fine if they had...". A plain outside cause ("the storm") is not among them.
 */
import { ACCUSATORY_VERBS, AGENT_NOUNS, HARM_IDIOMS } from '../lexicon';
import { oneOf } from '../patterns';
import { LAPSE } from './acts';
import { rule, type Rule } from './rule';

const AGENTS = oneOf(AGENT_NOUNS.filter((n) => !['he', 'she', 'him', 'her', 'they', 'them'].includes(n)));

const CONTEMPT_NOUNS =
  '(?:idiots|morons|clowns|cowards|liars|crooks|amateurs|hacks|imbeciles|incompetents|jerks|assholes|losers|thieves|vultures|scammers|sharks|leeches|parasites|snakes|cheats|bullies|hypocrites|con artists|criminals|frauds|sheep|snobs)';

const CONTEMPT_ADJ =
  '(?:too )?(?:rude|hostile|condescending|patronizing|patronising|a crook|a thief|a snake|a con artist|a scammer|a cheat|a bully|poison|toxic|evil|a monster|a psycho|crazy|a narcissist|dinosaurs|a dinosaur|cowboys|a cowboy|incompetent|clueless|useless|lazy|stupid|dumb|idiotic|jealous|petty|corrupt|biased|rigged|crooked|cheap|greedy|vultures|criminals|thieves|crooks|snakes|liars|frauds|hypocrites|bullies|a bully|a bunch of [^ ]+|sleazy|shady|dishonest|untrustworthy|vindictive|spiteful|power-hungry|out of touch|clueless|heartless|lying|cheating|so unfair|unfair to me|cold and fake|fake|shallow|toxic|spineless|gutless|a joke|a total joke|a complete joke|garbage|trash|rubbish|pathetic|a scam|a setup|a set-up|bought|paid off|in on it|blind|selfish|narcissistic|controlling|manipulative|cowardly|cowards|idiots|morons|clowns|liars|crooks|hacks|amateurs|no good|a nightmare|unreasonable|threatened by me|intimidated by me|out to get me|against me|racist|sexist|ageist|jerks|assholes|arseholes|a jerk|an asshole|an idiot|a moron|a coward|a liar|a fraud|a hack|too cheap|too lazy|too stupid|too dumb|a disgrace|ungrateful|heartless|two-faced|backstabbing|entitled|arrogant|full of it|full of themselves|full of himself|full of herself|cold|clowns|losers)';

export const BLAME_RULES: readonly Rule[] = [
  // Accusing verbs and pictures of harm, done by someone else.
  rule({
    id: 'blame.accusing-verb',
    label: 'blame',
    kind: 'accuses someone else of the harm',
    weight: 0.9,
    subjects: ['other'],
    pattern: `(?:${ACCUSATORY_VERBS.join('|')})`,
  }),
  rule({
    id: 'blame.harm-idiom',
    label: 'blame',
    kind: 'accuses someone else of the harm',
    weight: 1.0,
    subjects: ['other'],
    pattern: `(?:${HARM_IDIOMS.join('|')})`,
  }),
  // A motive put on them: "on purpose", "just to tank our averages", "they'd rather I gave up".
  rule({
    id: 'blame.imputed-motive',
    label: 'blame',
    kind: 'gives someone else a bad motive',
    weight: 0.9,
    subjects: ['other'],
    pattern:
      "(?:on purpose|deliberately|intentionally|knowingly)(?= |$)|(?:just|only|purely|simply) to (?:tank|hurt|punish|humiliate|embarrass|spite|screw|squeeze|save|cover|protect|get rid of|look good|make (?:me|us|themselves|himself|herself)|keep (?:me|us)|push (?:me|us)|teach (?:me|us))|would rather (?:i|we|me|us|see (?:me|us)) [^ ]+ (?:[^ ]+ ){0,3}?than|(?:want|wants|wanted) (?:me|us) to (?:fail|quit|give up|leave|look bad)",
  }),
  // No fair chance was given.
  rule({
    id: 'blame.no-fair-chance',
    label: 'blame',
    kind: 'says you were never given a fair chance',
    weight: 1.0,
    negatable: false,
    pattern:
      "(?:never|not|did not|does not|do not|would not|will not|refused to|could not even)(?: even| once| really)? (?:give|gave|given|giving) (?:me|us|him|her|them|my [^ ]+|our [^ ]+) (?:a|an|any|the|one) (?:fair |real |proper |decent |single |second |honest )?(?:chance|shot|look|hearing|go|opportunity|break)|(?:never|not) (?:going to |gonna )?(?:get|got|getting|had|have) (?:a|any|one) (?:fair|real|proper|honest) (?:chance|shot|look|hearing|go)",
  }),
  // Someone else shifting the fault: "and then blamed the performers", "acts like it's both our fault".
  rule({
    id: 'blame.shifts-it',
    label: 'blame',
    kind: 'says they pushed their fault onto others',
    weight: 0.8,
    negatable: false,
    subjects: ['other'],
    pattern:
      "(?:then|now|still|and) (?:they |he |she |just |even )?(?:blame|blames|blamed|blaming) (?!myself|ourselves)[^ ]+|(?:acts|act|acted|acting|pretends|pretended|pretending) (?:like|as if|as though) (?:it is|it was|this is|that is) (?:both our|our|my|partly my|all my|half my|somehow my) (?:fault|problem|doing)",
  }),
  // It was politics, not merit: "performance had nothing to do with it".
  rule({
    id: 'blame.not-merit',
    label: 'blame',
    kind: 'waves it away instead of looking at it',
    weight: 0.9,
    negatable: false,
    pattern:
      "(?:merit|talent|skill|quality|ability|effort|performance|results|my work|the work|my record|qualifications|experience) (?:had|has|have) (?:absolutely )?nothing to do with (?:it|that|this|anything)|(?:was|were|is|are|it is|it was|that is|that was) (?:all |just |pure |purely |nothing but |only |simply |basically |100% )(?:politics|nepotism|favou?ritism|office politics|cronyism|who you know|a popularity contest|a boys club)",
  }),
  // "It's their problem", "that's on them".
  rule({
    id: 'blame.their-problem',
    label: 'blame',
    kind: 'puts the cause on someone else',
    weight: 1.0,
    negatable: false,
    pattern:
      "(?:it is|that is|this is|it was|that was|which is) (?:all |entirely |totally |completely |really |honestly |just )?(?:their|his|her) (?:problem|issue|loss|doing|mess|responsibility|fault)|(?:that|this|it) is on (?:them|him|her)(?= \\.| ,|$)",
  }),
  // "Only shows people who went to the right schools", "kept hogging the ball".
  rule({
    id: 'blame.closed-door',
    label: 'blame',
    kind: 'says the people in charge were never fair',
    weight: 0.9,
    subjects: ['other'],
    pattern:
      "only (?:shows|show|showed|picks|picked|pick|hires|hired|promotes|promoted|funds|funded|signs|signed|accepts|accepted|takes|took|publishes|published|casts|cast|rewards|rewarded|books|booked|plays|played|listens to|cares about|cared about) (?:people|those|anyone|whoever|the ones|their own|his own|her own|(?:[^ ]+ )?[^ ]+s) (?:who|that|with|from|they|he|she)",
  }),
  rule({
    id: 'blame.kept-doing',
    label: 'blame',
    kind: 'puts the cause on someone else',
    weight: 0.5,
    subjects: ['other'],
    pattern: "(?:kept|keeps|keep|kept on) (?!(?:trying|going|working|asking|telling me i|saying i)(?: |$))[^ ]+ing",
  }),
  // Refusing any part.
  rule({
    id: 'blame.not-my-fault',
    label: 'blame',
    kind: 'says none of it was yours',
    weight: 1.2,
    negatable: false,
    personal: true,
    pattern:
      "(?:^|, |\\. |and |so |but )?(?:it is |it was |that is |that was |this is |this was |definitely |totally |so )?not (?:my|our) (?:fault|problem|responsibility|doing|issue|mess|call)|(?:none|not one bit|no part) of (?:this|that|it) (?:is|was) (?:on me|my fault|mine|my doing|my call|my responsibility|down to me)|i did my (?:part|job|bit|share)(?= \\.| ,|$| and)|(?:i am |^)not paying (?:a penny|a cent|a dime|anything|a thing|for (?:it|this|that|any of))|how is (?:that|this|it) my (?:fault|problem|responsibility)|(?:is|was) (?:all |entirely |completely |100% |totally )?(?:his|her|their) (?:doing|fault|mess)(?= \\.| ,|$| and)|(?:like|as|exactly as|everything) i was (?:supposed|told|asked|meant) to|(?:had|has) nothing to do with (?:merit|talent|skill|ability|performance|qualifications|my work|the work|quality)|(?:is|was) (?:not|never) on me|(?:it|that) was not (?:me|on me|my fault)|(?:obviously |clearly )?it (?:was not|is not|was never) (?:me|my fault)|i am not (?:owning|taking) (?:that|this|it|the blame|responsibility|the fall)|i (?:refuse|will not) (?:to )?(?:own|take) (?:that|this|it|the blame|responsibility)|not on me(?= \\.| !|$)",
  }),
  rule({
    id: 'blame.did-everything-right',
    label: 'blame',
    kind: 'says none of it was yours',
    weight: 1.1,
    negatable: false,
    pattern:
      '(?:i|we) did (?:everything|all) (?:right|i (?:was supposed to|was told|should have|was asked)|by the book|correctly)|(?:i|we) did nothing wrong|how (?:was|am|were|is) (?:i|we|anyone) (?:supposed|meant|expected) to (?:know|do|guess|handle|manage|tell|see)|i am not (?:paying|covering|apologizing|apologising|taking the fall|cleaning up|going to apologize|going to apologise)(?: for)?|i (?:only|just) [^ ]+ed because (?:he|she|they|my|the|his|her|their)|i can not (?:carry|fix|save|do everything for) (?:everyone|everything|everybody|the whole [^ ]+)|i (?:just )?(?:did|built|made|wrote|followed|delivered) (?:exactly )?what i was (?:told|asked)|nothing i (?:did|could have done|could do|do) would have (?:mattered|made a difference|changed anything|helped|worked)|(?:(?:had|has) |^)nothing to do with (?:me|my|anything i|how i|what i|the way i|whether i)|not because of (?:me|anything i|my|what i)|(?:i was|i am|we were) the only one(?:s)? (?:trying|who cared|who tried|doing|putting in|who showed up|pulling|who did anything|who actually)|rather than (?:any )?(?:deficiency|flaw|problem|weakness|fault|issue|mistake|shortcoming|error) (?:in|on|with|of|from) (?:my|our)|i am done pretending otherwise',
  }),
  rule({
    id: 'blame.my-work-was-fine',
    label: 'blame',
    kind: 'says none of it was yours',
    weight: 0.7,
    negatable: false,
    pattern:
      '(?:my|the|our) (?:code|writing|work|idea|plan|product|design|pitch|proposal|art|book|performance|part|side|end|essay|application|resume|cv|game|business plan|music|script|manuscript) (?:was|is) (?:honestly |clearly |obviously |absolutely )?(?:flawless|great|perfect|solid|fine|brilliant|excellent|amazing|spotless|airtight|good|strong|the best)',
  }),
  rule({
    id: 'blame.not-the-one',
    label: 'blame',
    kind: 'puts the fault somewhere else',
    weight: 1.3,
    negatable: false,
    pattern:
      'i am not the (?:failure|problem|one|bad guy|villain|issue|one at fault|screwup|idiot|loser|one who)(?: here| in this| in this situation)?|(?:he|she|they|you|hr|management) (?:is|are|was|were) the (?:one|ones|real problem|problem)(?: who| that| making| causing| with|$| \\.| here)|(?:making|blaming|put|putting|pinning|pinned|pin|dumping|dumped) (?:everything|it|this|all of it|the whole thing|the blame) (?:on me|my fault)|(?:making|made) everything my fault',
  }),

  // Whose fault it was.
  rule({
    id: 'blame.their-fault',
    label: 'blame',
    kind: 'puts the cause on someone else',
    weight: 1.1,
    negatable: true,
    pattern:
      `(?:it is |it was |that is |that was |this is |all |totally |100% |entirely |completely |squarely )?(?:his|her|their|your|[^ ]+'s|[^ ]+s') fault|(?:their|his|her|your) (?:mess|problem|fault|issue|doing|screw-up|screwup|call|mistake)(?: ,)? not (?:mine|my|ours)|(?:is|was) (?:all |100% |totally |entirely |completely |squarely |fully )?on (?:him|her|them|(?:the|my|our) ${AGENTS})(?= \\.| ,|$| for| and)|(?:is|are|was|were) to blame|the (?:real )?(?:problem|issue|reason) (?:is|was) (?!(?:me|i|my|that i)(?: |$))|the only (?:reason|explanation)|(?:that is|that was|which is|and that is) (?:the only reason |exactly )?why (?:we|i|it|the|everything|this)`,
  }),
  rule({
    id: 'blame.contempt',
    label: 'blame',
    kind: 'harsh words about the people involved',
    weight: 0.9,
    subjects: ['other'],
    pattern: `(?:is|are|was|were|be|being|seem|seems) (?:so |totally |completely |just |such |all |a bunch of |clearly |obviously |utterly |absolutely |basically |literally |honestly |such a |a total |a complete |a pack of )*${CONTEMPT_ADJ}`,
  }),
  rule({
    id: 'blame.contempt-noun',
    label: 'blame',
    kind: 'harsh words about the people involved',
    weight: 0.9,
    pattern: [
      `^(?:(?:total|complete|absolute|utter|such a|what a|typical|a real) )?(?:scam artist|scammer|crook|con artist|con man|jerk|snake|thief|bully|cheat|creep|vulture|leech|parasite|liar|hypocrite|criminal|sleazebag|scumbag|narcissist|psycho|control freak)s?(?= \\.| !| ,|$)`,
      `^(?:idiot|moron|clown|jerk|fool|imbecile|muppet) (?:should|can not|could not|needs|did|does|has|had|was|is|cut|drove|thinks)`,
      `^${CONTEMPT_NOUNS}(?= ,| \\.| !|$)`,
      `^(?:lazy|useless|incompetent|clueless|spineless|greedy|corrupt|pathetic|bloody|stupid|arrogant|petty|heartless|gutless|cowardly|jealous|entitled|lying|typical) (?:[^ ]+ )?[^ ]+s(?= \\.| !|$)`,
      `(?:trusting|working with|surrounded by|bunch of|those|these|the|some|total|complete|a pack of|a room full of|a team of|a team full of|nothing but) (?:absolute |complete |total |fucking )?${CONTEMPT_NOUNS}`,
      `the (?:idiot|moron|clown|jerk|coward|liar|crook|hack|amateur|imbecile|asshole)(?= in| who| that| at| from| on|$)`,
      `${CONTEMPT_NOUNS} who`,
    ].join('|'),
  }),
  rule({
    id: 'blame.cant-do-their-job',
    label: 'blame',
    kind: 'harsh words about the people involved',
    weight: 0.9,
    subjects: ['other'],
    pattern:
      'no taste|(?:had|has|have) no (?:idea|clue) (?:what|how) (?:they|he|she|to)|can not (?:teach|manage|lead|coach|handle (?:anyone|someone|criticism|it)|see past|take a joke|do (?:their|his|her) (?:job|jobs)|write|plan|organize|organise|run a)|(?:would not|could not|can not) (?:know|see|spot|recognize|recognise|tell) (?:[^ ]+ ){1,3}?if it|(?:had|has|have|has had|have had) it (?:in|out) for (?:me|us|my [^ ]+|him|her)|out to get me|power trip|(?:do not|does not|did not|never) (?:give|gave) me a (?:chance|shot|fair)',
  }),
  rule({
    id: 'blame.their-misconduct',
    label: 'blame',
    kind: 'puts the cause on someone else',
    weight: 0.9,
    subjects: ['other'],
    pattern:
      "lied(?= |$)|(?:never|did not|does not|would not) (?:properly )?(?:explain|explained|explains|teach|teaches|taught|prepare|prepared|prepares) (?:anything|a thing|it|us|the [^ ]+|properly|the basics)|let (?:him|her|them) get away with (?:it|this|that|murder)|(?:did not|does not|do not|never) want(?:ed)? to (?:hire|promote|pick|choose|accept|admit|cast) (?:a woman|a man|anyone (?:older|younger|like me)|someone (?:my age|like me|older|younger)|women|older people|people like me)|(?:saying|says|claims|claiming|insists|pretending) (?:that )?(?:it|this) was (?:already (?:there|broken|damaged|like that)|not (?:him|her|them))|dumped (?:[^ ]+ ){0,3}?on (?:me|us)|(?:acted|acts|pretended|pretends) (?:surprised|shocked|innocent|like (?:he|she|they) did not know)|(?:skimmed|barely read|glanced at|never read|did not read|did not even read) (?:my|our|the) [^ ]+|(?:never|does not|do not|did not) (?:clean|cleans|help|helps|pay|pays|pull (?:his|her|their) weight|do (?:his|her|their) share)|spread (?:lies|rumou?rs|gossip)|(?:sucks|sucked|kisses|kissed) up to|brown-nos(?:es|ed|ing)|out from under (?:me|us)|(?:will not|won't|does not|did not|refuses to|stopped) (?:answer|answering|return|returning|pick up|picking up) (?:his|her|their|my) (?:phone|calls|emails|texts|messages)|(?:is|are|was|were|keeps) ghosting (?:me|us)|(?:can not|could not|do not know how to|does not know how to|can not even|could not even) (?:read|write|count|manage|run|do|plan|organi[sz]e|spell|add up|use|find|follow) (?:a |an |the |his |her |their )?[^ ]+|(?:played|did|took|drove|went|ran|spoke|worked|graded|marked|moved) (?:[^ ]+ ){0,2}?too (?:fast|slow|slowly|late|early|hard|harshly|loud|much|little)|(?:drained|emptied|stole|cleaned out|maxed out|gambled away|spent) (?:our|my) [^ ]+|(?:pushing|pushed|pushes) my buttons|provoked me|provoking me|(?:wound|winds|winding) me up|goaded me|(?:has|had|have) it out for me|robbed (?:me|us)|(?:hates|hated|has always hated|never liked) me|made me (?:do it|do that|say it|late|lose|fail|miss|look bad|quit)|making me look (?:bad|stupid|incompetent)|(?:changed|moved|switched|pulled) (?:the )?[^ ]+ on (?:me|us)|(?:acts|act|acting|treats|treat|treating|looks at me|look at me) like (?:i am|i was|it is|it was) (?:the [^ ]+ one|my fault|the problem|my problem|on me|my responsibility|the bad guy|the villain|the irresponsible one)|(?:knows|know|knew) exactly what (?:he|she|they) (?:is|are|was|were) doing|(?:never|did not|does not|would not|refused to|could not be bothered to) (?:even )?(?:trained|taught|told|helped|warned|showed|gave|supported|mentored|prepared|informed|reminded|backed|paid|invited|answered|called|train|trains|teach|teaches|tell|tells|help|helps|warn|warns|show|shows|give|gives|support|supports|mentor|prepare|inform|informs|remind|reminds|back|backs|pay|pays|invite|invites|answer|answers|call|calls) (?:me|us)|(?:did not|does not|could not|would not|never) even (?:read|look at|listen|try|bother|open|watch|consider|check|ask|notice|show up|reply|respond|call|glance at)|(?:set|sets|setting) (?:me|us) up|threw me under the bus|abandoned me|deserted me|dropped me|turned (?:their|his|her) backs? on me|walked out on me|left me (?:high and dry|hanging|alone|to deal)|(?:out of|from) (?:spite|jealousy|malice|pettiness)|(?:on purpose|deliberately) to (?:hurt|embarrass|get)|to get back at me|for no (?:good )?reason(?= \\.|$| ,)|(?:hates|hated|despises) (?:anyone|everyone|people|anybody) who|(?:just |only )?(?:wanted|needed|wants|needs) to (?:hit|make|meet|fill|juice|look good|cover (?:himself|herself|themselves)|save face|get rid of me|make an example|tick)|tick (?:[^ ]+ ){0,2}?boxes|fill (?:a |their |his |her )?quota|buried (?:my|our|the) [^ ]+|(?:with|gave me|gave us|got|had) (?:zero|no) (?:promotion|support|marketing|help|training|notice|warning|guidance|feedback|communication|budget)|overcharged|ripped (?:me|us) off|scammed|swindled|conned (?:me|us)|shortchanged|(?:for|over|because of) (?:their|his|her) (?:own )?(?:failure|mistake|fault|error|screw-up|screwup|incompetence|mess|problem)|made (?:all )?the (?:bad|wrong|stupid|terrible) (?:calls|decisions|choices|moves)|(?:always )?(?:favou?red|favou?rs|prefers|preferred) (?:the|his|her|their) |stabbed me in the back|screwed me(?: over)?|sabotaged (?:me|my|it|us|the)|turned (?:[^ ]+ ){0,2}against me|poisoned (?:everything|the|them|it|my|our)|whispered in (?:his|her|their) ear|bad-?mouthed|ripped (?:me |us )?off|preys? on|preyed on|took advantage of (?:me|us)|used me|blindsided (?:me|us)|lied (?:to me|to us|about)|cheated on me|butchered|tanked (?:the|it|my|our)|oversold|jacked (?:up )?(?:the )?(?:rent|prices|price)|kept (?:fining|changing|moving|cutting)|keeps (?:changing|moving|buying|turning|cutting|undermining)|changing the (?:requirements|rules|goalposts|scope|deadline)|moved the goalposts|boxed me in|(?:fault|blame) for (?:pushing|making|letting) me|plays? favou?rites|only (?:picks|hires|promotes|cares about|listens to|likes|picked|hired|promoted) (?:his|her|their|the)|threw away|did (?:nothing|zero|zero [^ ]+|no [^ ]+|not a thing|jack|squat|fuck all)|(?:do not|does not|did not|never) (?:care|cared|listen|listened|appreciate|appreciated|bother|bothered|show up|showed up|support|supported|help|helped|try|tried)|(?:could not|would not|can not) even (?:say|tell|look|bother|call|text|show up|be bothered|admit|apologize|apologise)|(?:should|could) have (?:just )?(?:warned|told|helped|said|caught|checked|known|waited|asked|reminded|stopped|listened|mentioned|flagged|given|done)|should (?:try|learn|grow up|get a clue|look at (?:himself|herself|themselves))|needs? to (?:learn|grow up|get a clue|take responsibility|do (?:his|her|their) job)|could have just [^ ]+|like a normal (?:person|human|adult)|making this a thing|making (?:a big deal|drama)|ghosted me|dumped me (?:for|over|by)|failed (?:me|my son|my daughter|my kids|us|my child)|let (?:me|us) down|(?:never|did not|does not) (?:appreciated|appreciate|value|valued) (?:a single thing|anything|me)",
  }),
  rule({
    id: 'blame.their-lapse',
    label: 'blame',
    kind: 'puts the cause on someone else',
    weight: 0.5,
    subjects: ['other'],
    pattern: `${LAPSE}|lost (?:my|our) [^ ]+|(?:blew|wasted|squandered) (?:the|our|my) [^ ]+`,
  }),
  rule({
    id: 'blame.their-failing',
    label: 'blame',
    kind: 'puts the cause on someone else',
    weight: 1.0,
    pattern:
      "(?:their|his|her|the [^ ]+'s|[^ ]+'s) (?:incompetence|laziness|negligence|stupidity|greed|screw-up|screwup|bias|arrogance|carelessness|lies|lying|jealousy|ego|mismanagement|cowardice) (?:cost|costs|ruined|wrecked|killed|tanked|sank|made|is why|was why|is the reason|was the reason)|(?:reporting|report) (?:him|her|them)|(?:filed|filing|file|made|making) a complaint|(?:zero|one|1|0) stars?|(?:a |the )(?:stupid|idiotic|pointless|ridiculous|moronic|half-baked|insane|dumb) (?:[^ ]+ )?(?:billboard|policy|rule|decision|idea|plan|campaign|system|process|restructure|reorg)",
  }),
  rule({
    id: 'blame.sweeping',
    label: 'blame',
    kind: 'harsh words about the people involved',
    weight: 0.6,
    pattern:
      ', (?:every single one|the lot of them|all of them|each and every one|every last one)(?= \\.| !|$)|^(?:politics|nepotism|favou?ritism|bias|corruption|discrimination|jealousy|office politics)(?= ,| \\.| !|$)|(?:nothing else|pure and simple|plain and simple)(?= \\.| !|$)|^(?:fake|shallow|selfish|lazy|useless|spineless|greedy|corrupt|pathetic|heartless|gutless|cowardly|jealous|entitled|lying|two-faced|typical) (?:[^ ]+ )?(?:people|folk|friends|[^ ]+s)(?= ,| \\.| !|$)',
  }),
  rule({
    id: 'blame.grievance',
    label: 'blame',
    kind: 'lists what you gave and they failed to return',
    weight: 0.8,
    pattern:
      'after (?:everything|all) (?:that )?i (?:gave|did|sacrificed|put up with|have done|did for|have given|invested)|i told (?:him|her|them|everyone|you|the [^ ]+) (?:a hundred|a thousand|a million|so many|countless|\\d+|twice|over and over|this would happen|repeatedly|time and again|again and again)(?: times)?',
  }),
  rule({
    id: 'blame.if-they-had',
    label: 'blame',
    kind: 'imagines it going fine if someone else had acted differently',
    weight: 1.0,
    negatable: false,
    pattern:
      "(?:if|maybe if|if only|^had) (?!i |we |it |there |this |that |the (?:weather|storm|rain|market|economy|pandemic)|you )(?:the |my |his |her |their |our |some |that |this |these |those |a |an )?(?:[^ ]+ ){0,4}?(?:had|had not|did not|does not|would|actually|just|stopped|cared|bothered|paid|listened|gave|let|bothered|helped|warned|told|reminded|was not|were not|knew|did)(?= )(?! i )|if it (?:was|were|had) not (?:been )?for (?:the |my |his |her |their |our |some |that )?(?!storm|weather|rain|snow|pandemic|covid|market|economy|recession|flood|traffic)[^ ]+|would (?:have )?(?:been fine|have been fine|have won|have passed|have made it|be fine|have gotten|have got|have finished|have stayed|have worked) if (?!i |we )(?=[^ ])",
  }),
  rule({
    id: 'blame.anyone-would-have',
    label: 'blame',
    kind: 'says anyone would have done the same',
    weight: 0.6,
    negatable: false,
    pattern: 'my [^ ]+ (?:was|is) (?:way |much |so much |clearly |obviously )?(?:better|cleaner|stronger|tighter|faster|sharper|more [^ ]+) than (?:the winner|theirs|his|hers|the [^ ]+|[^ ]+\'s)|(?:anyone|anybody|everyone|everybody) (?:would|could) have (?:done|bought|fallen|made|believed|trusted|said|missed|failed)|(?:half|most|all|the rest) of (?:the|my) [^ ]+ (?:failed|missed|did badly|bombed|got it wrong)|(?:nobody|no one) could have (?:survived|done anything|fixed|saved|stopped|prevented|passed|done better)',
  }),

  // Dismissal instead of reflection.
  rule({
    id: 'blame.dismissal',
    label: 'blame',
    kind: 'waves it away instead of looking at it',
    weight: 0.9,
    negatable: false,
    pattern:
      "^whatever(?= \\.| ,| !|$)|^(?:i )?(?:rigged|fixed|a setup|a set-up|a scam|a farce|a sham|corrupt|bought)(?= \\.| ,| !| from| all|$)|(?:quality|merit|talent|effort|hard work|experience|skill) (?:does not|never|just does not) (?:matter|count)|(?:these|those) people(?= \\.| ,| !|$)|^some (?:professional|expert|friend|friends|teacher|coach|doctor|boss|leader|help|support|service|mentor|parent|partner)(?= \\.| !|$)|^robbed(?= \\.| !|$)|(?:we|i) (?:were|was|got) robbed|(?:their|her|his|your|its) loss|end of (?:story|discussion|conversation|debate)|(?:it is|it was|its) all (?:who you know|politics|rigged|a game|fake|a scam|a popularity contest)|(?:was|is|were|are|it is all) (?:totally |completely |obviously |clearly )?(?:rigged|a setup|a set-up|a scam|a racket|a sham|a farce|bought|paid off)|(?:was|were|had been) (?:already )?decided before|screw (?:them|him|her|that|this|it)|good riddance|(?:it is|that is) not the point|(?:had|have|has) (?:already )?(?:picked|chosen|decided on|made up (?:their|his|her) minds?|promised it to|given it to) (?:their|his|her|someone|the)|went to (?:the [^ ]+ |his |her |their )?(?:golf |drinking |old )?(?:buddy|buddies|friend|nephew|niece|favou?rite|pet|crony|cronies|son|daughter)|(?:hard work|merit|effort|talent|qualifications|experience) (?:means|count|counts|matters|mean) (?:nothing|for nothing|zero|squat)|(?:was|is) a (?:complete |total )?waste of (?:my )?time|(?:stupid|dumb|pointless|useless|ridiculous|rigged|crappy|shitty|garbage) (?:[^ ]+ )?anyway|(?:going nowhere|a dead end|not worth it|beneath me) anyway|did not (?:even )?want (?:it|the job|that job|him|her|them|the role|the place) anyway|thanks (?:a lot|for nothing)|(?:nobody|no one) (?:told|warned|informed|reminded|showed|taught|helped) (?:me|us)|who even cares|(?:had|has|have|played|plays|play) favou?rites|nobody (?:even )?tries|(?:nobody|no one) (?:ever |even )(?:saw|read|noticed|listened|cared|helped|tried|gave)",
  }),
  rule({
    id: 'blame.who-cares',
    label: 'blame',
    kind: 'waves it away instead of looking at it',
    weight: 0.5,
    negatable: false,
    pattern: 'nothing i could (?:do|have done)(?= \\.| ,|$| about)|who cares|so what|(?:^|, )obviously(?= \\.|$)|(?:^|, )honestly(?= \\.|$)',
  }),

  rule({
    id: 'blame.of-course-they',
    label: 'blame',
    kind: 'waves it away instead of looking at it',
    weight: 0.4,
    negatable: false,
    pattern: '^of course (?!i )(?:it|they|he|she|the|nobody|no one)',
  }),
  rule({
    id: 'blame.people-like-them',
    label: 'blame',
    kind: 'harsh words about the people involved',
    weight: 0.9,
    negatable: false,
    pattern:
      "(?:people|guys|men|women|folks) like (?:him|her|them|that) (?:should|should not|are|always|never|can not|do not|will never|get away)|^typical (?!me )[^ ]+(?= \\.| !|$)|(?:is|are|was) (?:a |an |just a )?(?:boys club|old boys network|boys network|clique|cult|popularity contest|closed shop|racket|old boys club)|^(?:again|unbelievable|un-believable|seriously|classic|unreal|outrageous|ridiculous|disgraceful)(?= \\.| !|$)|^(?:useless|incompetent|pathetic|terrible|awful|garbage|rubbish|crap|shit|hopeless|clueless|lazy|typical|bloody) (?:company|app|service|bank|airline|firm|organisation|organization|school|university|council|government|system|management|team|staff|people|landlord|boss|agency|website|platform|company)(?= \\.| !|$)",
  }),
  rule({
    id: 'blame.typical',
    label: 'blame',
    kind: 'waves it away instead of looking at it',
    weight: 0.6,
    negatable: false,
    pattern: '^(?:typical|classic|of course|figures|unbelievable)(?= \\.| !|$)',
  }),

  // Sarcasm aimed at others.
  rule({
    id: 'blame.sarcasm',
    label: 'blame',
    kind: 'sarcasm aimed at others',
    weight: 0.9,
    negatable: false,
    pattern:
      "(?:great|brilliant|fantastic|wonderful|amazing|stellar|top-notch|awesome|excellent|superb|outstanding|real|nice|lovely|terrific|world-class) (?:leadership|management|parenting|teaching|coaching|service|customer service|system|planning|organization|organisation|communication|support|decision-making|oversight|policy|priorities|work|job|refereeing|judging|staff|team|company|hr)(?: there)?(?: ,)? (?:really|guys|everyone|there|as always|though|as usual|folks|team|people|again)|(?:funny|interesting|rich|convenient|cute|hilarious)(?: ,)? (?:considering|since|given|coming from|how (?:he|she|they)|when (?:he|she|they))|what am i (?:even )?paying (?:[^ ]+ ){0,2}for|what (?:are|is) (?:they|he|she|the [^ ]+) even (?:for|doing|paid for)|totally about (?:[^ ]+ ){1,4}?and not about|(?:^|, )(?:oh sure|yeah right|oh yeah|sure sure)(?= ,| \\.| the| they| he| she|$)|love (?:how|that) (?:i am|i get|they|he|she|everyone|nobody) (?:the|blamed|called|getting)",
  }),
];
