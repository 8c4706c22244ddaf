import { shortcutLabel } from '../../lib/platform';

/** What the editor side says with no entry open: a first welcome, or an invitation to choose one. */
export function EmptyEditor({ firstTime, mode }: { firstTime: boolean; mode: 'journal' | 'reflect' }) {
  return (
    <div className="empty-editor">
      {mode === 'reflect' && firstTime ? (
        <>
          <p className="empty-title">A place to look back at something that went wrong.</p>
          <p>
            A reflection walks through eight short steps, one at a time: what happened, how you hold it, what's
            yours to own and what isn't, and one small next step. Every step can be skipped. Choose New
            reflection when you're ready.
          </p>
        </>
      ) : firstTime ? (
        <>
          <p className="empty-title">This is your journal.</p>
          <p>
            Everything here stays on this computer, encrypted. Write as much or as little as you like, whenever
            you like. Choose New entry, or press {shortcutLabel('n')}, when you're ready.
          </p>
        </>
      ) : (
        <p className="empty-title">Choose an entry, or start a new one.</p>
      )}
    </div>
  );
}
