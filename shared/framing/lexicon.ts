/**
 * Word lists behind the rules, grouped by the guide's categories. Multi-word
 * entries use single spaces and the canonical forms from tokens.ts
 * ("do not", not "don't").
 */

/** Nouns that, said of yourself, are a verdict on who you are. */
export const IDENTITY_NOUNS = [
  'failure', 'failure of a person', 'loser', 'fraud', 'joke', 'disappointment', 'embarrassment',
  'disgrace', 'screwup', 'screw-up', 'screw up', 'fuckup', 'fuck-up', 'fuck up', 'f-up', 'idiot',
  'moron', 'fool', 'imbecile', 'dumbass', 'dummy', 'clown', 'waste of space', 'waste of oxygen',
  'waste of air', 'waste of skin', 'waste of a person', 'waste', 'burden', 'nobody', 'nothing',
  'no one', 'quitter', 'choker', 'coward', 'fake', 'impostor', 'imposter', 'phony', 'phoney', 'hack',
  'lost cause', 'write-off', 'has-been', 'deadbeat', 'parasite', 'leech', 'letdown', 'let-down',
  'liability', 'weakling', 'freak', 'monster', 'weak link', 'laughingstock', 'laughing stock',
  'charity case', 'mistake', 'misfit', 'reject', 'outcast', 'trainwreck', 'train wreck',
  'basket case', 'dud', 'hypocrite', 'piece of shit', 'piece of garbage', 'piece of trash',
  'piece of crap', 'piece of work', 'scum', 'zero', 'dead weight', 'drain', 'curse', 'sad case',
  'pushover', 'doormat', 'bad person', 'terrible person', 'horrible person', 'awful person',
  'shell of a person', 'shadow of myself', 'problem', 'weakest link', 'liar', 'cheat', 'cheater', 'thief', 'weirdo', 'oddball', 'loner',
  'pariah', 'sad sack', 'cautionary tale', 'punchline', 'punch line', 'butt of the joke', 'bad influence', 'disaster', 'walking disaster',
  'catastrophe', 'calamity', 'waste of a human', 'waste of a human being', 'human disaster', 'dead end', 'black sheep', 'lost soul',
  'nobody special', 'total write-off', 'amateur', 'has-been', 'also-ran', 'dead loss', 'non-starter', 'letdown to everyone', 'disappointment to everyone',
] as const;

/** Identity nouns mild enough that alone they often mean a bad moment, not a verdict. */
export const MILD_IDENTITY_NOUNS = ['mess', 'wreck', 'hot mess', 'nervous wreck', 'basket case'] as const;

/** Adjectives that, said of yourself with "am"/"was", are a verdict on who you are. */
export const IDENTITY_ADJECTIVES = [
  'worthless', 'useless', 'hopeless', 'pathetic', 'stupid', 'dumb', 'idiotic', 'lazy', 'weak',
  'broken', 'disgusting', 'revolting', 'repulsive', 'repugnant', 'hideous', 'ugly', 'gross',
  'unlovable', 'unloveable', 'impossible to love', 'hard to love', 'unworthy', 'undeserving',
  'incompetent', 'inadequate', 'defective', 'damaged', 'damaged goods', 'boring', 'exhausting',
  'exhausting to be around', 'unbearable', 'insufferable', 'unlikable', 'unlikeable', 'annoying',
  'pitiful', 'irresponsible', 'selfish', 'toxic', 'poison', 'cursed', 'doomed', 'unemployable',
  'unfixable', 'beyond help', 'beyond repair', 'spineless', 'gutless', 'talentless', 'brainless',
  'clueless', 'dense', 'no good', 'good for nothing', 'good-for-nothing', 'mediocre', 'second-rate',
  'inferior', 'subpar', 'unsuited', 'unfit', 'incapable', 'washed up', 'washed-up', 'past it',
  'too old', 'too stupid', 'too dumb', 'too weak', 'too lazy', 'too slow', 'too much', 'not enough',
  'unwanted', 'unneeded', 'replaceable', 'disposable', 'forgettable', 'unattractive', 'bad',
  'terrible', 'horrible', 'awful', 'the worst', 'evil', 'rotten', 'trash', 'garbage', 'nothing',
  'a nobody', 'unhireable', 'unemployable', 'a joke', 'hopeless case', 'a lost cause',
  'impossible to be with', 'impossible to be around', 'impossible to live with', 'hard to be around',
  'hard to be with', 'difficult to love', 'too much to handle', 'a nightmare to be around',
  'not worth the trouble', 'beyond saving', 'unlovable', 'the dumbest', 'the stupidest', 'the worst person',
  'the weakest', 'the laziest', 'the ugliest', 'the most useless', 'the biggest idiot', 'the biggest failure',
  'weak-willed', 'spineless', 'gutless', 'soft', 'a financial disaster', 'a disaster', 'average at best',
  'mediocre at best', 'nothing special', 'rotten inside', 'rotten to the core', 'broken inside',
] as const;

/** Adjectives that sound like a verdict after "feel" too ("I feel worthless"). */
export const FEEL_VERDICT_WORDS = [
  'worthless', 'useless', 'pathetic', 'disgusting', 'unlovable', 'unworthy', 'inadequate', 'broken',
  'like a failure', 'like a loser', 'like a fraud', 'like a burden', 'like a disappointment',
  'like a disgrace', 'like a waste of space', 'like a joke', 'like nothing', 'like a nobody',
  'like an impostor', 'like an imposter', 'like a complete failure', 'like a total failure',
  'like such a failure', 'like such a loser', 'like a screwup', 'like a fuckup',
] as const;

/** Evaluative adjectives that turn a role into a verdict: "a terrible mother". */
export const ROLE_VERDICT_ADJECTIVES = [
  'bad', 'terrible', 'horrible', 'awful', 'lousy', 'useless', 'worthless', 'pathetic', 'shitty',
  'crappy', 'crap', 'rubbish', 'garbage', 'poor', 'failed', 'hopeless', 'incompetent', 'selfish',
  'lazy', 'weak', 'stupid', 'dumb', 'sorry', 'disgusting', 'neglectful', 'deadbeat', 'absent',
  'fake', 'mediocre', 'second-rate', 'washed-up', 'washed up', 'broken', 'irresponsible',
  'clueless', 'inadequate', 'unfit', 'worst', 'useless old', 'sad', 'miserable excuse for a',
  'sorry excuse for a', 'poor excuse for a', 'joke of a', 'failure of a', 'disgrace of a',
] as const;

/** People a writer can be, so that "a terrible ___" is about the self, not a thing. */
export const ROLE_NOUNS = [
  'person', 'human', 'human being', 'man', 'woman', 'guy', 'girl', 'boy', 'kid', 'adult', 'parent',
  'mother', 'mom', 'mum', 'father', 'dad', 'son', 'daughter', 'brother', 'sister', 'wife',
  'husband', 'partner', 'boyfriend', 'girlfriend', 'friend', 'employee', 'boss', 'manager',
  'leader', 'teacher', 'student', 'writer', 'artist', 'musician', 'player', 'athlete', 'coach',
  'cook', 'driver', 'lawyer', 'doctor', 'nurse', 'founder', 'entrepreneur', 'owner', 'colleague',
  'coworker', 'co-worker', 'teammate', 'roommate', 'neighbor', 'neighbour', 'grandmother',
  'grandfather', 'grandma', 'grandpa', 'aunt', 'uncle', 'specimen', 'example', 'role model',
  'provider', 'spouse', 'lover', 'date', 'programmer', 'developer', 'engineer', 'designer',
  'salesperson', 'worker', 'professional', 'person overall', 'human overall', 'christian',
  'muslim', 'son of a', 'daughter of a', 'stepmom', 'stepdad', 'caregiver', 'carer', 'host',
  'listener', 'communicator', 'boyfriend', 'fiance', 'fiancee', 'child', 'grown-up', 'grownup',
] as const;

/** Feelings: strong, real, and not a verdict by themselves. Used to explain neutral sentences. */
export const FEELING_WORDS = [
  'embarrassed', 'ashamed', 'humiliated', 'mortified', 'crushed', 'devastated', 'heartbroken',
  'gutted', 'disappointed', 'angry', 'furious', 'sad', 'numb', 'empty', 'hurt', 'upset',
  'frustrated', 'scared', 'afraid', 'anxious', 'lonely', 'lost', 'tired', 'exhausted', 'stressed',
  'overwhelmed', 'miserable', 'sick', 'heavy', 'raw', 'shaky', 'shaken', 'panicked', 'terrified',
  'hopeless', 'defeated', 'drained', 'down', 'low', 'awful', 'terrible', 'horrible', 'bad',
  'guilty', 'sorry', 'jealous', 'bitter', 'resentful', 'cried', 'crying', 'tears', 'sobbed',
] as const;

/** Words people use about setbacks that are neutral until a verdict is attached. */
export const TRIGGER_WORDS = [
  'failure', 'failures', 'failed', 'fail', 'failing', 'loser', 'losers', 'lost', 'rejection',
  'rejected', 'fired', 'mistake', 'mistakes', 'flopped', 'bombed', 'disappointment', 'worthless',
  'useless', 'stupid', 'idiot',
] as const;

/** People and bodies that can be held responsible; "because of the storm" is not blame. */
export const AGENT_NOUNS = [
  'boss', 'manager', 'managers', 'coach', 'teacher', 'teachers', 'professor', 'prof', 'ref',
  'referee', 'refs', 'examiner', 'landlord', 'ex', 'wife', 'husband', 'partner', 'girlfriend',
  'boyfriend', 'team', 'teammates', 'colleagues', 'coworkers', 'co-workers', 'company', 'hr',
  'management', 'leadership', 'parents', 'mom', 'mum', 'dad', 'mother', 'father', 'brother',
  'sister', 'friends', 'friend', 'bank', 'banks', 'government', 'system', 'publisher', 'editor',
  'agent', 'client', 'clients', 'customers', 'customer', 'investors', 'investor', 'board', 'panel',
  'committee', 'jury', 'jurors', 'judges', 'judge', 'admissions', 'school', 'university',
  'college', 'they', 'them', 'he', 'she', 'him', 'her', 'people', 'everyone', 'everybody',
  'nobody', 'department', 'office', 'marketing', 'sales', 'product', 'engineering', 'ceo',
  'founder', 'cofounder', 'co-founder', 'director', 'directors', 'supervisor', 'lead', 'recruiter',
  'interviewer', 'hiring manager', 'in-laws', 'inlaws', 'kids', 'son', 'daughter', 'roommate',
  'neighbor', 'neighbour', 'neighbors', 'neighbours', 'trainer', 'doctor', 'therapist', 'lawyer',
  'realtor', 'contractor', 'influencers', 'media', 'critics', 'reviewers', 'audience', 'staff',
  'employees', 'employer', 'union', 'city', 'council', 'state', 'insurance', 'insurer', 'owner',
  'owners', 'partner', 'partners', 'mentor', 'instructor', 'tutor', 'principal', 'family',
  'relatives', 'guy', 'girl', 'woman', 'man', 'idiot', 'idiots', 'others', 'someone', 'somebody',
  'landlady', 'vendor', 'supplier', 'platform', 'algorithm', 'industry', 'market makers', 'mba',
  // More people and bodies by kind, so "my reviewer said" and "because the drummer" find a person.
  // Work and money:
  'reviewer', 'auditor', 'auditors', 'accountant', 'adviser', 'advisor', 'advisers', 'advisors', 'consultant',
  'consultants', 'vp', 'executive', 'executives', 'exec', 'execs', 'cfo', 'cto', 'coo', 'recruiters', 'headhunter',
  'lender', 'lenders', 'broker', 'planner', 'landlords', 'agency', 'firm', 'employers', 'bosses', 'seniors',
  'colleague', 'coworker', 'co-worker', 'teammate', 'peers', 'competitors', 'rivals', 'buyers',
  // School and sport:
  'ta', 'tas', 'examiners', 'lecturer', 'lecturers', 'tutors', 'instructors', 'professors', 'selectors', 'selector',
  'scouts', 'umpire', 'umpires', 'officials', 'captain', 'coaches', 'trainers', 'physio', 'dean', 'advisers',
  'classmates', 'groupmates', 'partners', 'opponents', 'opponent',
  // Care and services:
  'doctors', 'nurse', 'nurses', 'surgeon', 'specialist', 'clinic', 'gp', 'dentist', 'sponsor',
  'counsellor', 'counselor', 'insurers', 'mechanic', 'builder', 'builders', 'plumber', 'lawyers',
  // Creative work:
  'label', 'gallery', 'galleries', 'curator', 'curators', 'producer', 'producers', 'promoter', 'promoters', 'organisers',
  'organizers', 'organiser', 'organizer', 'editors', 'publishers', 'agents', 'drummer', 'singer', 'guitarist',
  'bandmate', 'bandmates', 'band', 'director', 'casting', 'audiences',
  // Family and people around:
  'ex-wife', 'ex-husband', 'mother-in-law', 'father-in-law', 'sister-in-law', 'brother-in-law', 'stepmom', 'stepdad',
  'grandma', 'grandpa', 'aunt', 'uncle', 'cousin', 'cousins', 'roommates', 'flatmate', 'flatmates', 'housemate',
  'housemates', 'fiance', 'fiancee', 'spouse', 'sibling', 'siblings', 'mate', 'mates', 'bestie',
] as const;

/** Causes nobody chose: naming them is context, not deflection. */
export const NATURAL_CAUSES = [
  'storm', 'weather', 'snow', 'rain', 'flood', 'fire', 'pandemic', 'covid', 'virus', 'recession',
  'economy', 'market', 'crash', 'illness', 'injury', 'accident', 'traffic', 'strike', 'outage',
  'power cut', 'earthquake', 'hurricane', 'heat', 'cold', 'flu', 'cancer', 'surgery', 'inflation',
  'layoffs', 'restructuring', 'cuts', 'funding', 'delays', 'delay', 'cancellation', 'lockdown',
] as const;

/** Past-tense verbs that open a journal sentence with the "I" left out: "Forgot the form." */
export const IMPLIED_SUBJECT_VERBS = [
  'forgot', 'got', 'lost', 'left', 'spent', 'ate', 'drank', 'fell', 'ran', 'took', 'made', 'said',
  'told', 'sent', 'sat', 'quit', 'broke', 'blew', 'bet', 'bought', 'sold', 'came', 'went', 'gave',
  'hit', 'kept', 'let', 'put', 'set', 'slept', 'stood', 'threw', 'wrote', 'drove', 'won', 'swore',
  'stole', 'chose', 'caught', 'felt', 'found', 'had', 'heard', 'knew', 'met', 'paid', 'saw', 'spoke',
  'thought', 'woke', 'overslept', 'overspent', 'began', 'did', 'can', 'could', 'should', 'would',
  'will', 'have', 'has', 'been', 'cannot', 'flunked', 'bit', 'shut',
  'froze', 'hid', 'lied', 'led', 'read', 'tore', 'wore', 'sank', 'shot', 'sped', 'fought', 'snuck',
  'sneaked', 'must', 'need', 'want', 'hate', 'love', 'wish',
] as const;

/** Adverbs that can open a subjectless sentence before the verb: "Totally bombed the interview." */
export const IMPLIED_SUBJECT_ADVERBS = [
  'never', 'always', 'totally', 'completely', 'basically', 'just', 'also', 'finally', 'still', 'really',
  'accidentally', 'again', 'somehow', 'literally', 'nearly', 'almost', 'once', 'stupidly', 'honestly',
] as const;

/** Sentence starts that end in -ed but are not the writer acting. */
export const NOT_IMPLIED_SUBJECT = new Set([
  'red', 'bed', 'need', 'seed', 'shed', 'speed', 'hundred', 'united', 'ted', 'ned', 'fred', 'med',
]);

/** Verbs of saying or believing that open someone else's words. */
export const REPORT_VERBS = [
  'said', 'says', 'say', 'told me', 'tells me', 'tell me', 'called me', 'calls me', 'call me',
  'thinks', 'think', 'thought', 'texted', 'wrote', 'yelled', 'screamed', 'shouted', 'keeps saying',
  'kept saying', 'used to say', 'used to tell me', 'always said', 'always told me', 'accused me of',
  'would say', 'believes', 'believed', 'claims', 'claimed', 'implied', 'reckons', 'feels',
  'insists', 'insisted', 'made it clear', 'labelled me', 'labeled me', 'described me as',
  'wrote me off as', 'sees me as', 'saw me as', 'treats me like', 'treated me like', 'mentioned',
  'hinted', 'suggested', 'commented', 'pointed out', 'noted', 'joked', 'jokes', 'joked that', 'teased',
  'asked me to', 'told me to', 'wants me to', 'wanted me to', 'asks me to', 'made me promise to',
  'teases', 'quipped', 'laughed that', 'muttered', 'whispered', 'announced', 'decided', 'wrote me off',
] as const;

/** Past belief frames: "I used to think", "I decided", "I was convinced". */
export const OLD_BELIEF_FRAMES = [
  'used to call myself', 'used to call me', 'used to think', 'used to believe', 'used to feel', 'used to tell myself', 'used to say',
  'once thought', 'once believed', 'thought', 'believed', 'decided', 'was convinced',
  'was sure', 'told myself', 'figured', 'assumed', 'convinced myself', 'felt sure', 'was certain',
  'concluded', 'had decided', 'had convinced myself', 'always thought', 'always believed',
  'spent years thinking', 'spent years believing', 'grew up thinking', 'grew up believing',
] as const;

/** Function words skipped when looking backwards for a clause's subject. */
export const SUBJECT_SKIP = new Set([
  'not', 'never', 'just', 'only', 'always', 'also', 'really', 'even', 'actually', 'totally',
  'basically', 'literally', 'clearly', 'obviously', 'still', 'had', 'has', 'have', 'was', 'were',
  'is', 'are', 'am', 'be', 'been', 'being', 'did', 'does', 'do', 'would', 'could', 'should', 'will',
  'can', 'may', 'might', 'must', 'to', 'so', 'too', 'very', 'all', 'both', 'then', 'now',
  'probably', 'definitely', 'honestly', 'seriously', 'simply', 'apparently', 'completely',
  'entirely', 'absolutely', 'kind', 'sort', 'of', 'pretty', 'quite', 'once', 'ever', 'again',
  'already', 'somehow', 'constantly', 'keeps', 'kept', 'keep', 'finally', 'supposedly',
  'allegedly', 'conveniently', 'certainly', 'genuinely', 'utterly', 'fully', 'mostly',
  'practically', 'virtually', 'frankly', 'typically', 'usually', 'often', 'sometimes',
]);

/** Pronouns and determiners, never themselves "someone else". */
export const NON_AGENT_WORDS = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'its', 'there', 'here', 'what',
  'which', 'who', 'whom', 'whose', 'my', 'our', 'your', 'his', 'her', 'their', 'some', 'any',
  'no', 'every', 'each', 'in', 'on', 'at', 'for', 'with', 'about', 'from', 'by', 'into', 'onto',
  'over', 'under', 'after', 'before', 'since', 'because', 'as', 'like', 'than', 'if', 'when',
  'while', 'until', 'and', 'or', 'but', 'yet', 'though', 'although', 'whether', 'how', 'why',
  'where', 'today', 'yesterday', 'tonight', 'tomorrow', 'week', 'month', 'year', 'day', 'time',
  'morning', 'evening', 'night', 'again', 'one', 'two', 'three',
]);

/**
 * Verbs that accuse: done by someone else to the writer or their work, they
 * say the harm was that person's doing ("he sabotaged it", "they burned me").
 * Regular-expression fragments over canonical text; grouped by kind of wrong.
 */
export const ACCUSATORY_VERBS: readonly string[] = [
  // damage
  'ruin(?:ed|s)?', 'wreck(?:ed|s)?', 'destroy(?:ed|s)?', 'sabotag(?:ed|es|ing)', 'torpedo(?:ed|es)', 'derail(?:ed|s)',
  'tank(?:ed|s)', 'sank', 'sunk', 'gutted', 'trash(?:ed|es)', 'butcher(?:ed|s)', 'botch(?:ed|es)', 'bungl(?:ed|es)',
  'kill(?:ed|s) (?:my|our|the|it|us|me)', 'blew up (?:my|our|the)', 'tore (?:my|our|the) [^ ]+ apart',
  // cheating and stealing
  'burn(?:ed|t|s) (?:me|us)', 'screw(?:ed|s) (?:me|us)', 'shaft(?:ed|s)', 'stiff(?:ed|s) (?:me|us)', 'fleec(?:ed|es)',
  'rob(?:bed|s) (?:me|us)', 'cheat(?:ed|s) (?:me|us)', 'con(?:ned|s) (?:me|us)', 'swindl(?:ed|es)', 'stole', 'steals',
  'pocket(?:ed|s)', 'ripped (?:me|us) off', 'short-?changed',
  // betrayal and deceit
  'betray(?:ed|s)', 'backstab(?:bed|s)', 'double-crossed', 'undermin(?:ed|es|ing)', 'undercut', 'blindsid(?:ed|es)',
  'misled', 'mislead(?:s|ing)', 'misrepresent(?:ed|s|ing)', 'gaslit', 'gaslight(?:ed|s|ing)', 'manipulat(?:ed|es|ing)',
  'exploit(?:ed|s|ing)', 'scapegoat(?:ed|s|ing)', 'fram(?:ed|es) (?:me|us)', 'strung (?:me|us) along',
  'string(?:s|ing) (?:me|us) along', 'stonewall(?:ed|s|ing)',
  // harm to the person
  'bull(?:ied|ies|ying)', 'harass(?:ed|es|ing)', 'humiliat(?:ed|es|ing) (?:me|us)', 'belittl(?:ed|es|ing)',
  'abandon(?:ed|s) (?:me|us|my)', 'hung (?:me|us) out to dry', 'threw (?:me|us) (?:under the bus|to the wolves)',
  'poison(?:ed|s|ing) (?:[^ ]+ )?against', 'turn(?:ed|s|ing) (?:[^ ]+ ){0,2}?against (?:me|us)',
  'push(?:ed|es) (?:me|us) out', 'forc(?:ed|es) (?:me|us) out', 'drove (?:me|us) out', 'froze (?:me|us) out',
  // squandering what was entrusted
  'squander(?:ed|s)', 'mismanag(?:ed|es)', 'gambl(?:ed|es) away', 'blew (?:through )?(?:my|our) [^ ]+',
];

/** Pictures of someone else leaving the writer to carry the harm. */
export const HARM_IDIOMS: readonly string[] = [
  'ran (?:[^ ]+ ){0,3}?into the ground', 'run (?:[^ ]+ ){0,3}?into the ground', 'left (?:me|us) holding the (?:bag|baby)',
  'left (?:me|us) in the lurch', 'hung (?:me|us) out to dry', 'pulled the rug (?:out )?from under', 'sold (?:me|us) (?:out|down the river)',
  'sold (?:me|us) (?:a|an) (?:lemon|dud|lie|useless|broken|worthless|fake)', 'walked (?:away|off) with', 'cut (?:me|us) loose',
  'threw (?:me|us) (?:under the bus|to the wolves|away)', '(?:spent|ran|drove|put|dragged|got) (?:me|us) into (?:debt|the ground|trouble|a hole|the red)',
  'washed (?:his|her|their) hands of', 'passed the buck', 'hid behind', 'took the credit', 'took all the credit',
];
