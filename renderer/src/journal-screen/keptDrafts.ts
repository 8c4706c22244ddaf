/**
 * Unsaved writing that was on screen when the journal locked (an idle or sleep
 * lock while a save was failing, say). It is held here, in this window's memory
 * only, never on disk, and saved right after the next unlock.
 */
interface KeptDraft {
  /** Saves the draft; true once it is on disk. */
  save: () => Promise<boolean>;
}

const kept = new Set<KeptDraft>();
const listeners = new Set<() => void>();

function changed() {
  for (const listener of listeners) listener();
}

/** Holds a draft until it is saved; returns a function that lets it go (e.g. the last save worked after all). */
export function keepDraft(draft: KeptDraft): () => void {
  kept.add(draft);
  changed();
  return () => {
    if (kept.delete(draft)) changed();
  };
}

export function hasKeptDrafts(): boolean {
  return kept.size > 0;
}

/** For useSyncExternalStore: the lock screen says when writing is waiting. */
export function subscribeKeptDrafts(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Tries to save every kept draft; those that still fail stay kept. Resolves with how many were saved and failed. */
export async function saveKeptDrafts(): Promise<{ saved: number; failed: number }> {
  let saved = 0;
  let failed = 0;
  for (const draft of [...kept]) {
    const ok = await draft.save().catch(() => false);
    if (ok) {
      kept.delete(draft);
      saved += 1;
    } else {
      failed += 1;
    }
  }
  if (saved) changed();
  return { saved, failed };
}
