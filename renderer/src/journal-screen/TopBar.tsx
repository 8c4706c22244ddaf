import { LockedIcon, UnlockedIcon } from '../components/Icons';
import { ariaShortcut, shortcutLabel } from '../lib/platform';
import { OpeningProgress } from './OpeningProgress';

interface TopBarProps {
  autoLockMinutes: number | null;
  locking: boolean;
  onLock: () => void;
}

function autoLockText(minutes: number | null): string {
  if (minutes === null) return '';
  if (minutes === 0) return 'Auto-lock is off';
  if (minutes === 60) return 'Locks after an hour without activity';
  return `Locks after ${minutes} ${minutes === 1 ? 'minute' : 'minutes'} without activity`;
}

/** The app's name, whether the journal is open, and the way to lock it. Always on screen. */
export function TopBar({ autoLockMinutes, locking, onLock }: TopBarProps) {
  const detail = autoLockText(autoLockMinutes);
  return (
    <header className="top-bar">
      <p className="brand">Bounce Forward</p>
      <div className="lock-area">
        <OpeningProgress />
        <p className="lock-state">
          <UnlockedIcon />
          <span className="lock-word">Unlocked</span>
          {detail ? <span className="lock-detail">{detail}</span> : null}
        </p>
        <button
          type="button"
          className="button lock-button"
          onClick={onLock}
          disabled={locking}
          aria-keyshortcuts={ariaShortcut('l')}
          title={`Lock the journal (${shortcutLabel('l')})`}
        >
          <LockedIcon />
          Lock
        </button>
      </div>
    </header>
  );
}
