import { useCallback, useEffect, useRef, useState, type FocusEvent } from 'react';
import type { Win } from '../../../../shared/domain/win';
import { bounce, messageOf } from '../../api';
import { keepDraft } from '../keptDrafts';
import { useRegisterFlush } from '../SaveGuard';
import { DraftSaver, type SaveState } from '../../lib/draftSaver';
import { isBlankWin, type WinFields } from './winWords';

const AUTOSAVE_DELAY_MS = 700;

interface WinAutosaveOptions {
  win: Win | null;
  read: () => WinFields;
  onSaved: (win: Win) => void;
  onTrashed: (id: string) => void;
  /** A new win with nothing in it was closed: nothing to trash. */
  onDiscarded: () => void;
}

/**
 * Keeps a win's words safe the way entries are kept: saved once typing pauses, on
 * leaving (the SaveGuard), on window blur and when focus leaves the editor; held in
 * memory if the journal locks under a failing save; trashed only once saved.
 */
export function useWinAutosave(options: WinAutosaveOptions) {
  const latest = useRef(options);
  latest.current = options;
  const [saveState, setSaveState] = useState<SaveState>({ kind: options.win ? 'saved' : 'clean' });
  const [actionError, setActionError] = useState<string | null>(null);
  const [trashing, setTrashing] = useState(false);

  const saverRef = useRef<DraftSaver<WinFields, Win> | null>(null);
  saverRef.current ??= new DraftSaver<WinFields, Win>({
    id: options.win?.id ?? null,
    delayMs: AUTOSAVE_DELAY_MS,
    read: () => latest.current.read(),
    isBlank: isBlankWin,
    save: (draft) => bounce().wins.save(draft),
    onState: setSaveState,
    onSaved: (saved) => latest.current.onSaved(saved),
  });
  const saver = saverRef.current;

  const flush = useCallback(() => saver.flush(), [saver]);
  useRegisterFlush(flush);

  useEffect(() => {
    const onWindowBlur = () => void saver.flush();
    window.addEventListener('blur', onWindowBlur);
    return () => {
      window.removeEventListener('blur', onWindowBlur);
      saver.dispose();
      // Leaving waits for a save, so normally nothing is left; if the journal locked under a
      // failing save, the words wait in this window's memory for the next unlock.
      if (saver.hasUnsaved) {
        const release = keepDraft({ save: () => saver.flush() });
        void saver.flush().then((saved) => saved && release());
      }
    };
  }, [saver]);

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
      await bounce().wins.trash({ id });
      latest.current.onTrashed(id);
    } catch (failure) {
      setActionError(messageOf(failure));
      setTrashing(false);
    }
  }

  return { saver, saveState, actionError, trashing, flush, onBlur, moveToTrash };
}
