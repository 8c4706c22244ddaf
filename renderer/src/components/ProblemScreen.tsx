import { AppName, AuthScreen } from './AuthCard';

export function ProblemScreen({ message, onRetry }: { message: string; onRetry: () => void }) {
  return (
    <AuthScreen>
      <div className="auth-card">
        <AppName />
        <h1>Your journal couldn't be reached</h1>
        <p role="alert">{message}</p>
        <div className="actions">
          <button type="button" className="button primary" onClick={onRetry}>
            Try again
          </button>
        </div>
      </div>
    </AuthScreen>
  );
}
