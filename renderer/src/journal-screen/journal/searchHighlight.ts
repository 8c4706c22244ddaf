import { StateEffect, StateField, type Extension } from '@codemirror/state';
import { Decoration, EditorView, type DecorationSet } from '@codemirror/view';
import { searchMatches } from './searchWords';

/** Shows the words of a search in the text; an empty query clears them. */
export const setSearchWords = StateEffect.define<string>();

const hit = Decoration.mark({ class: 'cm-search-hit', attributes: { 'data-search-hit': 'true' } });

const searchField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(marks, tr) {
    for (const effect of tr.effects) {
      if (effect.is(setSearchWords)) {
        const text = tr.state.doc.toString();
        return Decoration.set(searchMatches(text, effect.value).map((range) => hit.range(range.from, range.to)));
      }
    }
    // What the person types afterwards is theirs: found words move with the text, new ones are not looked for.
    return marks.map(tr.changes);
  },
  provide: (field) => EditorView.decorations.from(field),
});

/**
 * The searched words in an entry opened from the results. Unlike the framing's
 * soft underlines they are boxed, so the two never look alike, with or without colour.
 */
const searchTheme = EditorView.theme({
  '.cm-search-hit': {
    backgroundColor: 'var(--accent-soft)',
    outline: '1px solid var(--accent)',
    borderRadius: '2px',
  },
});

export function searchHighlight(): Extension {
  return [searchField, searchTheme];
}
