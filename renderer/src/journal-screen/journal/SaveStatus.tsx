import { useEffect, useState } from 'react';
import type { SaveState } from './autosaver';

/**
 * "Saving…" and "Saved", quietly. A save that finishes quickly goes straight to
 * "Saved" so the words don't flicker while someone writes.
 */
export function SaveStatus({ state }: { state: SaveState }) {
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    setSlow(false);
    if (state.kind !== 'saving') return;
    const timer = window.setTimeout(() => setSlow(true), 400);
    return () => window.clearTimeout(timer);
  }, [state]);

  let text = '';
  if (state.kind === 'saving' && slow) text = 'Saving…';
  else if (state.kind === 'saved') text = 'Saved';
  else if (state.kind === 'failed') text = 'Not saved yet';
  return (
    <p className="save-status" role="status" data-state={state.kind}>
      {text}
    </p>
  );
}
