/**
 * Signs that a sentence treats a setback as something the writer did: a named
 * action or decision, ownership in so many words, a repair, a lesson or next
 * step, a verdict set aside in favour of the act, and what's mine separated
 * from what's not.
 */
import { IDENTITY_ADJECTIVES, IDENTITY_NOUNS, ROLE_NOUNS, ROLE_VERDICT_ADJECTIVES } from '../lexicon';
import { oneOf } from '../patterns';
import { LAPSE } from './acts';
import { rule, type Rule } from './rule';

const ROLE = oneOf(ROLE_NOUNS);
const REJECTABLE_NOUN = `(?:${oneOf(ROLE_VERDICT_ADJECTIVES)} (?:[^ ]+ )?${ROLE}|${oneOf(IDENTITY_NOUNS)})`;
const REJECTABLE_ADJ = oneOf(IDENTITY_ADJECTIVES.filter((w) => !/^(?:not|too) /u.test(w)));
const REJECTABLE = `(?:(?:a|an|the|some kind of) )?(?:total |complete |real |bad |terrible )?(?:${REJECTABLE_NOUN}|${REJECTABLE_ADJ})`;

/** Things people do that they can own: lapses, avoidance, outbursts, risky calls. */
export { LAPSE } from './acts';

/** When a step is going to happen: "tomorrow", "this weekend", "starting Monday". */
const WHEN_NEXT =
  '(?:today|tomorrow|tonight|this (?:week|weekend|month|morning|afternoon|evening|year|time)|next (?:week|month|year|time|season|semester|term)|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?|(?:before|by|starting|from) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|now|next [^ ]+)|again starting [^ ]+)';

/**
 * Verbs after "I never / I didn't" that name an act left undone. Anything but
 * knowing, feeling, wanting and outcomes ("I didn't get the job", "I never saw
 * it coming"), which are not acts one could have done.
 */
const NOT_AN_ACT =
  '(?:know|knew|think|thought|expect|expected|see|saw|hear|heard|get|got|make|made|win|won|pass|passed|feel|felt|want|wanted|mean|meant|deserve|deserved|like|liked|love|loved|understand|understood|have|had|sleep|slept|eat|ate|cry|cried|mind|care|cared|agree|agreed|ask for|asked for|choose|chose|imagine|imagined|believe|believed|realize|realise|realized|realised|notice|noticed|dream|dreamed|dreamt|hear back|stand|stood|stop|stopped|be|been|do|did|go|went|come|came|happen|hurt|lose|lost|fail|failed|mean to|meant to|need|needed|plan|planned|say|said|doubt|doubted|recover|sign up for|enjoy|enjoyed|matter|count|seem|seemed|look|looked)';
const OMITTED = `(?:(?:do|did) (?:the|my|any|a|an|enough|much) [^ ]+|had (?:a|any) (?:budget|plan|backup|system|contract|strategy|routine|schedule|will|insurance)|said (?:anything|sorry|no|a word)|made time|(?!${NOT_AN_ACT}(?: |$))(?:[^ ]+ed|wrote|read|told|spoke|sent|paid|took|kept|checked|put|spent|set|gave|rang|(?:write|read|tell|speak|send|pay|take|keep|check|put|spend|set|give|call|ask|practi[cs]e|study|train|prepare|test|save|track|plan|listen|apologi[sz]e|reply|respond|follow|show|warn|admit|open|finish|start|learn|review|return|update|talk|book|file|submit|bother|try|push|raise|flag|mention|look (?:at|into|for)) (?!it coming)[^ ]+))`;

export const ACCOUNTABILITY_RULES: readonly Rule[] = [
  // Ownership in so many words.
  rule({
    id: 'accountability.on-me',
    label: 'accountability',
    kind: 'owns it',
    weight: 1.2,
    pattern:
      '(?:that|this|it|that one|this one|that part|this part|that bit|the [^ ]+) (?:is|was|one is|one was|part is|part was) (?:all |completely |totally |entirely |100% |squarely |fully |mostly |partly |definitely |honestly )?on me|(?:that is|it is|it was|that was|this is|this was|that one is|that one was) (?:all |totally |completely |entirely |honestly |definitely )?(?:my|my own) (?:fault|mistake|call|decision|choice|doing|bad|screw-up|screwup|error|responsibility|idea)|(?:^|, |\\. |; )(?:my bad|my mistake|totally my fault|my fault(?= \\.| ,|$))|(?:^|, |; )(?:completely |totally |entirely |all |100% |honestly )?my (?:doing|fault|mistake|call|responsibility)(?= \\.| ,| ;|$)',
  }),
  rule({
    id: 'accountability.mine-to-own',
    label: 'accountability',
    kind: "separates what's yours from what isn't",
    weight: 1.3,
    pattern:
      'my (?:part|share|role) in (?:it|this|that|all this|all of it|the [^ ]+) (?:was|is)|not because (?:he|she|they|[^ ]+) did anything wrong|(?:he|she|they) (?:did|had done) (?:nothing|not do anything) wrong|(?:he|she|they) did not deserve (?:that|it|this|any of (?:that|it))|(?:mine|my part|my share|the part that is mine|my piece) to (?:own|fix|carry|work on)|(?:that|this) (?:part|bit|piece|one) (?:is mine|i (?:can|will|need to|have to) (?:own|fix|change|work on)|i own)|(?:but|and) that (?:part )?(?:i can|is something i can) (?:fix|change|work on|control)|i own (?:that|this|it|my part|my share|the fact|what i did)|own (?:my|up to my) (?:part|share|mistake|mistakes)',
  }),
  rule({
    id: 'accountability.take-responsibility',
    label: 'accountability',
    kind: 'owns it',
    weight: 1.0,
    pattern:
      '(?:corrected|set) (?:the record|it straight|the record straight|my mistake)|(?:owned|admitted|confessed|fessed up to|came clean about) (?:it|that|this|up|my [^ ]+|the [^ ]+|to [^ ]+)|i (?:take|accept|am taking|will take|have to take|need to take) (?:full |complete |total |my share of |some |real )?(?:responsibility|ownership|the blame|accountability)|i (?:was|am) (?:totally |completely |entirely |just |simply |partly |honestly )?(?:wrong|at fault|responsible|to blame|in the wrong|out of line)(?! to (?:trust|think|believe|assume))|i (?:chose|picked|called it) wrong|i (?:can|could|have to|need to|must|should)? ?(?:finally )?admit(?: that)? (?:i|it|my|that i)|i (?:made|make) (?:a |the |some |one |two |several |a few |a big |a bad |a huge |a real |an honest |a stupid |a dumb |a costly )?(?:mistake|mistakes|bad call|wrong call|poor choice|bad choice|bad decision|poor decision|error|misjudgment|misjudgement|poor call)',
  }),
  rule({
    id: 'accountability.messed-up',
    label: 'accountability',
    kind: 'owns it',
    weight: 0.8,
    pattern:
      'i (?:really |totally |completely |definitely |honestly )?(?:messed|screwed|fucked|mucked|cocked|effed) (?:it |this |that |things |the [^ ]+ |my [^ ]+ |[^ ]+ )?up|i (?:dropped the ball|blew it|dropped the ball on|fumbled it)',
  }),
  rule({
    id: 'accountability.should-have',
    label: 'accountability',
    kind: 'names what you could have done differently',
    weight: 0.9,
    pattern:
      'i (?:really |definitely |probably |honestly |absolutely |obviously )?(?:should have|should not have|could have|ought to have|needed to have)(?! been (?:happier|born))|when i should not have|should have known better|i knew better|i knew it (?:when|at the time|going in|before)|i (?:knew|know) (?:it was|that was) (?:a mistake|wrong|risky|a bad idea)',
  }),
  rule({
    id: 'accountability.my-decision',
    label: 'accountability',
    kind: 'owns a decision',
    weight: 1.0,
    pattern:
      'my (?:decision|choice|call|idea|plan) (?:to [^ ]+ (?:[^ ]+ ){0,7}?)?(?:was|is|turned out to be) (?:a |an )?(?:mistake|error|wrong|bad (?:one|call|idea)|the problem|poor|on me|the wrong)|(?:was|is) (?:all )?my (?:decision|call|choice|doing|idea)',
  }),
  rule({
    id: 'accountability.a-thing-i-did',
    label: 'accountability',
    kind: 'owns the act and sets the verdict aside',
    weight: 1.3,
    pattern:
      '(?:a |the |one )?(?:bad |wrong |stupid |dumb |selfish |thoughtless |terrible |awful |careless |hurtful )?(?:thing|things|mistake|mistakes|choice|choices|decision|something) i (?:did|made|chose|said)(?: ,)? (?:not|and not|but not) (?:who|what) i am',
  }),

  // A named action or lapse, done by the writer.
  rule({
    id: 'accountability.lapse',
    label: 'accountability',
    kind: 'names a specific action',
    weight: 0.8,
    pattern: `i (?:had |have |also |just |then |completely |totally |basically |really |kind of |sort of |still |even |probably |honestly |did |again |once again |stupidly |foolishly |accidentally |carelessly |repeatedly |actually |definitely )*${LAPSE}`,
  }),
  rule({
    id: 'accountability.because-i',
    label: 'accountability',
    kind: 'names a specific action',
    weight: 1.0,
    pattern:
      "(?:because|since|as|after|from|partly because|mostly because|all because|that is because|it was because|mainly because) i (?:had |have |just |also |kept |basically |totally |completely |really |honestly |probably |stupidly |had already |only |never )*(?:(?!(?:failed|fired|laid|dumped|rejected|diagnosed|injured|hurt|needed|wanted|loved|liked|moved|tried|passed|got|lost|was|were|am|felt|feel|thought|think|heard|saw|had|have|could|can|would|will|need|want|love|like|know|knew|care|cared|do|did|started|began|became|came|went|lived|live|received|found|met|worked|work|won|turned|grew|fell|broke|looked|seemed|happened|belonged)(?: |$))[^ ]+ed|spent|bet|left|forgot|took|chose|drove|ate|drank|ran|made|let|put|kept|quit|slept|sent|bought|gave|wrote|blew|threw|overslept|overspent|brought|said|told|agreed|promised|signed|did not|had not|have not|never|was not|was too|was late|was careless|was lazy|was on my|was distracted|was drunk|was texting|was scrolling|was showing off|was rushing|was busy|would not|could not be bothered|do not|did (?:it|that|this))",
  }),
  rule({
    id: 'accountability.without-doing',
    label: 'accountability',
    kind: 'names a specific action',
    weight: 0.6,
    needsSelf: true,
    pattern:
      'without (?:even )?(?:checking|asking|thinking|reading|testing|telling|planning|looking|saving|backing up|proofreading|preparing|prepping|researching|talking|listening|consulting|load testing|a plan|a backup|a budget|a job lined up|(?:[^ ]+ing) (?:references|the|my|a|anyone|first))|instead of (?:[^ ]+ing)|which i (?:always |usually )?(?:tell|warn|teach|remind) (?:[^ ]+ ){0,2}?(?:not to|never to)|(?:and|but) i (?:also )?did (?:let|make|ignore|skip|miss|forget|take|spend|push|choose|hire|rush|avoid|stop)|but i also|i also (?:[^ ]+ed|let|spent|took|made|kept|left|bet|ran|forgot|did not|had not|have not|never)',
  }),
  rule({
    id: 'accountability.misused-money',
    label: 'accountability',
    kind: 'names a specific action',
    weight: 0.8,
    needsSelf: true,
    pattern:
      '(?:with|using|out of|from) (?:the|our|my) (?:grocery|groceries|rent|bill|bills|food|savings|mortgage|tuition|holiday|emergency|school|college|house|baby|wedding) (?:money|fund|budget)',
  }),
  rule({
    id: 'accountability.too-much',
    label: 'accountability',
    kind: 'names a specific action',
    weight: 0.4,
    needsSelf: true,
    pattern: 'too (?:much|fast|many|little|soon|quickly|long|early|hard) (?:on|to|before|for|and|in|at|with|during|,|\\.)|too (?:much|fast|many|little|soon|quickly|early)$',
  }),
  rule({
    id: 'accountability.never-did',
    label: 'accountability',
    kind: 'names a specific action',
    weight: 0.7,
    pattern:
      'i (?:really |honestly |basically |just )?never (?:wrote|put (?:it|that|this|the [^ ]+|anything) in writing|tracked|checked|listened|asked|practiced|practised|studied|saved|called|told|put|talked|followed up|backed up|planned|budgeted|prepared|prepped|read|tested|reviewed|showed up|spoke up|pushed back|apologized|apologised|paid attention|looked at|thought about|bothered|made time|said no|said sorry|opened|set)',
  }),
  rule({
    id: 'accountability.habit-admitted',
    label: 'accountability',
    kind: 'names a specific action',
    weight: 0.7,
    pattern:
      'i (?:have been|was|keep|kept) (?:on my phone|drinking|scrolling|gaming|avoiding|ignoring|putting off|skipping|neglecting|procrastinating|overspending|hiding from|lying|snapping|telling people|pretending)|i keep (?:telling people|saying i am|promising)|when (?:it|that|they|i) (?:was not|were not|had not|did not|was not true)',
  }),
  rule({
    id: 'accountability.angry-at-myself-for',
    label: 'accountability',
    kind: 'names a specific action',
    weight: 0.9,
    pattern:
      '(?:angry|furious|mad|frustrated|annoyed|disappointed|upset|cross|kicking myself) (?:with myself |at myself |in myself )?for (?:not )?[^ ]+ing|(?:i )?blame myself for (?:not )?[^ ]+ing|i feel (?:sick|awful|terrible|bad|guilty|horrible) about (?:not )?[^ ]+ing',
  }),
  rule({
    id: 'accountability.they-are-right-about-me',
    label: 'accountability',
    kind: 'agrees with feedback about something you did',
    weight: 1.0,
    pattern:
      "(?:they|he|she|you|[^ ]+) (?:are|is|were|was) (?:totally |completely |absolutely |probably |so |kind of |basically |fair and )?right (?:that|about) (?:my|i)(?= )",
  }),
  rule({
    id: 'accountability.bad-at-a-time',
    label: 'accountability',
    kind: 'names a specific action',
    weight: 1.1,
    pattern: `i was (?:a |an )?(?:really |pretty |very |such a )?(?:bad|terrible|poor|lousy|awful|horrible|crappy|shitty|absent|distracted|distant|careless) (?:[^ ]+ )?${ROLE}(?: ,)? (?:this|that|today|tonight|yesterday|lately|recently|last|at the|in that|in the|for a|during|all)`,
  }),
  rule({
    id: 'accountability.mocks-own-decision',
    label: 'accountability',
    kind: 'names a decision you made',
    weight: 0.8,
    pattern:
      '(?:brilliant|great|genius|smart|stellar|fantastic|nice|good|excellent|real smart|top) (?:move|idea|call|plan|decision|thinking|choice|work)(?: ,| \\.)? (?:deciding|thinking|assuming|choosing|skipping|leaving|forgetting|not|to|me)',
  }),

  // Repair.
  rule({
    id: 'accountability.repair',
    label: 'accountability',
    kind: 'a repair',
    weight: 0.9,
    pattern:
      "(?:i |i will |i am going to |i am gonna |i want to |i need to |i plan to |i am |i have |i will go |going to |need to |will )?(?:apologize|apologise|apologized|apologised|apologizing|apologising|say sorry|said sorry|saying sorry|make it up to|made it up to|make amends|made amends|own up|owned up|come clean|came clean|pay (?:him|her|them|it) back|paid (?:him|her|them|it) back|repay|repaid|(?:tell|telling|told) (?:[^ ]+ ){1,2}?the (?:whole )?truth|say (?:i am|that i am) sorry|(?:thanked|credited) (?:[^ ]+ ){1,2}?(?:in front of|publicly|properly)|told (?:him|her|them) i (?:was wrong|chose wrong|messed up|am sorry|was sorry)|(?:sent|send|sending|writing|wrote|write|emailed|texted|owe) (?:him|her|them|[^ ]+) (?:an? )?(?:honest |real |proper |sincere |full |long |heartfelt )?apology|an (?:honest |sincere |real )?apology|no excuses|i am (?:so |really |truly |very )?sorry (?:i|that i|for (?:[^ ]+ing|what i|the way i|how i|my))|i regret (?:[^ ]+ing|not|the way|how i|what i|that i|it)|not proud of (?:it|that|myself|how i|what i)|make (?:it|things|this) right)",
  }),
  rule({
    id: 'accountability.repair-conversation',
    label: 'accountability',
    kind: 'a repair',
    weight: 0.6,
    pattern:
      '(?:told|tell|telling) (?:him|her|them|[^ ]+) (?:tonight |today |this morning |later |tomorrow |again )?(?:why|so|that i|that(?= \\.|$)|what happened|i was|everything|how sorry|(?:that )?i am sorry|(?:that )?i was wrong)|(?:asked|ask|asking) (?:him|her|them|[^ ]+) (?:what|how) (?:would|could|i can|i could|to)|(?:emailed|texted|called|wrote to|messaged) (?:him|her|them|[^ ]+) to (?:say|apologize|apologise|thank|explain|ask)|to (?:make|put) (?:it|things) right',
  }),

  // A lesson or next step.
  rule({
    id: 'accountability.from-now-on',
    label: 'accountability',
    kind: 'a next step',
    weight: 1.0,
    pattern:
      'from now on|going forward|moving forward|from here on|(?:not|never) (?:doing|making|letting|going to do|going to make|gonna do|repeating) (?:that|this|it|the same (?:mistake|thing))(?: [^ ]+){0,2}? again|i will not (?:do|make|let|repeat) (?:that|this|it|the same) (?:[^ ]+ ){0,3}?again|never again|so (?:that )?(?:i|we) (?:do not|will not|never) (?:repeat|make|do) (?:it|that|this|the same)|(?:want|going|need|plan|try|have) to do (?:it |things |that |this )?differently|(?:is|are) (?:now )?non-negotiable|(?:the|my) (?:first )?(?:thing|habit|pattern|part) i am (?:fixing|changing|breaking|working on)|the (?:first )?thing i (?:will )?(?:build|fix|change|do differently)',
  }),
  rule({
    id: 'accountability.next-time',
    label: 'accountability',
    kind: 'a next step',
    weight: 0.8,
    pattern:
      '(?:next|the next) (?:time|sprint|film|company|job|project|round|cycle|season|launch|race|game|match|interview|semester|term|book|release|album|draft|pitch|try|attempt|one|relationship|business|startup|tournament|audition|application)(?: ,)? (?:i|we|gets|is getting|will|needs|i will|i am)|next time',
  }),
  rule({
    id: 'accountability.lesson',
    label: 'accountability',
    kind: 'a lesson',
    weight: 0.8,
    pattern:
      'lessons? (?:learned|learnt)|(?:the |my |big |hard )?lesson (?:is|was|here|for me|:)|i (?:have )?(?:learned|learnt|realized|realised|figured out|worked out) (?:that|to|from|my lesson|a lot|how|what|the hard way)|(?:is|has been|are|have been) (?:helping|teaching) me (?:to )?(?:learn|see|understand|stay|change|work on|notice)|now i (?:can )?(?:see|realize|realise|know|understand|get) (?:that |how |why |what )?(?:i|it was|my)|i can (?:see|hear|tell) (?:it |that |the difference )?now|looking back ,? i (?:can see|see|realize|know)',
  }),
  rule({
    id: 'accountability.hindsight',
    label: 'accountability',
    kind: 'looks back to learn',
    weight: 0.4,
    pattern: 'in (?:retrospect|hindsight)|looking back(?= ,)|with hindsight',
  }),
  rule({
    id: 'accountability.fix',
    label: 'accountability',
    kind: 'a next step',
    weight: 0.6,
    subjects: ['self'],
    pattern:
      "(?:i am |i will |i have |i will be |we are |i have been |i am going to |going to |and )?(?:working on (?:it|that|this|my|the|being|not)|learning (?:to|how to)|relearning how|practicing|practising|drilling|fixing|rebuilding|relearning|retraining|rehearsing|reapplying|re-applying|retaking|re-taking|volunteering|budgeting|setting up|set up (?:a|an|the|automatic|auto|monthly|weekly|daily|my|two|reminders|alerts|backups)|signed up for|signing up for|enrolled in|enrolling in|booked (?:[^ ]+ ){0,2}(?:lessons|lesson|sessions|session|follow-up|followup|therapist|class|course|coach|tutor)|taking (?:a |an )?(?:[^ ]+ ){0,2}?(?:course|class|classes|lessons|workshop|program|programme)|(?:need to|want to|going to|will|would|have to|promised to) work on (?:my|being|not|it|that|this|how)|re-?enrolled|re-?applied|re-?registered|signed back up|ask(?:ing|ed)? for (?:feedback|help|advice)|(?:i will|i am going to|i want to|i will try to) do better|doing (?:a |the )?(?:course|proper|prep)|cancelled (?:[^ ]+ ){0,2}(?:subscriptions|subscription|cards|card|memberships|membership)|canceled (?:[^ ]+ ){0,2}(?:subscriptions|subscription)|cutting (?:it |them |back|down)|blocking (?:[^ ]+ ){0,2}(?:mornings|evenings|time|hours|days|weekends|afternoons)|going to office hours|(?:getting|got) (?:a tutor|help|therapy|a coach|a sponsor)|seeing a (?:therapist|counselor|counsellor|coach)|writing (?:it all|everything|it) down|(?:making|made|drew up|set up) a (?:[^ ]+ )?(?:plan|checklist|list|budget|schedule|chart|rota|routine|system)|started (?:using |tracking |saving |therapy|going to |seeing |to )|starting (?:a |an |three|two|four|early|therapy|to save|to track|this week|next week)|back to [^ ]+ing|reading (?:labels|up on)|is now (?:taped|on|in|set|scheduled|automatic|part)|(?:are|is) (?:all )?in (?:the |my |a )(?:[^ ]+ )?(?:calendar|planner|app|spreadsheet)|reminders? (?:now|set|on)|with reminders|automatic (?:backups|payments|savings|reminders)|checklist|have since (?:introduced|started|set up|changed|put|made|begun|stopped)|i have done the (?:course|work|program|programme)|(?:to|will|going to|gonna) fix (?:it|this|that|the [^ ]+|my [^ ]+))",
  }),
  rule({
    id: 'accountability.future-step',
    label: 'accountability',
    kind: 'a next step',
    weight: 0.5,
    pattern: `^[^ ]+ing (?:[^ ]+ ){0,8}?${WHEN_NEXT}|i (?:will|am going to|am gonna|am|have|plan to|want to|need to) (?:[^ ]+ ){1,8}?${WHEN_NEXT}|next (?:week|month|year|season) ,? (?:i am|i will|we are|we will)|we (?:are|will|are going to) (?:[^ ]+ ){1,8}?${WHEN_NEXT}|if i (?:ever )?(?:try|do|start|open|run|attempt) (?:this |it |that |one |a [^ ]+ )?again|i (?:will not|am not going to|am never going to|will never) (?:[^ ]+ ){1,3}?again|(?:is|are) (?:[^ ]+ ){0,5}?now(?= \\.| ,| ;|$)`,
  }),
  rule({
    id: 'accountability.so-next-step',
    label: 'accountability',
    kind: 'a next step',
    weight: 0.5,
    pattern:
      "so (?:this (?:year|month|week|time|semester|season) |for the [^ ]+ |next [^ ]+ )?(?:i am|i will|i have|i) (?:now )?(?:[^ ]+ing|going to|booked|set|started|made|signed|enrolled|cancelled|moved|switched|asked|joined)",
  }),
  rule({
    id: 'accountability.habit-change',
    label: 'accountability',
    kind: 'a next step',
    weight: 0.5,
    pattern:
      '(?:every|each) (?:sunday|monday|tuesday|wednesday|thursday|friday|saturday|morning|evening|night|week|day) now|(?:goes|go|stays|stay|lives|live) (?:[^ ]+ ){1,4}?(?:after|before|at) [^ ]+ (?:now|from now)|no more [^ ]+|i am not keeping|i will not keep',
  }),

  // An omission: "I never did the practice problems", "I didn't tell my editor".
  rule({
    id: 'accountability.omission',
    label: 'accountability',
    kind: 'names something you did not do',
    weight: 0.5,
    negatable: false,
    pattern: `i (?:just |really |honestly |simply |also |still |basically |completely |totally )?(?:did not|never|had not|have not|had never|have never) (?:even |once |actually |really |properly |ever |bother to )?${OMITTED}(?! (?:anything wrong|a thing wrong|a chance|any of (?:this|that|it)|for (?:this|that|it|any of)|it coming|this coming|that coming|what to))`,
  }),
  // A concrete wrong choice: "sent the report with the wrong figures".
  rule({
    id: 'accountability.wrong-thing',
    label: 'accountability',
    kind: 'names a specific action',
    weight: 0.8,
    pattern: `i (?:just |also |then |accidentally |somehow |stupidly )?(?:sent|used|ran|picked|took|brought|booked|bought|filed|quoted|gave|put|entered|ordered|read|signed|submitted|uploaded|emailed|hired|chose|made|backed|trusted|followed|studied|packed|printed|installed|deployed|pushed|merged|invoiced|charged|paid|told|cited|prepared|practised|practiced|trained|wore) (?:[^ ]+ ){0,5}?(?:the|a|an) wrong (?!(?:place|time|moment|day|crowd|side|end)(?: |$))[^ ]+`,
  }),
  // Something already put right: "corrected it", "re-ran the numbers", "paid it back".
  rule({
    id: 'accountability.put-right',
    label: 'accountability',
    kind: 'a repair',
    weight: 0.8,
    subjects: ['self'],
    pattern:
      '(?:corrected|fixed|redid|redone|re-did|re-done|reran|re-ran|rerun|re-run|resubmitted|re-submitted|refunded|reimbursed|repaid|reversed|retracted|undid|undone|rewrote|rewritten|re-wrote|replaced|paid back|returned|withdrew|cleaned up) (?:it|that|this|them|everything|the [^ ]+|my [^ ]+|what i|his|her|their|all of it)',
  }),
  rule({
    id: 'accountability.takes-consequence',
    label: 'accountability',
    kind: 'owns it',
    weight: 0.9,
    pattern:
      '(?:take|taking|took|accept|accepting|accepted|face|facing|faced|own|owning|owned) (?:the|my|whatever|any) (?:consequences?|hit|penalty|fine|sanction|fallout|responsibility)',
  }),
  // The outcome put down to the writer's own decision or failing: "my decision to expand drained our cash".
  rule({
    id: 'accountability.my-doing-caused',
    label: 'accountability',
    kind: 'owns a decision',
    weight: 1.0,
    pattern:
      'my (?:own )?(?:decision|choice|call|idea|plan|gamble|bet|mistake|carelessness|impatience|stubbornness|pride|ego|greed|laziness|procrastination|temper|negligence|overconfidence|rushing|silence|absence|avoidance|drinking|spending) (?:to [^ ]+ (?:[^ ]+ ){0,6}?)?(?:cost|costs|drained|sank|sunk|caused|killed|hurt|ruined|wrecked|lost|led|put|broke|blew|burned|tanked|meant|left|pushed|made (?:us|me|it|things|everything))',
  }),
  // What is being fixed, said as a fact: "pacing is what I'm fixing"; "next submission goes out with the new series".
  rule({
    id: 'accountability.what-i-am-fixing',
    label: 'accountability',
    kind: 'a next step',
    weight: 1.0,
    pattern:
      '(?:is|are|was) (?:what|the thing|the part|the habit|the one thing) i am (?:fixing|changing|working on|practi[cs]ing|focusing on|addressing|drilling|training)',
  }),
  rule({
    id: 'accountability.next-one',
    label: 'accountability',
    kind: 'a next step',
    weight: 0.7,
    pattern: `(?:the )?next (?!(?:week|month|year|day|morning|night|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday|time|few)(?: |$))[^ ]+ (?:goes|go|gets|get|will|is going to|has to|needs to|must|is getting|i will|i am going to|i send|i write|i make|i do)(?= )`,
  }),
  rule({
    id: 'accountability.doing-it-now',
    label: 'accountability',
    kind: 'a next step',
    weight: 0.6,
    pattern:
      '(?:^|i am |, |and |so )(?:doing|fixing|practi[cs]ing|studying|training|drilling|checking|tracking|logging|saving|budgeting|rehearsing|reading|using|setting|booking|planning|scheduling|working on) (?:[^ ]+ ){0,4}?(?:now|properly now|every (?:day|week|morning|night)|daily|weekly)(?= \\.| ,|$| and| too)|now i (?:do|have one|have a [^ ]+|use one|keep one|check|track|plan|budget|save)(?= \\.| ,|$)',
  }),
  rule({
    id: 'accountability.looking-again',
    label: 'accountability',
    kind: 'looks back to learn',
    weight: 0.4,
    pattern:
      '(?:looking|look|looked) at (?:it|them|the [^ ]+|my [^ ]+) again|on reflection|re-?reading (?:it|them|the [^ ]+|my [^ ]+)|(?:watching|watched|rewatching|rewatched|re-watching|reviewing|reviewed) (?:the )?(?:tape|film|footage|video|replay|game film|recording)',
  }),
  // A verdict set aside in favour of the act.
  rule({
    id: 'accountability.rejects-verdict',
    label: 'accountability',
    kind: 'sets a verdict about who you are aside',
    weight: 0.9,
    negatable: false,
    pattern: `(?:i am (?:not|no longer|not really)|i was (?:never|not)|(?:does not|did not|will not|should not|can not|need not|would not) (?:make|mean|prove|define) (?:me|i am|that i am)) ${REJECTABLE}|(?:does not|did not|will not|should not|can not|need not|would not) (?:make|mean|prove|define) (?:me|i am|that i am) anything about who i am|(?:does not|did not|will not) define me|i am (?:more|better) than (?:my|this|that|one|a) (?:mistake|mistakes|failure|failures|worst day|bad day|setback|worst moment)|i am not my (?:mistakes|failures|worst day|worst moments|past|grades|job)|(?:that|it|this) is not who i am|not (?:a|the) (?:verdict|judgment|judgement) on (?:me|who i am)|(?:failed|lost|flunked|messed up) (?:a|an|one|the|my) [^ ]+ ,? (?:not|but not|i am not) (?:at life|as a person|(?:a|the) (?:whole|person))`,
  }),
];
