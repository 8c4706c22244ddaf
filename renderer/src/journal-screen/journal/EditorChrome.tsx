import type { ReactNode, RefObject } from 'react';
import { ENTRY_LIMITS } from '../../../../shared/domain/entry';
import { FormError } from '../../components/FormError';
import type { SaveState } from './autosaver';
import { SaveStatus } from './SaveStatus';
import '../../styles/title-field.css';

interface EditorChromeProps {
  headingId: string;
  /** The editor's name for screen readers, e.g. "Edit entry". */
  heading: string;
  saveState: SaveState;
  /** Saves again after a failed save. */
  onRetry: () => void;
  trashing: boolean;
  onMoveToTrash: () => void;
  actionError: string | null;
  /** Buttons before "Move to trash" in the toolbar (the page's framing view switch). */
  tools?: ReactNode;
  /** What must be seen before the words, under the toolbar (the care card). */
  above?: ReactNode;
  /**
   * The title field, for focusing it. It is a textarea, so a long title wraps and
   * is seen whole; callers that only focus it may hold it as any element.
   */
  titleInput: RefObject<HTMLElement | null>;
  title: string;
  titlePlaceholder: string;
  onTitle: (title: string) => void;
  /** Enter in the title, e.g. to go on to the text. */
  onTitleEnter?: () => void;
  /** The longest title the record takes; an entry's unless said (a win's is shorter). */
  titleMaxLength?: number;
}

/** A title is one line of text however it wraps: a pasted line break becomes a space. */
function oneLine(value: string): string {
  return value.replace(/\r\n|[\r\n]/gu, ' ');
}

/** What every entry editor has above its words: save state, trash, a failed save's retry, the title. */
export function EditorChrome(props: EditorChromeProps) {
  const { headingId, saveState, onMoveToTrash, trashing, tools, onTitleEnter } = props;
  const trash = (
    <button type="button" className="button quiet" onClick={onMoveToTrash} disabled={trashing}>
      Move to trash
    </button>
  );
  return (
    <>
      <h2 id={headingId} className="visually-hidden">
        {props.heading}
      </h2>
      <div className="editor-toolbar">
        <SaveStatus state={saveState} />
        {tools ? (
          <div className="toolbar-actions">
            {tools}
            {trash}
          </div>
        ) : (
          trash
        )}
      </div>
      {saveState.kind === 'failed' ? (
        <div className="save-problem" role="alert">
          <p>{saveState.message}</p>
          <button type="button" className="button" onClick={props.onRetry}>
            Retry
          </button>
        </div>
      ) : null}
      {props.above}
      <FormError message={props.actionError} />
      <div className="field title-field">
        <label htmlFor={`${headingId}-title`}>Title</label>
        <textarea
          id={`${headingId}-title`}
          ref={(element) => {
            (props.titleInput as { current: HTMLElement | null }).current = element;
          }}
          className="title-input"
          rows={1}
          aria-multiline="false"
          value={props.title}
          placeholder={props.titlePlaceholder}
          maxLength={props.titleMaxLength ?? ENTRY_LIMITS.titleChars}
          spellCheck={false}
          autoComplete="off"
          onChange={(event) => props.onTitle(oneLine(event.target.value))}
          onKeyDown={(event) => {
            // Enter never breaks the title into lines; where there is somewhere to go on to, it goes there.
            if (event.key !== 'Enter') return;
            event.preventDefault();
            onTitleEnter?.();
          }}
        />
      </div>
    </>
  );
}
