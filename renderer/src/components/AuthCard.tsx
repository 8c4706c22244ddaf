import type { ReactNode } from 'react';

/** The quiet full-window frame every screen before the journal opens is drawn in. */
export function AuthScreen({ children }: { children: ReactNode }) {
  return <main className="auth-screen">{children}</main>;
}

export function AppName() {
  return <p className="app-name">Bounce Forward</p>;
}

/** What a long step is doing, read out by screen readers as it changes; empty when idle. */
export function ProgressNote({ children }: { children: ReactNode }) {
  return (
    <p className="progress-note" role="status">
      {children}
    </p>
  );
}
