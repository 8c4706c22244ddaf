/**
 * Reasons in plain words. They describe the sentence, never the writer.
 */
import type { FoundCue } from './cues';
import { FEELING_WORDS, TRIGGER_WORDS } from './lexicon';
import type { PreparedSentence } from './prepare';

const FEELINGS = new Set<string>(FEELING_WORDS);
const TRIGGERS = new Set<string>(TRIGGER_WORDS);
const MAX_REASON_PARTS = 3;

function quote(cue: FoundCue): string {
  return `'${cue.focus ?? cue.text}'`;
}

/** "an identity label: 'I'm a failure'; a global word: 'always'" */
export function reasonFor(cues: readonly FoundCue[]): string {
  const byKind = new Map<string, FoundCue[]>();
  for (const cue of cues) {
    const list = byKind.get(cue.kind) ?? [];
    list.push(cue);
    byKind.set(cue.kind, list);
  }
  const parts = [...byKind.entries()]
    .slice(0, MAX_REASON_PARTS)
    .map(([kind, list]) => `${kind}: ${list.slice(0, 2).map(quote).join(', ')}`);
  return parts.join('; ');
}

function firstWith(cues: readonly FoundCue[], status: FoundCue['status']): FoundCue | undefined {
  return cues.find((c) => c.status === status && c.label !== 'blame');
}

/** Why nothing counted, so a neutral label is explained as carefully as the others. */
export function neutralReason(s: PreparedSentence, cues: readonly FoundCue[]): string {
  const reported = firstWith(cues, 'reported');
  if (reported) return `repeats what someone else said, without taking it on: '${reported.text}'`;
  const old = firstWith(cues, 'old-verdict');
  if (old) return `looks back on an old belief without taking it up again: '${old.text}'`;
  const quoted = firstWith(cues, 'quoted');
  if (quoted) return `quotes the words without taking them on: '${quoted.text}'`;
  const negated = cues.find((c) => c.status === 'negated' && c.label === 'shame');
  if (negated) return `turns a verdict aside: '${negated.text}'`;
  const feeling = s.tokens.find((t) => t.kind === 'word' && FEELINGS.has(t.norm));
  if (feeling) return `names a feeling without a verdict on yourself: '${s.text.slice(feeling.start - s.start, feeling.end - s.start)}'`;
  const trigger = s.tokens.find((t) => t.kind === 'word' && TRIGGERS.has(t.norm));
  if (trigger) {
    return `uses '${s.text.slice(trigger.start - s.start, trigger.end - s.start)}' to describe what happened, not who you are`;
  }
  return 'describes what happened, with no verdict either way';
}
