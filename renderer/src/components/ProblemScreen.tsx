export function ProblemScreen({ message, onRetry }: { message: string; onRetry: () => void }) {
  return (
    <main className="auth-screen">
      <div className="auth-card">
        <p className="app-name">Bounce Forward</p>
        <h1>Your journal couldn't be reached</h1>
        <p role="alert">{message}</p>
        <div className="actions">
          <button type="button" className="button primary" onClick={onRetry}>
            Try again
          </button>
        </div>
      </div>
    </main>
  );
}
