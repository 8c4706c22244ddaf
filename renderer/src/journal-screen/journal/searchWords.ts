const WORD = /[\p{L}\p{N}]+/gu;
const NOT_WORD = /[^\p{L}\p{N}]+/u;

/** Case and accents folded, as the journal's search folds them, so "cafe" finds "Café". */
function fold(word: string): string {
  return word.toLowerCase().normalize('NFD').replace(/\p{Diacritic}/gu, '');
}

/**
 * Where the words of a search are in a text, found as the journal's search finds
 * them: whole words, each query word also matching as the start of a word
 * ("tomat" finds "tomatoes"), so every word that made the entry a result is shown.
 */
export function searchMatches(text: string, query: string): { from: number; to: number }[] {
  const terms = [...new Set(query.split(NOT_WORD).filter(Boolean).map(fold))];
  if (terms.length === 0) return [];
  const found: { from: number; to: number }[] = [];
  for (const match of text.matchAll(WORD)) {
    const word = fold(match[0]);
    if (terms.some((term) => word.startsWith(term))) found.push({ from: match.index, to: match.index + match[0].length });
  }
  return found;
}
