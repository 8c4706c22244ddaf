import { lazy, Suspense, useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { LockReason } from '../../shared/api/contract';
import { bounce, messageOf } from './api';
import { LockScreen } from './auth/LockScreen';
import { Loading } from './components/Loading';
import { ProblemScreen } from './components/ProblemScreen';
import { useRetryDelay } from './lib/retryDelay';
import { hasKeptDrafts, subscribeKeptDrafts } from './journal-screen/keptDrafts';

/* Everything past the lock screen loads on demand, so the first paint stays small. */
const loadMain = () => import('./journal-screen/MainScreen');
const MainScreen = lazy(() => loadMain().then((m) => ({ default: m.MainScreen })));
const CreateJournal = lazy(() => import('./auth/CreateJournal').then((m) => ({ default: m.CreateJournal })));
const RecoverScreen = lazy(() => import('./auth/RecoverScreen').then((m) => ({ default: m.RecoverScreen })));

type Screen =
  | { kind: 'loading' }
  | { kind: 'problem'; message: string }
  | { kind: 'create'; note?: string }
  | { kind: 'lock'; reason?: LockReason; note?: string }
  | { kind: 'recover' }
  | { kind: 'main'; notice?: string };

const UNFINISHED =
  "The journal you started wasn't finished, so nothing was saved. You can begin again whenever you like.";

export function App() {
  const [screen, setScreen] = useState<Screen>({ kind: 'loading' });
  const [location, setLocation] = useState('');
  const retry = useRetryDelay(0);
  const keptWriting = useSyncExternalStore(subscribeKeptDrafts, hasKeptDrafts);
  const screenKind = useRef<Screen['kind']>('loading');
  screenKind.current = screen.kind;

  /** Asks the vault where we are and shows the matching screen. */
  const route = useCallback(
    async (reason?: LockReason) => {
      const wasCreating = screenKind.current === 'create';
      try {
        const status = await bounce().vault.status({});
        setLocation(status.location);
        if (status.failedUnlocks > 0) retry.noteFailure(status.failedUnlocks);
        if (status.unlocked) {
          setScreen({ kind: 'main' });
        } else if (status.pendingCreation) {
          // The code was shown in a window that is gone; start cleanly rather than guess.
          await bounce().vault.cancelCreate({});
          setScreen({ kind: 'create', note: UNFINISHED });
        } else if (!status.exists) {
          setScreen(wasCreating && reason ? { kind: 'create', note: UNFINISHED } : { kind: 'create' });
        } else {
          setScreen(reason ? { kind: 'lock', reason } : { kind: 'lock' });
        }
      } catch (error) {
        setScreen({ kind: 'problem', message: messageOf(error) });
      }
    },
    [retry.noteFailure],
  );

  useEffect(() => {
    void route();
  }, [route]);

  useEffect(() => bounce().on.locked(({ reason }) => void route(reason)), [route]);

  useEffect(() => {
    document.title = screen.kind === 'main' ? 'Bounce Forward' : 'Bounce Forward (locked)';
  }, [screen.kind]);

  const unlocked = useCallback((notice?: string) => {
    retry.reset();
    setScreen(notice ? { kind: 'main', notice } : { kind: 'main' });
  }, [retry.reset]);

  let content;
  switch (screen.kind) {
    case 'loading':
      content = <Loading />;
      break;
    case 'problem':
      content = <ProblemScreen message={screen.message} onRetry={() => void route()} />;
      break;
    case 'lock':
      content = (
        <LockScreen
          retry={retry}
          reason={screen.reason}
          note={screen.note}
          keptWriting={keptWriting}
          onUnlockStart={() => void loadMain()}
          onUnlocked={() => unlocked()}
          onUseRecoveryCode={() => setScreen({ kind: 'recover' })}
        />
      );
      break;
    case 'create':
      content = (
        <CreateJournal
          note={screen.note}
          onCreated={() => unlocked()}
          onRestored={(note) => setScreen({ kind: 'lock', note })}
          onPrepareMain={() => void loadMain()}
        />
      );
      break;
    case 'recover':
      content = (
        <RecoverScreen
          retry={retry}
          onRecovered={() => unlocked('Your new passphrase is set. Your recovery code stays the same.')}
          onBack={() => setScreen({ kind: 'lock' })}
          onPrepareMain={() => void loadMain()}
        />
      );
      break;
    case 'main':
      content = <MainScreen location={location} notice={screen.notice} onLocked={() => void route('user')} />;
      break;
  }

  return (
    <div className="app-shell">
      <Suspense fallback={<Loading />}>{content}</Suspense>
    </div>
  );
}
