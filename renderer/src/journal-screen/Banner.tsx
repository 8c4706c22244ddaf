/** A quiet message at the top of the content, read out when it appears; `onRetry` offers to try again. */
export function Banner({ text, onRetry, onDismiss }: { text: string; onRetry: (() => void) | null; onDismiss: () => void }) {
  return (
    <div className="banner-area" aria-live="polite">
      {text ? (
        <div className="notice">
          <p>{text}</p>
          {onRetry ? (
            <button type="button" className="button" onClick={onRetry}>
              Try again
            </button>
          ) : null}
          <button type="button" className="button quiet" onClick={onDismiss}>
            Dismiss
          </button>
        </div>
      ) : null}
    </div>
  );
}
