/** Why the journal did not lock, with the choice to lock anyway or keep it open. */
export function LockProblem({ message, onLockAnyway, onKeepOpen }: { message: string; onLockAnyway: () => void; onKeepOpen: () => void }) {
  return (
    <div className="lock-problem" role="alert">
      <p>{message}</p>
      <div className="actions">
        <button type="button" className="button" onClick={onLockAnyway}>
          Lock anyway
        </button>
        <button type="button" className="button quiet" onClick={onKeepOpen}>
          Keep it open
        </button>
      </div>
    </div>
  );
}
