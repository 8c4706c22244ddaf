import type { RefObject } from 'react';
import { FormError } from '../../components/FormError';
import { PlusIcon } from '../../components/Icons';
import { ariaShortcut, shortcutLabel } from '../../lib/platform';
import type { JournalCommand } from '../useMainScreen';
import { SearchWins } from '../wins/SearchWins';
import { ReflectionEditor } from '../reflect/ReflectionEditor';
import { EmptyEditor } from './EmptyEditor';
import { EntryEditor } from './EntryEditor';
import { EntryList } from './EntryList';
import { SearchBox } from './SearchBox';
import { TagFilter } from './TagFilter';
import { useJournalView, type JournalMode } from './useJournalView';

interface JournalViewProps {
  command: JournalCommand | null;
  headingRef: RefObject<HTMLHeadingElement | null>;
  /** The whole journal, or only the guided reflections (the Reflect section). */
  mode?: JournalMode;
}

export function JournalView({ command, headingRef, mode = 'journal' }: JournalViewProps) {
  const journal = useJournalView(command, mode);
  const { view, open, notice } = journal;
  const Editor = open?.kind === 'reflection' ? ReflectionEditor : EntryEditor;

  return (
    <div className="journal-view">
      <section className="list-pane" aria-labelledby={`${mode}-heading`}>
        <div className="pane-head">
          <h1 id={`${mode}-heading`} ref={headingRef} tabIndex={-1}>
            {view.heading}
          </h1>
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
        <SearchBox ref={journal.search} value={journal.query} onChange={journal.setQuery} />
        <TagFilter tags={journal.tags} selected={journal.selectedTags} onToggle={journal.toggleTag} />
        <p className="list-count" aria-live="polite">
          {journal.countText}
        </p>
        <FormError message={journal.listError} />
        {journal.searching ? <SearchWins wins={journal.wins} /> : null}
        {journal.searching && journal.wins.length > 0 ? <h2 className="entries-heading">Entries</h2> : null}
        <EntryList entries={journal.entries} selectedId={journal.openId} onOpen={(id) => void journal.openEntry(id)} />
      </section>
      <section className="editor-pane" aria-label="Entry">
        <div className="notice-area" aria-live="polite">
          {notice ? (
            <div className="notice">
              <p>{notice.text}</p>
              {notice.undoId ? (
                <button type="button" className="button" onClick={() => void journal.undoTrash(notice.undoId!)}>
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
          />
        ) : (
          <EmptyEditor firstTime={journal.listReady && journal.entries.length === 0 && !journal.searching} mode={mode} />
        )}
      </section>
    </div>
  );
}
