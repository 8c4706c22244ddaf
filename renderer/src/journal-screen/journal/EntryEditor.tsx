import { useCallback, useEffect, useId, useRef, useState, type RefObject } from 'react';
import { ENTRY_LIMITS, type Entry } from '../../../../shared/domain/entry';
import { todayIso } from '../../lib/dates';
import { CareCard, isCareDismissed } from '../framing/CareCard';
import { FramingPanel } from '../framing/FramingPanel';
import { useFramedText } from '../framing/useFramedText';
import { isBlank, type DraftFields } from './autosaver';
import { useEntryAutosave } from './useEntryAutosave';
import { BodyEditor, type BodyHandle } from './BodyEditor';
import { SaveStatus } from './SaveStatus';
import { TagInput } from './TagInput';
import { FormError } from '../../components/FormError';

/** Whether the framing view is open beside the text; remembered while the app runs, never stored. */
let framingOpen = true;

export interface EditorHandle {
  flush: () => Promise<boolean>;
  /** A new entry with nothing typed in it yet. */
  isUntouchedNew: () => boolean;
  focusTitle: () => void;
}

interface EntryEditorProps {
  /** The entry to edit, or null for a new one. */
  entry: Entry | null;
  handle: RefObject<EditorHandle | null>;
  onSaved: (entry: Entry) => void;
  onTrashed: (id: string) => void;
  onDiscarded: () => void;
}

export function EntryEditor({ entry, handle, onSaved, onTrashed, onDiscarded }: EntryEditorProps) {
  const [title, setTitle] = useState(entry?.title ?? '');
  const [date, setDate] = useState(entry?.date ?? todayIso());
  const [tags, setTags] = useState<string[]>(entry?.tags ?? []);
  const [corrections, setCorrections] = useState(entry?.corrections ?? []);
  const [showFraming, setShowFraming] = useState(framingOpen);
  const [careHidden, setCareHidden] = useState(() => (entry ? isCareDismissed(entry.id) : false));
  const titleInput = useRef<HTMLInputElement>(null);
  const body = useRef<BodyHandle | null>(null);
  const headingId = useId();

  // What a save reads; kept in step with every change, before React re-renders.
  const fields = useRef({ title, date, tags, lastGoodDate: date });
  const onSavedRef = useRef(onSaved);
  onSavedRef.current = onSaved;

  const { saver, saveState, actionError, trashing, ensureId, onBlur, moveToTrash } = useEntryAutosave({
    entry,
    handle,
    read: (): DraftFields => ({
      // This editor writes pages; whatever else an entry holds is passed through untouched.
      kind: entry?.kind ?? 'page',
      reflection: entry?.reflection ?? null,
      title: fields.current.title,
      date: fields.current.date || fields.current.lastGoodDate,
      tags: fields.current.tags,
      body: body.current?.getText() ?? entry?.body ?? '',
    }),
    isUntouched: () => isBlank({ title: fields.current.title, tags: fields.current.tags, body: body.current?.getText() ?? '' }),
    focusTitle: () => titleInput.current?.focus(),
    noun: 'page',
    onSaved,
    onTrashed,
    onDiscarded,
  });

  const onCorrected = useCallback((saved: Entry) => {
    setCorrections(saved.corrections);
    onSavedRef.current(saved);
  }, []);
  const framed = useFramedText({ body, corrections, ensureId, onCorrected, care: true, visible: showFraming });
  const { update: updateFraming } = framed;

  useEffect(() => {
    updateFraming(body.current?.getText() ?? '', true);
  }, [updateFraming]);

  function changeTitle(value: string) {
    fields.current.title = value;
    setTitle(value);
    saver.changed();
  }

  function changeDate(value: string) {
    fields.current.date = value;
    if (value) fields.current.lastGoodDate = value;
    setDate(value);
    saver.changed();
  }

  function changeTags(value: string[]) {
    fields.current.tags = value;
    setTags(value);
    saver.changed();
  }

  const careKey = entry?.id ?? headingId;
  const showCare = (framed.result?.care.length ?? 0) > 0 && !careHidden && !(saver.id && isCareDismissed(saver.id));

  function toggleFraming() {
    framingOpen = !showFraming;
    setShowFraming(framingOpen);
  }

  return (
    <div className={showFraming ? 'writing-layout with-aside' : 'writing-layout'}>
      <article className="entry-editor" aria-labelledby={headingId} onBlur={onBlur}>
        <h2 id={headingId} className="visually-hidden">
          {entry ? 'Edit entry' : 'New entry'}
        </h2>
        <div className="editor-toolbar">
          <SaveStatus state={saveState} />
          <div className="toolbar-actions">
            <button type="button" className="button quiet" aria-pressed={showFraming} onClick={toggleFraming}>
              Framing view
            </button>
            <button type="button" className="button quiet" onClick={() => void moveToTrash()} disabled={trashing}>
              Move to trash
            </button>
          </div>
        </div>
        {saveState.kind === 'failed' ? (
          <div className="save-problem" role="alert">
            <p>{saveState.message}</p>
            <button type="button" className="button" onClick={() => void saver.flush()}>
              Retry
            </button>
          </div>
        ) : null}
        <FormError message={actionError} />
        <div className="field title-field">
          <label htmlFor={`${headingId}-title`}>Title</label>
          <input
            id={`${headingId}-title`}
            ref={titleInput}
            className="title-input"
            value={title}
            placeholder="Untitled"
            maxLength={ENTRY_LIMITS.titleChars}
            spellCheck={false}
            autoComplete="off"
            onChange={(event) => changeTitle(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                body.current?.focus();
              }
            }}
          />
        </div>
        <div className="meta-row">
          <div className="field date-field">
            <label htmlFor={`${headingId}-date`}>Date</label>
            <input
              id={`${headingId}-date`}
              type="date"
              required
              value={date}
              onChange={(event) => changeDate(event.target.value)}
              onBlur={() => {
                if (!fields.current.date) changeDate(fields.current.lastGoodDate);
              }}
            />
          </div>
          <TagInput tags={tags} onChange={changeTags} />
        </div>
        <BodyEditor
          initial={entry?.body ?? ''}
          onChange={() => {
            saver.changed();
            updateFraming(() => body.current?.getText() ?? '');
          }}
          onCaret={framed.setCaret}
          handle={body}
        />
      </article>
      {showCare || showFraming ? (
        <div className="writing-aside">
          {showCare ? (
            <CareCard dismissKey={saver.id ?? careKey} onDismiss={() => setCareHidden(true)} />
          ) : null}
          {showFraming ? (
            <FramingPanel
              result={framed.result}
              corrections={corrections}
              caret={framed.caret}
              onShow={framed.onShow}
              onCorrect={framed.onCorrect}
              onUseReframe={framed.onUseReframe}
            />
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
