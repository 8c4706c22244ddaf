import {
  addImpliedSubjects,
  contrastIndex,
  findCausalDeflections,
  findScopes,
  opensWithConcession,
  type CausalDeflection,
  isYesNoQuestion,
  opensWithContrast,
  type Scope,
} from './context';
import type { TextRange } from './sentences';
import { canonicalise, tokenize, type Canon, type Token } from './tokens';

/** Everything the rules need to know about one sentence, computed once. */
export interface PreparedSentence {
  start: number;
  end: number;
  text: string;
  tokens: Token[];
  canon: Canon;
  scopes: Scope[];
  causes: CausalDeflection[];
  concession: boolean;
  yesNoQuestion: boolean;
  contrastAt: number;
  opensWithContrast: boolean;
}

export function prepareSentence(text: string, range: TextRange): PreparedSentence {
  const tokens = addImpliedSubjects(tokenize(text, range.start, range.end));
  return {
    start: range.start,
    end: range.end,
    text: text.slice(range.start, range.end),
    tokens,
    canon: canonicalise(tokens),
    scopes: findScopes(tokens),
    causes: findCausalDeflections(tokens),
    yesNoQuestion: isYesNoQuestion(tokens),
    contrastAt: contrastIndex(tokens),
    opensWithContrast: opensWithContrast(tokens),
    concession: opensWithConcession(tokens),
  };
}
