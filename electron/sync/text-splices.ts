import * as A from '@automerge/automerge';
import diff from 'fast-diff';

/**
 * Turns old text into new text inside an Automerge change as a small set of
 * deletions and insertions (fast-diff's Myers diff, which keeps surrogate pairs
 * whole), so words another computer added elsewhere in the same text survive the
 * merge. Indexes are UTF-16 code units, as Automerge's JavaScript API counts them.
 */
export function spliceText(doc: unknown, path: A.Prop[], old: string, next: string): void {
  let at = 0;
  // Semantic cleanup moves each edit to word boundaries ("start " + "w4x " rather than "start w" + "4x w"),
  // so a word inserted here stays whole when the other computer deletes the word beside it.
  for (const [op, text] of diff(old, next, undefined, true)) {
    if (op === diff.EQUAL) at += text.length;
    else if (op === diff.DELETE) A.splice(doc as A.Doc<unknown>, path, at, text.length);
    else {
      A.splice(doc as A.Doc<unknown>, path, at, 0, text);
      at += text.length;
    }
  }
}
