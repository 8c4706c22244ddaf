import { app, BrowserWindow, dialog, Menu, powerMonitor, session } from 'electron';
import { join } from 'node:path';
import { createAppServices } from './api/app-services';
import { registerAppScheme, serveRenderer } from './shell/app-protocol';
import { journalFolder, resolveDataFolder } from './shell/data-paths';
import { registerIpc, sendEvent } from './shell/ipc';
import { buildApplicationMenu } from './shell/menu';
import { SESSION_PARTITION } from './shell/security-policy';
import { guardSession } from './shell/session-guard';
import { createMainWindow, preloadPathFrom } from './shell/window';

// Lifecycle only: everything the app does lives in services that run without Electron.

app.enableSandbox();
registerAppScheme();

// Set before the single-instance lock, which is held per userData folder: one process owns each journal.
const dataFolder = resolveDataFolder(app.getPath('userData'));
if (dataFolder !== app.getPath('userData')) app.setPath('userData', dataFolder);
// The window's session is in memory; what Chromium still keeps for itself (GPU cache, local state) goes here.
app.setPath('sessionData', join(dataFolder, 'chromium'));

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  void start();
}

async function start(): Promise<void> {
  let win: BrowserWindow | null = null;
  const services = createAppServices({
    journalDir: journalFolder(dataFolder),
    platform: {
      async chooseSavePath(suggestedName) {
        const options = { defaultPath: join(app.getPath('documents'), suggestedName) };
        const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
        return result.canceled || !result.filePath ? null : result.filePath;
      },
      async chooseOpenPath(title, extensions) {
        const options = { title, properties: ['openFile' as const], filters: [{ name: title, extensions }] };
        const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
        return result.canceled ? null : (result.filePaths[0] ?? null);
      },
      async chooseFolder(title) {
        const options = { title, properties: ['openDirectory' as const, 'createDirectory' as const] };
        const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
        return result.canceled ? null : (result.filePaths[0] ?? null);
      },
      async printToPdf() {
        if (!win) throw new Error('There is no window to print.');
        // Page size and margins come from the review's own @page rule, as in the browser tests.
        return win.webContents.printToPDF({ printBackground: true, preferCSSPageSize: true, generateTaggedPDF: true, generateDocumentOutline: true });
      },
    },
    dispatcher: { logError: (method) => console.error(`Bounce Forward: ${method} failed unexpectedly.`) },
  });
  services.vault.onLock((reason) => sendEvent(win, 'locked', { reason }));
  services.vault.onEntryFramed((id) => sendEvent(win, 'entriesFramed', { ids: [id] }));
  services.work.onProgress((progress) => sendEvent(win, 'progress', progress));

  app.on('second-instance', () => {
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
  });
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (navigation) => navigation.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });

  await app.whenReady();
  const appSession = session.fromPartition(SESSION_PARTITION);
  guardSession(appSession);
  serveRenderer(appSession, join(__dirname, '../renderer'));
  registerIpc(() => win, services.dispatch);

  const lockNow = (reason: 'user' | 'sleep' | 'screen-lock') => void services.vault.lock(reason);
  powerMonitor.on('suspend', () => lockNow('sleep'));
  powerMonitor.on('lock-screen', () => lockNow('screen-lock'));

  Menu.setApplicationMenu(
    buildApplicationMenu({ lock: () => lockNow('user'), command: (command) => sendEvent(win, 'menu', { command }) }, app.isPackaged),
  );

  const openWindow = async () => {
    win = await createMainWindow({
      session: appSession,
      preloadPath: preloadPathFrom(__dirname),
      stateFolder: dataFolder,
      isPackaged: app.isPackaged,
    });
    win.on('closed', () => {
      win = null;
    });
  };
  await openWindow();

  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) void openWindow();
  });
  app.on('window-all-closed', () => {
    void services.vault.lock('quit').finally(() => app.quit());
  });
  app.on('before-quit', () => void services.vault.lock('quit'));
}
