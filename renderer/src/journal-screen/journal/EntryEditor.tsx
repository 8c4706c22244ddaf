import { useCallback, useEffect, useId, useRef, useState, type RefObject } from 'react';
import type { Entry } from '../../../../shared/domain/entry';
import { ariaShortcut, shortcutLabel } from '../../lib/platform';
import { CareArea } from '../framing/CareCard';
import { FramingPanel } from '../framing/FramingPanel';
import { useCareCard } from '../framing/useCareCard';
import { useFramedText } from '../framing/useFramedText';
import { SurfacedWins } from '../surfacing/SurfacedWins';
import { isBlank, type DraftFields } from './autosaver';
import { BodyEditor, type BodyHandle } from './BodyEditor';
import { DateField } from './DateField';
import { EditorChrome } from './EditorChrome';
import { TagInput } from './TagInput';
import { useEntryAutosave } from './useEntryAutosave';
import { LAYOUT_KEYS, useLayoutChoices, useShiftShortcut } from './useLayoutChoices';
import { useTitleAndDate } from './useTitleAndDate';
import { EntryWins } from '../wins/EntryWins';
import { BigPictureButton } from '../timeline/BigPictureButton';

export interface EditorHandle {
  flush: () => Promise<boolean>;
  /** A new entry with nothing typed in it yet. */
  isUntouchedNew: () => boolean;
  focusTitle: () => void;
}

export interface EntryEditorProps {
  /** The entry to edit, or null for a new one. */
  entry: Entry | null;
  handle: RefObject<EditorHandle | null>;
  onSaved: (entry: Entry) => void;
  onTrashed: (id: string) => void;
  onDiscarded: () => void;
  /** Words searched for, shown in the text when the entry was opened from the search; empty for none. */
  highlight?: string;
}

export function EntryEditor({ entry, handle, onSaved, onTrashed, onDiscarded, highlight = '' }: EntryEditorProps) {
  const heading = useTitleAndDate(entry, () => saver.changed());
  const [tags, setTags] = useState<string[]>(entry?.tags ?? []);
  const [corrections, setCorrections] = useState(entry?.corrections ?? []);
  const layout = useLayoutChoices();
  const showFraming = !layout.framingCollapsed;
  const framingToggle = useRef<HTMLButtonElement>(null);
  const aside = useRef<HTMLDivElement>(null);
  const titleInput = useRef<HTMLTextAreaElement>(null);
  const body = useRef<BodyHandle | null>(null);
  const headingId = useId();
  // What a save reads; kept in step with every change, before React re-renders.
  const savedTags = useRef(tags);
  const onSavedRef = useRef(onSaved);
  onSavedRef.current = onSaved;

  const { saver, saveState, actionError, trashing, ensureId, onBlur, moveToTrash } = useEntryAutosave({
    entry,
    handle,
    read: (): DraftFields => ({
      // This editor writes pages; whatever else an entry holds is passed through untouched.
      kind: entry?.kind ?? 'page',
      reflection: entry?.reflection ?? null,
      title: heading.currentTitle(),
      date: heading.savedDate(),
      tags: savedTags.current,
      body: body.current?.getText() ?? entry?.body ?? '',
    }),
    isUntouched: () => isBlank({ title: heading.currentTitle(), tags: savedTags.current, body: body.current?.getText() ?? '' }),
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
  const care = useCareCard(entry?.id ?? null, saver.id, framed.result?.care);

  useEffect(() => {
    updateFraming(body.current?.getText() ?? '', true);
  }, [updateFraming]);

  function changeTags(value: string[]) {
    savedTags.current = value;
    setTags(value);
    saver.changed();
  }

  function toggleFraming() {
    // Folding the view away from inside it would take the focus with it.
    if (aside.current?.contains(document.activeElement)) framingToggle.current?.focus();
    layout.toggleFraming();
  }
  useShiftShortcut(LAYOUT_KEYS.framing, toggleFraming);

  return (
    <div className={showFraming ? 'writing-room with-aside' : 'writing-room'}>
      <article className="entry-editor" aria-labelledby={headingId} onBlur={onBlur}>
        <EditorChrome
          headingId={headingId}
          heading={entry ? 'Edit entry' : 'New entry'}
          saveState={saveState}
          onRetry={() => void saver.flush()}
          trashing={trashing}
          onMoveToTrash={() => void moveToTrash()}
          actionError={actionError}
          tools={
            <>
              {entry ? (
                <BigPictureButton entryId={entry.id} date={heading.date} />
              ) : null}
              <button
                ref={framingToggle}
                type="button"
                className="button quiet"
                aria-pressed={showFraming}
                aria-keyshortcuts={ariaShortcut(LAYOUT_KEYS.framing, true)}
                title={`Show or hide the framing view (${shortcutLabel(LAYOUT_KEYS.framing, true)})`}
                disabled={!layout.ready}
                onClick={toggleFraming}
              >
                Framing view
              </button>
            </>
          }
          above={<CareArea show={care.show} dismissKey={saver.id ?? entry?.id ?? headingId} onDismiss={care.hide} />}
          titleInput={titleInput}
          title={heading.title}
          titlePlaceholder="Untitled"
          onTitle={heading.changeTitle}
          onTitleEnter={() => body.current?.focus()}
        />
        <div className="meta-row">
          <DateField headingId={headingId} className="field date-field" date={heading.date} onDate={heading.changeDate} onLeave={heading.restoreDate} />
          <TagInput tags={tags} onChange={changeTags} />
        </div>
        <EntryWins entryId={entry?.id ?? null} />
        <BodyEditor
          initial={entry?.body ?? ''}
          onChange={() => {
            saver.changed();
            updateFraming(() => body.current?.getText() ?? '');
          }}
          onCaret={framed.setCaret}
          handle={body}
          highlight={highlight}
        />
      </article>
      {showFraming ? (
        <div className="room-aside" ref={aside}>
          <SurfacedWins visit={headingId} entryId={saver.id ?? entry?.id ?? null} tags={tags} result={framed.result} corrections={corrections} onDismissed={() => body.current?.focus()} />
          <FramingPanel framed={framed} corrections={corrections} />
        </div>
      ) : null}
    </div>
  );
}
