import { BrowserWindow, screen, type Session } from 'electron';
import { join } from 'node:path';
import { APP_ENTRY_URL, mainWindowWebPreferences, shouldAllowNavigation, windowOpenResponse } from './security-policy';
import { isVisibleOn, loadWindowState, saveWindowState, type WindowState } from './window-state';

export interface MainWindowOptions {
  session: Session;
  preloadPath: string;
  stateFolder: string;
  isPackaged: boolean;
  iconPath?: string;
}

/** The one window: sandboxed, isolated, unable to navigate or open others. */
export async function createMainWindow(options: MainWindowOptions): Promise<BrowserWindow> {
  const saved = await loadWindowState(options.stateFolder);
  const onScreen = isVisibleOn(saved, screen.getAllDisplays().map((display) => display.workArea));
  const win = new BrowserWindow({
    width: saved.width,
    height: saved.height,
    ...(onScreen ? { x: saved.x, y: saved.y } : {}),
    minWidth: 420,
    minHeight: 360,
    show: false,
    title: 'Bounce Forward',
    backgroundColor: '#f6f1e9',
    ...(options.iconPath ? { icon: options.iconPath } : {}),
    webPreferences: { ...mainWindowWebPreferences(options.preloadPath, options.isPackaged), session: options.session, partition: undefined },
  });
  if (saved.maximized) win.maximize();

  const contents = win.webContents;
  contents.on('will-navigate', (event, url) => {
    if (!shouldAllowNavigation(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.setWindowOpenHandler(windowOpenResponse);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  win.once('ready-to-show', () => win.show());

  let saveTimer: NodeJS.Timeout | null = null;
  const rememberBounds = () => {
    if (saveTimer) clearTimeout(saveTimer);
    saveTimer = setTimeout(() => void persistState(win, options.stateFolder), 500);
  };
  win.on('resize', rememberBounds);
  win.on('move', rememberBounds);
  win.on('close', () => void persistState(win, options.stateFolder));

  await win.loadURL(APP_ENTRY_URL);
  return win;
}

async function persistState(win: BrowserWindow, folder: string): Promise<void> {
  if (win.isDestroyed()) return;
  const bounds = win.getNormalBounds();
  const state: WindowState = { ...bounds, maximized: win.isMaximized() };
  await saveWindowState(folder, state).catch(() => undefined);
}

export function preloadPathFrom(mainDir: string): string {
  return join(mainDir, '../preload/preload.js');
}
