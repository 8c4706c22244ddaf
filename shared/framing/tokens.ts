/**
 * Turns a sentence into tokens whose `norm` forms spell out what people type in
 * a hurry ("im", "cant", "bc", "I'd") so the rules can be written once, in plain
 * lowercase English, while every token still points at the writer's own characters.
 */

export type TokenKind = 'word' | 'punct' | 'quote' | 'implied';

export interface Token {
  /** canonical lowercase form the rules match against */
  norm: string;
  start: number;
  end: number;
  kind: TokenKind;
  /** the writer capitalised it somewhere other than the first word */
  capitalised: boolean;
  /** inside quotation marks */
  quoted: boolean;
}

const APOSTROPHES = /[\u2019\u2018\u02bc`\u00b4]/gu;

/** Forms typed without an apostrophe that are never ordinary words. */
const BARE_CONTRACTIONS: Readonly<Record<string, readonly string[]>> = {
  im: ['i', 'am'],
  ive: ['i', 'have'],
  cant: ['can', 'not'],
  cannot: ['can', 'not'],
  dont: ['do', 'not'],
  didnt: ['did', 'not'],
  doesnt: ['does', 'not'],
  isnt: ['is', 'not'],
  wasnt: ['was', 'not'],
  werent: ['were', 'not'],
  arent: ['are', 'not'],
  wouldnt: ['would', 'not'],
  couldnt: ['could', 'not'],
  shouldnt: ['should', 'not'],
  havent: ['have', 'not'],
  hasnt: ['has', 'not'],
  hadnt: ['had', 'not'],
  wont: ['will', 'not'],
  aint: ['am', 'not'],
  youre: ['you', 'are'],
  theyre: ['they', 'are'],
  thats: ['that', 'is'],
  whats: ['what', 'is'],
  theres: ['there', 'is'],
  wanna: ['want', 'to'],
  gonna: ['going', 'to'],
  gotta: ['got', 'to'],
  shouldve: ['should', 'have'],
  couldve: ['could', 'have'],
  wouldve: ['would', 'have'],
  bc: ['because'],
  cuz: ['because'],
  coz: ['because'],
  cos: ['because'],
  bcuz: ['because'],
  becuase: ['because'],
  becasue: ['because'],
  u: ['you'],
  ur: ['your'],
  tho: ['though'],
  thru: ['through'],
  idk: ['i', 'do', 'not', 'know'],
  dunno: ['do', 'not', 'know'],
};

/** Words before "'s" where it means "is" rather than a possessive. */
const S_MEANS_IS = new Set([
  'it', 'that', 'what', 'there', 'here', 'who', 'he', 'she', 'where', 'how', 'everyone', 'everybody',
  'nobody', 'everything', 'something', 'nothing', 'someone', 'this', 'why', 'when', 'one', 'life',
]);

const IRREGULAR_NT: Readonly<Record<string, string>> = { ca: 'can', wo: 'will', sha: 'shall', ai: 'am' };

/** After "I'd" these mean "had": "I'd refused", "I'd already done". */
const PAST_PARTICIPLES = new Set([
  'been', 'done', 'gone', 'known', 'seen', 'taken', 'given', 'made', 'had', 'got', 'gotten', 'lost',
  'left', 'spent', 'forgotten', 'told', 'said', 'thought', 'let', 'put', 'kept', 'run', 'become',
  'come', 'broken', 'chosen', 'driven', 'eaten', 'fallen', 'written', 'stopped', 'never', 'already',
]);

/**
 * Words repeat (a journal uses a few hundred words over and over), so each
 * spelling is split once. Bounded, so a huge paste cannot grow it without end.
 */
const SPLIT_CACHE = new Map<string, readonly string[]>();
const SPLIT_CACHE_SIZE = 20_000;

function splitWord(word: string): readonly string[] {
  const known = SPLIT_CACHE.get(word);
  if (known) return known;
  const parts = splitWordUncached(word);
  if (SPLIT_CACHE.size >= SPLIT_CACHE_SIZE) SPLIT_CACHE.clear();
  SPLIT_CACHE.set(word, parts);
  return parts;
}

function splitWordUncached(word: string): string[] {
  const lower = word.toLowerCase().replace(APOSTROPHES, "'");
  const bare = BARE_CONTRACTIONS[lower];
  if (bare) return [...bare];
  const m = /^([\p{L}\p{N}]+)'([\p{L}]+)$/u.exec(lower);
  if (!m) return [lower];
  const [, head = '', tail = ''] = m;
  switch (tail) {
    case 'm':
      return [head, 'am'];
    case 're':
      return [head, 'are'];
    case 've':
      return [head, 'have'];
    case 'll':
      return [head, 'will'];
    case 'd':
      return [head, "'d"];
    case 's':
      if (head === 'let') return ['let', 'us'];
      return S_MEANS_IS.has(head) ? [head, 'is'] : [lower];
    case 't':
      if (head.endsWith('n')) {
        const stem = head.slice(0, -1);
        return [IRREGULAR_NT[stem] ?? stem, 'not'];
      }
      return [lower];
    default:
      return [lower];
  }
}

/** "I'd" is "had" before a past participle and "would" otherwise. */
function resolveWouldOrHad(tokens: Token[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || t.norm !== "'d") continue;
    let next = tokens[i + 1]?.norm ?? '';
    if (next === 'never' || next === 'already' || next === 'just' || next === 'really' || next === 'always') {
      next = tokens[i + 2]?.norm ?? '';
      t.norm = PAST_PARTICIPLES.has(next) || next.endsWith('ed') ? 'had' : 'would';
    } else {
      t.norm = PAST_PARTICIPLES.has(next) || (next.endsWith('ed') && next !== 'need') ? 'had' : 'would';
    }
  }
}

/** After "that part's", "the coach's": words that only follow "is", never a possessed thing. */
const ONLY_AFTER_IS = new Set(['mine', 'yours', 'ours', 'theirs', 'on', 'all', 'not', 'never', 'always', 'been', 'gone', 'a', 'an', 'the', 'my', 'right', 'wrong']);

/**
 * "That part's mine", "the coach's right": an "'s" that must mean "is" because
 * of the word after it. Possessives ("the team's fault") are left alone.
 */
function resolveIsAfterNoun(tokens: Token[]): Token[] {
  const out: Token[] = [];
  tokens.forEach((t, i) => {
    const m = t.kind === 'word' ? /^([\p{L}\p{N}-]+)'s$/u.exec(t.norm) : null;
    const next = tokens[i + 1];
    if (m && next?.kind === 'word' && ONLY_AFTER_IS.has(next.norm)) {
      out.push({ ...t, norm: m[1] ?? t.norm }, { ...t, norm: 'is' });
    } else {
      out.push(t);
    }
  });
  return out;
}

const TOKEN_RE =
  /\p{N}+(?:[.,:]\p{N}+)*(?:\p{L}+)?|[\p{L}\p{N}]+(?:['\u2019][\p{L}]+)*(?:-[\p{L}\p{N}]+)*|["\u201c\u201d\u201e]|['\u2018\u2019`]|[,;:.!?()\u2014\u2013\-\u2026&$%/]/gu;

/**
 * Tokenise `text.slice(start, end)`; offsets in the result are into `text`.
 */
export function tokenize(text: string, start: number, end: number): Token[] {
  const slice = text.slice(start, end);
  const tokens: Token[] = [];
  let doubleOpen = false;
  let singleOpen = false;
  let first = true;
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(slice); m; m = TOKEN_RE.exec(slice)) {
    const raw = m[0];
    const s = start + m.index;
    const e = s + raw.length;
    const c = raw.charCodeAt(0);
    if (raw.length === 1 && (c === 0x22 || c === 0x201c || c === 0x201d || c === 0x201e)) {
      doubleOpen = raw === '\u201c' ? true : raw === '\u201d' ? false : !doubleOpen;
      tokens.push({ norm: '"', start: s, end: e, kind: 'quote', capitalised: false, quoted: false });
      continue;
    }
    if (raw.length === 1 && (c === 0x27 || c === 0x2018 || c === 0x2019 || c === 0x60)) {
      const before = slice[m.index - 1] ?? ' ';
      const after = slice[m.index + 1] ?? ' ';
      const opens = /\s|^$/u.test(before) || /[(["]/u.test(before);
      const letterAfter = /\p{L}|\p{N}/u.test(after);
      if (opens && letterAfter && !singleOpen) {
        singleOpen = true;
      } else if (singleOpen && !letterAfter) {
        singleOpen = false;
      } else {
        // A possessive ("parents'") or stray apostrophe: not a quotation mark.
        continue;
      }
      tokens.push({ norm: '"', start: s, end: e, kind: 'quote', capitalised: false, quoted: false });
      continue;
    }
    const quoted = doubleOpen || singleOpen;
    if (/^[\p{L}\p{N}$]/u.test(raw) && raw !== '$') {
      const parts = splitWord(raw);
      const capitalised = !first && /^\p{Lu}/u.test(raw) && raw !== 'I' && !/^I['\u2019]/u.test(raw);
      for (const part of parts) {
        tokens.push({ norm: part, start: s, end: e, kind: 'word', capitalised, quoted });
      }
      first = false;
    } else {
      const norm = raw === '\u2014' || raw === '\u2013' ? '-' : raw === '\u2026' ? '.' : raw;
      tokens.push({ norm, start: s, end: e, kind: 'punct', capitalised: false, quoted });
    }
  }
  resolveWouldOrHad(tokens);
  return resolveIsAfterNoun(tokens);
}

/**
 * Canonical text: token norms joined by single spaces, plus where each token
 * starts in it, so a regex match maps back to tokens and then to the original.
 */
export interface Canon {
  text: string;
  tokenStarts: number[];
}

export function canonicalise(tokens: readonly Token[]): Canon {
  const tokenStarts: number[] = [];
  let text = '';
  for (const t of tokens) {
    if (text.length > 0) text += ' ';
    tokenStarts.push(text.length);
    text += t.norm;
  }
  return { text, tokenStarts };
}

/** Index of the token containing canonical offset `pos`. */
export function tokenAt(canon: Canon, pos: number): number {
  let lo = 0;
  let hi = canon.tokenStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((canon.tokenStarts[mid] ?? 0) <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
