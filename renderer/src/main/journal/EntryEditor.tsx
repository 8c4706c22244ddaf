import { useCallback, useEffect, useId, useRef, useState, type FocusEvent, type RefObject } from 'react';
import { ENTRY_LIMITS, type Entry } from '../../../../shared/domain/entry';
import { bounce, messageOf } from '../../api';
import { todayIso } from '../../lib/dates';
import { useRegisterFlush } from '../SaveGuard';
import { Autosaver, isBlank, type DraftFields, type SaveState } from './autosaver';
import { BodyEditor, type BodyHandle } from './BodyEditor';
import { SaveStatus } from './SaveStatus';
import { TagInput } from './TagInput';

const AUTOSAVE_DELAY_MS = 700;

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
  const [saveState, setSaveState] = useState<SaveState>({ kind: entry ? 'saved' : 'clean' });
  const [actionError, setActionError] = useState<string | null>(null);
  const [trashing, setTrashing] = useState(false);
  const titleInput = useRef<HTMLInputElement>(null);
  const body = useRef<BodyHandle | null>(null);
  const headingId = useId();

  // What a save reads; kept in step with every change, before React re-renders.
  const fields = useRef({ title, date, tags, lastGoodDate: date });
  const onSavedRef = useRef(onSaved);
  onSavedRef.current = onSaved;

  const saverRef = useRef<Autosaver | null>(null);
  saverRef.current ??= new Autosaver({
    id: entry?.id ?? null,
    delayMs: AUTOSAVE_DELAY_MS,
    read: (): DraftFields => ({
      // This editor writes pages; whatever else an entry holds is passed through untouched.
      kind: entry?.kind ?? 'page',
      reflection: entry?.reflection ?? null,
      title: fields.current.title,
      date: fields.current.date || fields.current.lastGoodDate,
      tags: fields.current.tags,
      body: body.current?.getText() ?? entry?.body ?? '',
    }),
    save: (draft) => bounce().entries.save(draft),
    onState: setSaveState,
    onSaved: (saved) => onSavedRef.current(saved),
  });
  const saver = saverRef.current;

  const flush = useCallback(() => saver.flush(), [saver]);
  useRegisterFlush(flush);

  useEffect(() => {
    handle.current = {
      flush,
      isUntouchedNew: () =>
        !saver.id &&
        isBlank({ title: fields.current.title, tags: fields.current.tags, body: body.current?.getText() ?? '' }),
      focusTitle: () => titleInput.current?.focus(),
    };
    return () => {
      handle.current = null;
    };
  }, [handle, flush, saver]);

  useEffect(() => {
    if (!entry) titleInput.current?.focus();
    const onWindowBlur = () => void saver.flush();
    window.addEventListener('blur', onWindowBlur);
    return () => {
      window.removeEventListener('blur', onWindowBlur);
      saver.dispose();
      // Anything still unsaved (normally nothing: leaving waits for a save) gets one last try.
      if (saver.hasUnsaved) void saver.flush();
    };
  }, [entry, saver]);

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

  function onBlur(event: FocusEvent<HTMLElement>) {
    const next = event.relatedTarget;
    if (!(next instanceof Node) || !event.currentTarget.contains(next)) void saver.flush();
  }

  async function moveToTrash() {
    setActionError(null);
    setTrashing(true);
    if (!(await saver.flush())) {
      setTrashing(false);
      return;
    }
    const id = saver.id;
    if (!id) {
      onDiscarded();
      return;
    }
    try {
      await bounce().entries.trash({ id });
      onTrashed(id);
    } catch (failure) {
      setActionError(messageOf(failure));
      setTrashing(false);
    }
  }

  return (
    <article className="entry-editor" aria-labelledby={headingId} onBlur={onBlur}>
      <h2 id={headingId} className="visually-hidden">
        {entry ? 'Edit entry' : 'New entry'}
      </h2>
      <div className="editor-toolbar">
        <SaveStatus state={saveState} />
        <button type="button" className="button quiet" onClick={() => void moveToTrash()} disabled={trashing}>
          Move to trash
        </button>
      </div>
      {saveState.kind === 'failed' ? (
        <div className="save-problem" role="alert">
          <p>{saveState.message}</p>
          <button type="button" className="button" onClick={() => void saver.flush()}>
            Retry
          </button>
        </div>
      ) : null}
      {actionError ? (
        <p className="form-error" role="alert">
          {actionError}
        </p>
      ) : null}
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
      <BodyEditor initial={entry?.body ?? ''} onChange={() => saver.changed()} handle={body} />
    </article>
  );
}
