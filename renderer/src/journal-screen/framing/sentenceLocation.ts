/** Where a sentence the analyzer saw is in the text now; null if it has been changed. */
export function locateSentence(doc: string, from: number, to: number, text: string): [number, number] | null {
  if (doc.slice(from, to) === text) return [from, to];
  let best = -1;
  for (let at = doc.indexOf(text); at >= 0; at = doc.indexOf(text, at + 1)) {
    if (best < 0 || Math.abs(at - from) < Math.abs(best - from)) best = at;
  }
  return best >= 0 ? [best, best + text.length] : null;
}
