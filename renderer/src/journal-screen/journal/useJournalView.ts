import { useCallback, useEffect, useRef, useState } from 'react';
import { excerptOf, type Entry, type EntryKind, type EntrySummary } from '../../../../shared/domain/entry';
import type { WinSummary } from '../../../../shared/domain/win';
import { bounce, messageOf } from '../../api';
import { useDebounced } from '../../lib/useDebounced';
import type { JournalCommand } from '../useMainScreen';
import type { EditorHandle } from './EntryEditor';
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

function summaryOf(entry: Entry): EntrySummary {
  return {
    id: entry.id,
    kind: entry.kind,
    title: entry.title,
    date: entry.date,
    tags: entry.tags,
    excerpt: excerptOf(entry.body || entry.reflection?.whatHappened || ''),
    framing: entry.framing ? { label: entry.framing.label, score: entry.framing.score } : null,
    updatedAt: entry.updatedAt,
    deletedAt: entry.deletedAt,
  };
}

/** Newest day first, then most recently changed, as the journal itself sorts. */
function byDateDesc(a: EntrySummary, b: EntrySummary): number {
  return b.date.localeCompare(a.date) || b.updatedAt.localeCompare(a.updatedAt);
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
  const [entries, setEntries] = useState<EntrySummary[]>([]);
  // What the search found in the evidence vault; the journal lists them apart from entries.
  const [wins, setWins] = useState<WinSummary[]>([]);
  const [listReady, setListReady] = useState(false);
  const [listError, setListError] = useState<string | null>(null);
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
  const listRequest = useRef(0);
  const newCount = useRef(0);
  const focusSeq = useRef(0);
  const moveFocus = useCallback((kind: FocusTarget['kind'], id?: string) => {
    focusSeq.current += 1;
    setFocusTarget({ kind, seq: focusSeq.current, ...(id ? { id } : {}) });
  }, []);
  const settledQuery = useDebounced(query.trim(), 150);
  const searching = settledQuery !== '' || selectedTags.length > 0;

  const loadList = useCallback(async () => {
    const request = ++listRequest.current;
    try {
      const result = await bounce().entries.list({
        ...(settledQuery ? { query: settledQuery } : {}),
        ...(selectedTags.length ? { tags: selectedTags } : {}),
      });
      if (request !== listRequest.current) return;
      setEntries(mode === 'reflect' ? result.entries.filter((row) => row.kind === 'reflection') : result.entries);
      setWins(mode === 'journal' ? (result.wins ?? []) : []);
      setListError(null);
      setListReady(true);
    } catch (failure) {
      if (request === listRequest.current) setListError(messageOf(failure));
    }
  }, [settledQuery, selectedTags, mode]);

  const loadTags = useCallback(async () => {
    try {
      // Reflect offers only tags its reflections carry; a journal-wide one would filter it to nothing.
      setTags((await bounce().entries.tags(mode === 'reflect' ? { kind: 'reflection' } : {})).tags);
    } catch {
      // The filter is a convenience; the list still works without it.
    }
  }, [mode]);

  useEffect(() => {
    void loadList();
  }, [loadList]);

  // An entry's framing is saved a moment after the entry: refresh the marks when it lands.
  useEffect(() => bounce().on.entriesFramed(() => void loadList()), [loadList]);

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
      const summary = summaryOf(entry);
      const before = entriesRef.current.find((row) => row.id === entry.id);
      if (!before || !sameTags(before.tags, entry.tags)) void loadTags();
      setOpenId(entry.id);
      setEntries((rows) => {
        const others = rows.filter((row) => row.id !== entry.id);
        if (searching) {
          // Search results keep their order; a new entry goes first.
          return before ? rows.map((row) => (row.id === entry.id ? summary : row)) : [summary, ...rows];
        }
        const next = [...others, summary];
        return next.sort(byDateDesc);
      });
    },
    [loadTags, searching],
  );

  const onTrashed = useCallback(
    (id: string) => {
      setEntries((rows) => rows.filter((row) => row.id !== id));
      setOpen(null);
      setOpenId(null);
      setNotice({ text: 'Moved to the trash. You can restore it for 30 days.', undoId: id });
      moveFocus('undo');
      void loadTags();
    },
    [loadTags, moveFocus],
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
      await loadList();
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
    const n = entries.length;
    const [one, many] = mode === 'reflect' ? ['reflection', 'reflections'] : ['entry', 'entries'];
    if (searching) countText = n === 0 ? `No ${many} match.` : n === 1 ? `1 ${one} matches.` : `${n.toLocaleString()} ${many} match.`;
    else countText = n === 0 ? '' : n === 1 ? `1 ${one}` : `${n.toLocaleString()} ${many}`;
    // Found wins are listed apart; the count says so too, since their group appears without a word.
    if (searching && wins.length > 0) countText += ` ${wins.length === 1 ? '1 win does' : `${wins.length.toLocaleString()} wins do`}${n === 0 ? '' : ' too'}.`;
  }

  // The searched words are shown in an entry opened from the results, until the search is cleared.
  const highlight = open?.fromSearch && searching ? settledQuery : '';

  return { view, query, setQuery, selectedTags, toggleTag, entries, wins, listReady, listError, tags, open, openId, notice, viewError, editor, search, searching, countText, highlight, focusTarget, openEntry, newEntry, onSaved, onTrashed, onDiscarded, undoTrash };
}
