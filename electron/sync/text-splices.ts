import * as A from '@automerge/automerge';
import diff from 'fast-diff';

/**
 * Turns old text into new text inside an Automerge change as deletions and
 * insertions of whole words and whole runs of spaces, found by fast-diff's Myers
 * diff over the words (each word stands in as one character, as diff-match-patch
 * does with lines). An insertion therefore always sits between two words, never
 * inside one, so when the other computer edits the words beside it, both sides'
 * words come out whole rather than spliced into each other ("w65x").
 * Indexes are UTF-16 code units, as Automerge's JavaScript API counts them.
 */
export function spliceText(doc: unknown, path: A.Prop[], old: string, next: string): void {
  let at = 0;
  for (const [op, text] of wordDiff(old, next)) {
    if (op === diff.EQUAL) at += text.length;
    else if (op === diff.DELETE) A.splice(doc as A.Doc<unknown>, path, at, text.length);
    else {
      A.splice(doc as A.Doc<unknown>, path, at, 0, text);
      at += text.length;
    }
  }
}

/** Code units a word may stand in as: past ASCII, short of the surrogates, so fast-diff never splits one. */
const FIRST_CODE = 0x100;
const LAST_CODE = 0xd7ff;

function tokens(text: string): string[] {
  return text.match(/\s+|[^\s]+/gu) ?? [];
}

/** The diff of two texts in whole words; character by character only for a text with more different words than stand-ins. */
export function wordDiff(old: string, next: string): diff.Diff[] {
  const codes = new Map<string, string>();
  const words: string[] = [];
  const encode = (text: string): string | null => {
    let out = '';
    for (const token of tokens(text)) {
      let code = codes.get(token);
      if (code === undefined) {
        if (FIRST_CODE + words.length > LAST_CODE) return null;
        code = String.fromCharCode(FIRST_CODE + words.length);
        codes.set(token, code);
        words.push(token);
      }
      out += code;
    }
    return out;
  };
  const a = encode(old);
  const b = encode(next);
  if (a === null || b === null) return diff(old, next, undefined, true);
  return diff(a, b).map(([op, coded]): diff.Diff => [op, [...coded].map((code) => words[code.charCodeAt(0) - FIRST_CODE]!).join('')]);
}
