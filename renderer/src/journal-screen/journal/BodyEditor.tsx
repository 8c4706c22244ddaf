import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { EditorState } from '@codemirror/state';
import { EditorView, keymap, placeholder } from '@codemirror/view';
import { useEffect, useRef, type MouseEvent, type RefObject } from 'react';
import { framingHighlights, setFramingMarks, type FramingMark } from '../framing/highlights';
import { locateSentence } from '../framing/sentenceLocation';
import { searchHighlight, setSearchWords } from './searchHighlight';

export interface BodyHandle {
  getText: () => string;
  focus: () => void;
  /** Lays framing highlights over the text, if it is still exactly `forText`. */
  showFraming: (marks: FramingMark[], forText: string) => void;
  /** Selects a sentence the analyzer saw (found again if the text moved) and shows it; false if it is gone. */
  selectSentence: (from: number, to: number, text: string) => boolean;
  /**
   * Adds the person's chosen words just after a sentence, leaving what they
   * wrote untouched, as one undoable change; false if the sentence is gone.
   */
  insertAfterSentence: (from: number, to: number, text: string, insert: string) => boolean;
}

interface BodyEditorProps {
  initial: string;
  onChange: () => void;
  handle: RefObject<BodyHandle | null>;
  /** The accessible name of the text. */
  label?: string;
  placeholder?: string;
  /** Where the caret is, for the framing panel. */
  onCaret?: (position: number) => void;
  /** Words searched for, shown in the text; empty for none. */
  highlight?: string;
}

/**
 * Prose, not code: the journal's fonts and colours (CSS variables reach into the
 * shadow root), a comfortable measure, a soft caret.
 */
const proseTheme = EditorView.theme({
  '&': {
    flex: '1 1 auto',
    color: 'var(--ink)',
    backgroundColor: 'transparent',
    fontFamily: 'var(--font-writing)',
    fontSize: '1.15rem',
    lineHeight: '1.75',
  },
  '&.cm-focused': { outline: 'none' },
  '.cm-scroller': { flex: '1 1 auto', fontFamily: 'inherit', lineHeight: 'inherit', overflow: 'visible' },
  // 64ch of the writing font is 60 to 75 characters of prose in the usual serif faces.
  '.cm-content': { maxWidth: '64ch', minHeight: '100%', padding: '0', caretColor: 'var(--ink)' },
  '.cm-line': { padding: '0' },
  '.cm-cursor, .cm-dropCursor': { borderLeft: '2px solid var(--ink)' },
  '.cm-placeholder': { color: 'var(--ink-soft)', fontStyle: 'italic' },
  '.cm-content ::selection': { backgroundColor: 'var(--accent-soft)', color: 'var(--ink)' },
});

/**
 * The writing surface: CodeMirror set up for prose (wrapped lines, no gutter,
 * undo history), with Tab left free for moving focus.
 *
 * It lives in an open shadow root because CodeMirror adds its styles as a <style>
 * element in a document (which the CSP blocks) but as a constructed stylesheet in
 * a shadow root (which it allows).
 */
export function BodyEditor({ initial, onChange, handle, label = 'Entry text', placeholder: hint = 'Start wherever you like.', onCaret, highlight = '' }: BodyEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  const onCaretRef = useRef(onCaret);
  onCaretRef.current = onCaret;

  useEffect(() => {
    const element = host.current;
    if (!element) return;
    const root = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
    const editor = new EditorView({
      root,
      parent: root,
      state: EditorState.create({
        doc: initial,
        extensions: [
          history(),
          keymap.of([...historyKeymap, ...defaultKeymap]),
          EditorView.lineWrapping,
          placeholder(hint),
          proseTheme,
          framingHighlights(),
          searchHighlight(),
          EditorView.contentAttributes.of({
            spellcheck: 'false',
            'aria-label': label,
            autocorrect: 'off',
            autocapitalize: 'sentences',
          }),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) onChangeRef.current();
            if (update.selectionSet || update.docChanged) onCaretRef.current?.(update.state.selection.main.head);
          }),
        ],
      }),
    });
    view.current = editor;
    handle.current = {
      getText: () => editor.state.doc.toString(),
      focus: () => editor.focus(),
      showFraming: (marks, forText) => {
        const doc = editor.state.doc;
        if (doc.length !== forText.length || doc.toString() !== forText) return;
        editor.dispatch({ effects: setFramingMarks.of(marks) });
      },
      selectSentence: (from, to, text) => {
        const found = locateSentence(editor.state.doc.toString(), from, to, text);
        if (!found) return false;
        editor.dispatch({ selection: { anchor: found[0], head: found[1] }, scrollIntoView: true });
        editor.focus();
        return true;
      },
      insertAfterSentence: (from, to, text, insert) => {
        const doc = editor.state.doc.toString();
        const found = locateSentence(doc, from, to, text);
        if (!found) return false;
        // The sentence's own trailing space stays where it was; the new words sit between it and what follows.
        let end = found[1];
        while (end > found[0] && /\s/u.test(doc[end - 1] ?? '')) end--;
        const added = ` ${insert}`;
        editor.dispatch({
          changes: { from: end, to: end, insert: added },
          selection: { anchor: end + 1, head: end + added.length },
          scrollIntoView: true,
          userEvent: 'input',
        });
        editor.focus();
        return true;
      },
    };
    return () => {
      // Keep the last text readable for a final save after the view is gone.
      const last = editor.state.doc.toString();
      handle.current = {
        getText: () => last,
        focus: () => undefined,
        showFraming: () => undefined,
        selectSentence: () => false,
        insertAfterSentence: () => false,
      };
      view.current = null;
      editor.destroy();
    };
    // The document is owned by CodeMirror after the first render.
  }, []);

  useEffect(() => {
    view.current?.dispatch({ effects: setSearchWords.of(highlight) });
  }, [highlight]);

  // A click in the page's margin puts the caret in the text, as on paper.
  function onMouseDown(event: MouseEvent<HTMLDivElement>) {
    if (event.nativeEvent.composedPath()[0] === host.current && view.current) {
      event.preventDefault();
      view.current.focus();
    }
  }

  return <div className="body-editor" ref={host} onMouseDown={onMouseDown} />;
}
