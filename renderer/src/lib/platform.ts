const isMac = /Mac/u.test(navigator.platform || navigator.userAgent);

/** How a shortcut is written for this computer: "Ctrl+L" or "⌘L"; with Shift, "Ctrl+Shift+L" or "⇧⌘L". */
export function shortcutLabel(key: string, shift = false): string {
  if (isMac) return `${shift ? '⇧' : ''}⌘${key.toUpperCase()}`;
  return `Ctrl+${shift ? 'Shift+' : ''}${key.toUpperCase()}`;
}

/** The aria-keyshortcuts value for Ctrl/Cmd (and Shift, if asked) plus a key. */
export function ariaShortcut(key: string, shift = false): string {
  return `${isMac ? 'Meta' : 'Control'}+${shift ? 'Shift+' : ''}${key.toUpperCase()}`;
}

/** True for Ctrl+key (Cmd+key on a Mac) with no other modifiers. */
export function isModKey(event: KeyboardEvent, key: string): boolean {
  const mod = isMac ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.metaKey;
  return mod && !event.altKey && !event.shiftKey && event.key.toLowerCase() === key;
}

/** True for Ctrl+Shift+key (Shift+Cmd+key on a Mac) and nothing else. */
export function isModShiftKey(event: KeyboardEvent, key: string): boolean {
  const mod = isMac ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.metaKey;
  return mod && !event.altKey && event.shiftKey && event.key.toLowerCase() === key;
}
