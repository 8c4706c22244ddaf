import { useEffect, useRef, useState, type RefObject } from 'react';
import { FormError } from '../../components/FormError';
import { PlusIcon } from '../../components/Icons';
import { ariaShortcut, shortcutLabel } from '../../lib/platform';
import { useMain } from '../MainContext';
import type { JournalCommand } from '../useMainScreen';
import { SearchWins } from '../wins/SearchWins';
import { ReflectionEditor } from '../reflect/ReflectionEditor';
import { EmptyEditor } from './EmptyEditor';
import { EntryEditor } from './EntryEditor';
import { EntryList, type RowFocusRequest } from './EntryList';
import { SearchBox } from './SearchBox';
import { TagFilter } from './TagFilter';
import { LAYOUT_KEYS, useLayoutChoices, useShiftShortcut } from './useLayoutChoices';
import { useJournalView, type JournalMode } from './useJournalView';
import '../../styles/writing-room.css';

/** Where the journal is one column (narrow windows, high zoom): the list above, the page below. */
const ONE_COLUMN = '(max-width: 52rem)';

interface JournalViewProps {
  command: JournalCommand | null;
  headingRef: RefObject<HTMLHeadingElement | null>;
  /** The whole journal, or only the guided reflections (the Reflect section). */
  mode?: JournalMode;
}

export function JournalView({ command, headingRef, mode = 'journal' }: JournalViewProps) {
  const layout = useLayoutChoices();
  const { settings } = useMain();
  const listToggle = useRef<HTMLButtonElement>(null);
  const listBody = useRef<HTMLDivElement>(null);
  const editorPane = useRef<HTMLElement>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  const [rowFocus, setRowFocus] = useState<RowFocusRequest | null>(null);
  const journal = useJournalView(command, mode, () => {
    if (layout.listCollapsed) layout.toggleList();
  });
  const { view, open, notice, focusTarget } = journal;
  const Editor = open?.kind === 'reflection' ? ReflectionEditor : EntryEditor;
  const collapsed = layout.listCollapsed;

  function toggleList() {
    // Folding the list away from inside it would take the focus with it.
    if (listBody.current?.contains(document.activeElement)) listToggle.current?.focus();
    layout.toggleList();
  }
  useShiftShortcut(LAYOUT_KEYS.list, toggleList);

  useEffect(() => {
    if (!focusTarget) return;
    if (focusTarget.kind === 'undo') undoButton.current?.focus();
    else if (focusTarget.kind === 'heading') headingRef.current?.focus();
    else if (focusTarget.id && !collapsed) setRowFocus({ id: focusTarget.id, seq: focusTarget.seq });
    else journal.editor.current?.focusTitle();
    // Only a new target moves the focus; the layout changing later must not.
  }, [focusTarget]);

  // In one column the page is below the list: opening an entry brings the page into view.
  const openKey = open?.key;
  useEffect(() => {
    if (openKey && window.matchMedia(ONE_COLUMN).matches) editorPane.current?.scrollIntoView({ block: 'start' });
  }, [openKey]);

  return (
    <div className={collapsed ? 'journal-view list-collapsed' : 'journal-view'}>
      <section className="list-pane" aria-labelledby={`${mode}-heading`}>
        <div className="pane-head">
          <h1 id={`${mode}-heading`} ref={headingRef} tabIndex={-1}>
            {view.heading}
          </h1>
          <button
            ref={listToggle}
            type="button"
            className="button small quiet layout-toggle"
            aria-pressed={!collapsed}
            aria-keyshortcuts={ariaShortcut(LAYOUT_KEYS.list, true)}
            title={`Show or hide the entry list (${shortcutLabel(LAYOUT_KEYS.list, true)})`}
            disabled={!layout.ready}
            onClick={toggleList}
          >
            Entry list
          </button>
          <button
            type="button"
            className="button primary"
            onClick={() => void journal.newEntry()}
            aria-keyshortcuts={ariaShortcut('n')}
            title={`${view.newLabel} (${shortcutLabel('n')})`}
          >
            <PlusIcon />
            {view.newLabel}
          </button>
        </div>
        {collapsed ? null : (
          <div className="list-body" ref={listBody}>
            <SearchBox ref={journal.search} value={journal.query} onChange={journal.setQuery} />
            <TagFilter tags={journal.tags} selected={journal.selectedTags} onToggle={journal.toggleTag} />
            <p className="list-count" aria-live="polite">
              {journal.countText}
            </p>
            {journal.openingText ? <p className="list-count">{journal.openingText}</p> : null}
            <FormError message={journal.listError} />
            {journal.searching ? <SearchWins wins={journal.wins} /> : null}
            {journal.searching && journal.wins.length > 0 ? <h2 className="entries-heading">Entries</h2> : null}
            <EntryList
              entries={journal.entries}
              total={journal.total}
              onWant={journal.wantRows}
              selectedId={journal.openId}
              onOpen={(id) => void journal.openEntry(id)}
              showMarks={settings?.showListMarks ?? true}
              focusRequest={rowFocus}
            />
          </div>
        )}
      </section>
      <section className="editor-pane" aria-label="Entry" ref={editorPane}>
        <div className="notice-area" aria-live="polite">
          {notice ? (
            <div className="notice">
              <p>{notice.text}</p>
              {notice.undoId ? (
                <button ref={undoButton} type="button" className="button" onClick={() => void journal.undoTrash(notice.undoId!)}>
                  Undo
                </button>
              ) : null}
            </div>
          ) : null}
        </div>
        <FormError message={journal.viewError} />
        {open ? (
          <Editor
            key={open.key}
            entry={open.entry}
            handle={journal.editor}
            onSaved={journal.onSaved}
            onTrashed={journal.onTrashed}
            onDiscarded={journal.onDiscarded}
            highlight={journal.highlight}
          />
        ) : (
          <EmptyEditor firstTime={journal.listReady && journal.entries.length === 0 && !journal.searching} mode={mode} />
        )}
      </section>
    </div>
  );
}
