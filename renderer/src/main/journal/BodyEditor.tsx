import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { EditorState } from '@codemirror/state';
import { EditorView, keymap, placeholder } from '@codemirror/view';
import { useEffect, useRef, type MouseEvent, type RefObject } from 'react';

export interface BodyHandle {
  getText: () => string;
  focus: () => void;
}

interface BodyEditorProps {
  initial: string;
  onChange: () => void;
  handle: RefObject<BodyHandle | null>;
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
  '.cm-content': { maxWidth: '68ch', minHeight: '100%', padding: '0', caretColor: 'var(--ink)' },
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
export function BodyEditor({ initial, onChange, handle }: BodyEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;

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
          placeholder('Start wherever you like.'),
          proseTheme,
          EditorView.contentAttributes.of({
            spellcheck: 'false',
            'aria-label': 'Entry text',
            autocorrect: 'off',
            autocapitalize: 'sentences',
          }),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) onChangeRef.current();
          }),
        ],
      }),
    });
    view.current = editor;
    handle.current = { getText: () => editor.state.doc.toString(), focus: () => editor.focus() };
    return () => {
      // Keep the last text readable for a final save after the view is gone.
      const last = editor.state.doc.toString();
      handle.current = { getText: () => last, focus: () => undefined };
      view.current = null;
      editor.destroy();
    };
    // The document is owned by CodeMirror after the first render.
  }, []);

  // A click in the page's margin puts the caret in the text, as on paper.
  function onMouseDown(event: MouseEvent<HTMLDivElement>) {
    if (event.nativeEvent.composedPath()[0] === host.current && view.current) {
      event.preventDefault();
      view.current.focus();
    }
  }

  return <div className="body-editor" ref={host} onMouseDown={onMouseDown} />;
}
