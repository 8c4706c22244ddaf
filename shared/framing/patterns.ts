/**
 * Small helpers for writing rules as regular expressions over canonical text
 * (lowercase tokens joined by single spaces, contractions spelled out).
 */

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

interface TrieNode {
  end: boolean;
  next: Map<string, TrieNode>;
}

function toPattern(node: TrieNode): string {
  const branches = [...node.next.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([ch, child]) => escapeRegExp(ch) + toPattern(child));
  if (branches.length === 0) return '';
  const body = branches.length === 1 ? (branches[0] ?? '') : `(?:${branches.join('|')})`;
  if (!node.end) return body;
  return branches.length === 1 && (branches[0] ?? '').length === 1 ? `${body}?` : `(?:${body})?`;
}

/**
 * An alternation of phrases, written as a prefix tree: "fail(?:ed|ure)"
 * rather than "failed|failure". Hundreds of lexicon words then compile and
 * match quickly. Regex alternation prefers the first branch that works; the
 * tree tries longer continuations first, so the longest phrase still wins.
 */
export function oneOf(phrases: readonly string[]): string {
  const root: TrieNode = { end: false, next: new Map() };
  for (const phrase of new Set(phrases)) {
    let node = root;
    for (const ch of phrase) {
      let child = node.next.get(ch);
      if (!child) {
        child = { end: false, next: new Map() };
        node.next.set(ch, child);
      }
      node = child;
    }
    node.end = true;
  }
  return `(?:${toPattern(root)})`;
}
