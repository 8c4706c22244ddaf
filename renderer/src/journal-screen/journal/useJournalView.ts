import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { Entry, EntryKind } from '../../../../shared/domain/entry';
import { summaryOfEntry } from '../../../../shared/domain/list-order';
import { bounce, messageOf } from '../../api';
import { useDebounced } from '../../lib/useDebounced';
import type { JournalCommand } from '../useMainScreen';
import type { EditorHandle } from './EntryEditor';
import { EntryPages } from './entryPages';
import { noteOpenEntry, takeEntryAfterUnlock } from './lastOpen';

interface Open {
  key: string;
  entry: Entry | null;
  /** What a new entry will be; an existing one keeps its own kind. */
  kind: EntryKind;
  /** Opened from the search results, so the searched words are shown in it. */
  fromSearch: boolean;
}

/**
 * Where focus goes after an action takes away the button that was pressed: the
 * Undo button after Move to trash, the entry brought back after Undo, the
 * heading when nothing else is left. Without it focus falls to the page.
 */
export interface FocusTarget {
  kind: 'undo' | 'restored' | 'heading';
  id?: string;
  seq: number;
}

interface Notice {
  text: string;
  undoId?: string;
}

function sameTags(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((tag, i) => tag === b[i]);
}

/** The whole journal, or only the guided reflections (the Reflect section). */
export type JournalMode = 'journal' | 'reflect';

const MODES = {
  journal: { heading: 'Journal', newLabel: 'New entry', kind: 'page' },
  reflect: { heading: 'Reflect', newLabel: 'New reflection', kind: 'reflection' },
} as const;

/**
 * Commands already carried out. The view is rebuilt each time its section is
 * shown and gets the last command again; it must not open another new entry then.
 */
const handledCommands = new WeakSet<JournalCommand>();

/**
 * The journal list and the open entry: search and tag filter, loading, opening,
 * new entries, saves and trash as the list sees them, and menu commands.
 */
export function useJournalView(command: JournalCommand | null, mode: JournalMode, onFind?: () => void) {
  const view = MODES[mode];
  const onFindRef = useRef(onFind);
  onFindRef.current = onFind;
  // Find waits for the search box, which a folded-away list shows only once it is back.
  const wantsSearch = useRef(false);
  const [query, setQuery] = useState('');
  const [selectedTags, setSelectedTags] = useState<string[]>([]);
  // The list comes a page at a time; what the search found in the evidence vault comes with its first page.
  const [pages] = useState(() => new EntryPages((request) => bounce().entries.list(request)));
  const list = useSyncExternalStore(pages.subscribe, pages.snapshot);
  const entries = list.rows;
  const wins = mode === 'journal' ? list.wins : [];
  const listReady = list.ready;
  const listError = list.error === null ? null : messageOf(list.error);
  const [tags, setTags] = useState<{ name: string; count: number }[]>([]);
  const [open, setOpen] = useState<Open | null>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [viewError, setViewError] = useState<string | null>(null);
  const [focusTarget, setFocusTarget] = useState<FocusTarget | null>(null);
  const editor = useRef<EditorHandle | null>(null);
  const search = useRef<HTMLInputElement>(null);
  const entriesRef = useRef(entries);
  entriesRef.current = entries;
  const newCount = useRef(0);
  const focusSeq = useRef(0);
  const moveFocus = useCallback((kind: FocusTarget['kind'], id?: string) => {
    focusSeq.current += 1;
    setFocusTarget({ kind, seq: focusSeq.current, ...(id ? { id } : {}) });
  }, []);
  const settledQuery = useDebounced(query.trim(), 150);
  const searching = settledQuery !== '' || selectedTags.length > 0;

  const filter = useMemo(
    () => ({
      ...(settledQuery ? { query: settledQuery } : {}),
      ...(selectedTags.length ? { tags: selectedTags } : {}),
      ...(mode === 'reflect' ? { kind: 'reflection' as const } : {}),
    }),
    [settledQuery, selectedTags, mode],
  );

  const loadTags = useCallback(async () => {
    try {
      // Reflect offers only tags its reflections carry; a journal-wide one would filter it to nothing.
      setTags((await bounce().entries.tags(mode === 'reflect' ? { kind: 'reflection' } : {})).tags);
    } catch {
      // The filter is a convenience; the list still works without it.
    }
  }, [mode]);

  useEffect(() => pages.show(filter), [pages, filter]);

  // Just after unlocking a large journal a search answers from the entries indexed so far: ask again until all are.
  const stillOpening = settledQuery !== '' && list.opening !== null;
  useEffect(() => {
    if (!stillOpening) return;
    const again = setTimeout(() => pages.refresh(), 400);
    return () => clearTimeout(again);
  }, [stillOpening, list.opening, pages]);

  // An entry's framing is saved a moment after the entry: refresh the marks when it lands.
  useEffect(() => bounce().on.entriesFramed(() => pages.refresh()), [pages]);

  useEffect(() => {
    void loadTags();
  }, [loadTags]);

  const flushEditor = useCallback(async () => (editor.current ? editor.current.flush() : true), []);

  const openEntry = useCallback(
    async (id: string) => {
      if (id === openId) return;
      if (!(await flushEditor())) return;
      setViewError(null);
      try {
        const entry = await bounce().entries.get({ id });
        setNotice(null);
        setOpen({ key: entry.id, entry, kind: entry.kind, fromSearch: searching });
        setOpenId(entry.id);
      } catch (failure) {
        setViewError(messageOf(failure));
      }
    },
    [openId, flushEditor, searching],
  );

  useEffect(() => noteOpenEntry(openId), [openId]);

  // Unlocking comes back to the entry that was open, if it is still in the journal.
  useEffect(() => {
    if (mode !== 'journal') return;
    const id = takeEntryAfterUnlock();
    if (!id) return;
    bounce()
      .entries.get({ id })
      .then((entry) => {
        if (entry.deletedAt) return;
        setOpen((current) => current ?? { key: entry.id, entry, kind: entry.kind, fromSearch: false });
        setOpenId((current) => current ?? entry.id);
      })
      .catch(() => undefined); // Gone since: the journal simply opens as usual.
  }, [mode]);

  const newEntry = useCallback(async () => {
    if (open && editor.current?.isUntouchedNew()) {
      editor.current.focusTitle();
      return;
    }
    if (!(await flushEditor())) return;
    newCount.current += 1;
    setViewError(null);
    setNotice(null);
    setOpen({ key: `new-${newCount.current}`, entry: null, kind: view.kind, fromSearch: false });
    setOpenId(null);
  }, [open, flushEditor, view.kind]);

  const onSaved = useCallback(
    (entry: Entry) => {
      const before = entriesRef.current.find((row) => row.id === entry.id);
      if (!before || !sameTags(before.tags, entry.tags)) void loadTags();
      setOpenId(entry.id);
      pages.saved(summaryOfEntry(entry), searching);
    },
    [loadTags, searching, pages],
  );

  const onTrashed = useCallback(
    (id: string) => {
      pages.trashed(id);
      setOpen(null);
      setOpenId(null);
      setNotice({ text: 'Moved to the trash. You can restore it for 30 days.', undoId: id });
      moveFocus('undo');
      void loadTags();
    },
    [loadTags, moveFocus, pages],
  );

  const onDiscarded = useCallback(() => {
    setOpen(null);
    setOpenId(null);
    moveFocus('heading');
  }, [moveFocus]);

  async function undoTrash(id: string) {
    try {
      const entry = await bounce().entries.restore({ id });
      setNotice({ text: 'Back in your journal.' });
      // It may belong far down a long list: the rows down to its place are loaded so it can take focus there.
      pages.refresh();
      pages.reveal(summaryOfEntry(entry));
      void loadTags();
      setOpen({ key: entry.id, entry, kind: entry.kind, fromSearch: false });
      setOpenId(entry.id);
      moveFocus('restored', entry.id);
    } catch (failure) {
      setNotice({ text: messageOf(failure), undoId: id });
    }
  }

  function toggleTag(tag: string) {
    setSelectedTags((current) =>
      current.some((own) => own.toLowerCase() === tag.toLowerCase())
        ? current.filter((own) => own.toLowerCase() !== tag.toLowerCase())
        : [...current, tag],
    );
  }

  // Commands from the menu, shortcuts and other screens (new entry, find, open one).
  useEffect(() => {
    if (!command || handledCommands.has(command)) return;
    handledCommands.add(command);
    if (command.kind === 'new') void newEntry();
    else if (command.kind === 'open' && command.id) void openEntry(command.id);
    else {
      onFindRef.current?.();
      wantsSearch.current = true;
    }
  }, [command, newEntry, openEntry]);

  useEffect(() => {
    if (!wantsSearch.current || !search.current) return;
    wantsSearch.current = false;
    search.current.focus();
    search.current.select();
  });

  let countText = '';
  if (listReady) {
    const n = list.total;
    const [one, many] = mode === 'reflect' ? ['reflection', 'reflections'] : ['entry', 'entries'];
    if (searching) countText = n === 0 ? `No ${many} match.` : n === 1 ? `1 ${one} matches.` : `${n.toLocaleString()} ${many} match.`;
    else countText = n === 0 ? '' : n === 1 ? `1 ${one}` : `${n.toLocaleString()} ${many}`;
    // Found wins are listed apart; the count says so too, since their group appears without a word.
    if (searching && wins.length > 0) countText += ` ${wins.length === 1 ? '1 win does' : `${wins.length.toLocaleString()} wins do`}${n === 0 ? '' : ' too'}.`;
  }

  // The searched words are shown in an entry opened from the results, until the search is cleared.
  const highlight = open?.fromSearch && searching ? settledQuery : '';

  const openingText = stillOpening && list.opening ? `Still opening: ${list.opening.done.toLocaleString()} of ${list.opening.total.toLocaleString()} entries searched so far.` : '';

  return { view, query, setQuery, selectedTags, toggleTag, entries, total: list.total, openingText, more: list.more, wantRows: pages.want, wins, listReady, listError, tags, open, openId, notice, viewError, editor, search, searching, countText, highlight, focusTarget, openEntry, newEntry, onSaved, onTrashed, onDiscarded, undoTrash };
}
