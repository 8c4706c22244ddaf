import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/api/contract';

export interface MenuActions {
  lock(): void;
  command(command: MenuCommand): void;
}

/** The native menu with the standard roles, plus the journal's own commands. */
export function buildApplicationMenu(actions: MenuActions, isPackaged: boolean): Menu {
  const isMac = process.platform === 'darwin';
  const journal: MenuItemConstructorOptions[] = [
    { label: 'New Entry', accelerator: 'CmdOrCtrl+N', click: () => actions.command('new-entry') },
    { label: 'Find…', accelerator: 'CmdOrCtrl+F', click: () => actions.command('find') },
    { type: 'separator' },
    { label: 'Lock Journal', accelerator: 'CmdOrCtrl+L', click: () => actions.lock() },
  ];
  const preferences: MenuItemConstructorOptions = {
    label: isMac ? 'Settings…' : 'Preferences…',
    accelerator: 'CmdOrCtrl+,',
    click: () => actions.command('preferences'),
  };
  const template: MenuItemConstructorOptions[] = [
    ...(isMac
      ? [{ role: 'appMenu' as const, submenu: [{ role: 'about' as const }, { type: 'separator' as const }, preferences, { type: 'separator' as const }, { role: 'hide' as const }, { role: 'hideOthers' as const }, { role: 'unhide' as const }, { type: 'separator' as const }, { role: 'quit' as const }] }]
      : []),
    { label: 'File', submenu: [...journal, ...(isMac ? [] : [{ type: 'separator' as const }, preferences, { type: 'separator' as const }, { role: 'quit' as const }])] },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(isPackaged ? [] : [{ type: 'separator' as const }, { role: 'toggleDevTools' as const }]),
      ],
    },
    { role: 'windowMenu' },
  ];
  return Menu.buildFromTemplate(template);
}
