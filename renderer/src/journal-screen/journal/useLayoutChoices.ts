import { useCallback, useEffect, useRef } from 'react';
import type { JournalSettings } from '../../../../shared/domain/settings';
import { bounce } from '../../api';
import { isModShiftKey } from '../../lib/platform';
import { useMain } from '../MainContext';

/** The keys that, with Ctrl/Cmd and Shift, fold the entry list and the framing view away or back. */
export const LAYOUT_KEYS = { list: 'l', framing: 'f' } as const;

type Choice = 'listCollapsed' | 'framingCollapsed';

/**
 * Whether the entry list and the framing view are folded away, kept in the
 * journal's settings so the page is as the person left it after a lock.
 */
export function useLayoutChoices() {
  const { settings, onSettings } = useMain();
  // Two presses before the screen catches up must turn it back, not set it twice.
  const latest = useRef<JournalSettings | null>(settings);
  latest.current = settings;

  const toggle = useCallback(
    (choice: Choice) => {
      const current = latest.current;
      if (!current) return;
      const next = { ...current, [choice]: !current[choice] };
      latest.current = next;
      onSettings(next);
      // The layout changes at once. If it can't be saved it still holds in this window; a layout is no cause for an alarm.
      bounce()
        .settings.update({ [choice]: next[choice] })
        .then(onSettings, () => undefined);
    },
    [onSettings],
  );

  return {
    ready: settings !== null,
    listCollapsed: settings?.listCollapsed ?? false,
    framingCollapsed: settings?.framingCollapsed ?? false,
    toggleList: useCallback(() => toggle('listCollapsed'), [toggle]),
    toggleFraming: useCallback(() => toggle('framingCollapsed'), [toggle]),
  };
}

/** Runs `action` on Ctrl/Cmd+Shift+`key` anywhere in the window, the text included, while mounted. */
export function useShiftShortcut(key: string, action: () => void) {
  const latest = useRef(action);
  latest.current = action;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isModShiftKey(event, key)) return;
      event.preventDefault();
      event.stopPropagation();
      latest.current();
    };
    window.addEventListener('keydown', onKeyDown, { capture: true });
    return () => window.removeEventListener('keydown', onKeyDown, { capture: true });
  }, [key]);
}
