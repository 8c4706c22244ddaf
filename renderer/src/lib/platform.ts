const isMac = /Mac/u.test(navigator.platform || navigator.userAgent);

/** How a shortcut is written for this computer: "Ctrl+L" or "⌘L". */
export function shortcutLabel(key: string): string {
  return isMac ? `⌘${key.toUpperCase()}` : `Ctrl+${key.toUpperCase()}`;
}

/** The aria-keyshortcuts value for Ctrl/Cmd plus a key. */
export function ariaShortcut(key: string): string {
  return isMac ? `Meta+${key.toUpperCase()}` : `Control+${key.toUpperCase()}`;
}

/** True for Ctrl+key (Cmd+key on a Mac) with no other modifiers. */
export function isModKey(event: KeyboardEvent, key: string): boolean {
  const mod = isMac ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.metaKey;
  return mod && !event.altKey && !event.shiftKey && event.key.toLowerCase() === key;
}
