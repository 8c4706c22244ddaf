import * as A from '@automerge/automerge';
import diff from 'fast-diff';

/**
 * Turns old text into new text inside an Automerge change as the smallest set of
 * deletions and insertions (fast-diff's Myers diff, which keeps surrogate pairs
 * whole), so words another computer added elsewhere in the same text survive the
 * merge. Indexes are UTF-16 code units, as Automerge's JavaScript API counts them.
 */
export function spliceText(doc: unknown, path: A.Prop[], old: string, next: string): void {
  let at = 0;
  for (const [op, text] of diff(old, next)) {
    if (op === diff.EQUAL) at += text.length;
    else if (op === diff.DELETE) A.splice(doc as A.Doc<unknown>, path, at, text.length);
    else {
      A.splice(doc as A.Doc<unknown>, path, at, 0, text);
      at += text.length;
    }
  }
}
