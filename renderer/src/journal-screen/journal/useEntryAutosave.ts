import { useCallback, useEffect, useRef, useState, type FocusEvent, type RefObject } from 'react';
import type { Entry } from '../../../../shared/domain/entry';
import { bounce, messageOf } from '../../api';
import { keepDraft } from '../keptDrafts';
import { useRegisterFlush } from '../SaveGuard';
import { Autosaver, type AutosaverOptions, type DraftFields, type SaveState } from './autosaver';
import type { EditorHandle } from './EntryEditor';

const AUTOSAVE_DELAY_MS = 700;

interface EntryAutosaveOptions {
  entry: Entry | null;
  handle: RefObject<EditorHandle | null>;
  /** What a save sends; reads the editor's own refs so it is current without a re-render. */
  read: () => DraftFields;
  isBlank?: AutosaverOptions['isBlank'];
  /** Nothing typed yet (checked only while the entry has no id). */
  isUntouched: () => boolean;
  focusTitle: () => void;
  /** "page" or "reflection", for the sentences a person sees. */
  noun: string;
  onSaved: (entry: Entry) => void;
  onTrashed: (id: string) => void;
  onDiscarded: () => void;
}

/**
 * Everything an entry editor shares about keeping words safe: debounced autosave,
 * saving before leaving, on window blur and on focus leaving the editor, keeping
 * unsaved words in memory if the journal locks under them, and moving to the trash
 * only once everything is saved.
 */
export function useEntryAutosave(options: EntryAutosaveOptions) {
  const latest = useRef(options);
  latest.current = options;
  const [saveState, setSaveState] = useState<SaveState>({ kind: options.entry ? 'saved' : 'clean' });
  const [actionError, setActionError] = useState<string | null>(null);
  const [trashing, setTrashing] = useState(false);

  const saverRef = useRef<Autosaver | null>(null);
  saverRef.current ??= new Autosaver({
    id: options.entry?.id ?? null,
    delayMs: AUTOSAVE_DELAY_MS,
    read: () => latest.current.read(),
    ...(options.isBlank ? { isBlank: (draft: DraftFields) => latest.current.isBlank!(draft) } : {}),
    save: (draft) => bounce().entries.save(draft),
    onState: setSaveState,
    onSaved: (saved) => latest.current.onSaved(saved),
  });
  const saver = saverRef.current;

  const flush = useCallback(() => saver.flush(), [saver]);
  useRegisterFlush(flush);

  /** The entry's id for an action that needs it saved first (a framing correction). */
  const ensureId = useCallback(async () => {
    const noun = latest.current.noun;
    if (!(await saver.flush())) throw new Error(`This ${noun} isn't saved yet, so the label can't be kept. Try again once it's saved.`);
    if (!saver.id) throw new Error(`Write something first; labels belong to a saved ${noun}.`);
    return saver.id;
  }, [saver]);

  const { handle, entry } = options;
  useEffect(() => {
    handle.current = {
      flush,
      isUntouchedNew: () => !saver.id && latest.current.isUntouched(),
      focusTitle: () => latest.current.focusTitle(),
    };
    return () => {
      handle.current = null;
    };
  }, [handle, flush, saver]);

  useEffect(() => {
    if (!entry) latest.current.focusTitle();
    const onWindowBlur = () => void saver.flush();
    window.addEventListener('blur', onWindowBlur);
    return () => {
      window.removeEventListener('blur', onWindowBlur);
      saver.dispose();
      // Anything still unsaved (normally nothing: leaving waits for a save) gets one last try.
      // If the journal locked under it, the draft waits in memory for the next unlock.
      if (saver.hasUnsaved) {
        const release = keepDraft({ save: () => saver.flush() });
        void saver.flush().then((saved) => saved && release());
      }
    };
  }, [entry, saver]);

  /** Saves when focus leaves the editor altogether. */
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
      latest.current.onDiscarded();
      return;
    }
    try {
      await bounce().entries.trash({ id });
      latest.current.onTrashed(id);
    } catch (failure) {
      setActionError(messageOf(failure));
      setTrashing(false);
    }
  }

  return { saver, saveState, actionError, trashing, ensureId, onBlur, moveToTrash };
}
