import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { API_METHODS, channelForMethod } from '../../../shared/api/methods';
import { useTempFolder } from '../../support/use-temp-folder';

/**
 * Electron's security checklist (electronjs.org/docs/latest/tutorial/security), item by
 * item, over the shell's real code: the pure policy, and the wiring in window.ts, ipc.ts,
 * app-protocol.ts and session-guard.ts run against a stand-in for the electron module.
 * Where only the source can tell (main.ts, preload.ts), its syntax tree is checked.
 */
const fake = vi.hoisted(() => {
  type Handler = (...args: unknown[]) => unknown;
  class FakeWebContents {
    readonly handlers = new Map<string, Handler>();
    windowOpenHandler: Handler | null = null;
    readonly mainFrame = { url: 'app://bounce-forward/index.html', parent: null };
    on(event: string, handler: Handler) {
      this.handlers.set(event, handler);
      return this;
    }
    setWindowOpenHandler(handler: Handler) {
      this.windowOpenHandler = handler;
    }
  }
  class FakeBrowserWindow {
    static created: FakeBrowserWindow[] = [];
    readonly webContents = new FakeWebContents();
    readonly loaded: string[] = [];
    constructor(readonly options: Record<string, unknown>) {
      FakeBrowserWindow.created.push(this);
    }
    maximize() {}
    once() {}
    on() {
      return this;
    }
    async loadURL(url: string) {
      this.loaded.push(url);
    }
    loadFile(path: string) {
      this.loaded.push(`file://${path}`);
    }
    isDestroyed() {
      return false;
    }
  }
  return { FakeBrowserWindow, ipcHandlers: new Map<string, Handler>(), schemes: [] as { scheme: string; privileges: Record<string, boolean> }[] };
});

vi.mock('electron', () => ({
  BrowserWindow: fake.FakeBrowserWindow,
  screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
  ipcMain: { handle: (channel: string, handler: (...args: unknown[]) => unknown) => fake.ipcHandlers.set(channel, handler) },
  protocol: { registerSchemesAsPrivileged: (schemes: { scheme: string; privileges: Record<string, boolean> }[]) => fake.schemes.push(...schemes) },
}));

const { createMainWindow } = await import('../../../electron/shell/window');
const { registerIpc } = await import('../../../electron/shell/ipc');
const { registerAppScheme, serveRenderer } = await import('../../../electron/shell/app-protocol');
const { guardSession } = await import('../../../electron/shell/session-guard');
const policy = await import('../../../electron/shell/security-policy');

const ROOT = join(__dirname, '../../..');
const folder = useTempFolder('bf-shell-');
beforeEach(async () => {
  fake.FakeBrowserWindow.created.length = 0;
  fake.ipcHandlers.clear();
});

async function openWindow(isPackaged = true) {
  const session = { name: 'fake session' };
  const win = (await createMainWindow({ session: session as never, preloadPath: '/app/preload.js', stateFolder: folder(), isPackaged })) as unknown as InstanceType<typeof fake.FakeBrowserWindow>;
  return { win, session };
}

describe('Electron security checklist', () => {
  it('2-4, 6, 8-9: sandboxed, isolated, no Node, web security on, nothing insecure or experimental', async () => {
    const { win, session } = await openWindow();
    const prefs = win.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      devTools: false,
      session,
      preload: '/app/preload.js',
    });
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(prefs).not.toHaveProperty('additionalArguments');
    expect(prefs.partition).toBeUndefined();
    expect((await openWindow(false)).win.options.webPreferences).toMatchObject({ devTools: true, sandbox: true });
  });

  it('11-13: webviews, navigation, redirects and new windows are all refused', async () => {
    const { win } = await openWindow();
    const handlers = win.webContents.handlers;
    for (const event of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      for (const url of ['https://example.com/', 'app://bounce-forward/index.html', 'file:///etc/passwd', 'javascript:alert(1)']) {
        const navigation = { preventDefault: vi.fn() };
        handlers.get(event)!(navigation, url);
        expect(navigation.preventDefault, `${event} ${url}`).toHaveBeenCalled();
      }
    }
    for (const url of ['https://example.com/', 'app://bounce-forward/index.html', 'about:blank']) {
      expect(win.webContents.windowOpenHandler!({ url, disposition: 'new-window' })).toEqual({ action: 'deny' });
    }
  });

  it('5: every permission request and check is refused, devices too, and downloads are cancelled', () => {
    const recorded = new Map<string, (...args: unknown[]) => unknown>();
    const session = {
      setPermissionRequestHandler: (handler: never) => recorded.set('request', handler),
      setPermissionCheckHandler: (handler: never) => recorded.set('check', handler),
      setDevicePermissionHandler: (handler: never) => recorded.set('device', handler),
      webRequest: { onBeforeRequest: (handler: never) => recorded.set('beforeRequest', handler) },
      on: (event: string, handler: never) => recorded.set(event, handler),
    };
    guardSession(session as never);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'clipboard-sanitized-write', 'openExternal', 'fullscreen', 'pointerLock', 'hid', 'serial', 'usb', 'midi', 'idle-detection']) {
      const callback = vi.fn();
      recorded.get('request')!({}, permission, callback, {});
      expect(callback, permission).toHaveBeenCalledWith(false);
      expect(recorded.get('check')!({}, permission, 'app://bounce-forward', {})).toBe(false);
    }
    expect(recorded.get('device')!({ deviceType: 'usb' })).toBe(false);
    const download = { preventDefault: vi.fn() };
    recorded.get('will-download')!(download);
    expect(download.preventDefault).toHaveBeenCalled();
    const decide = (url: string) => {
      const callback = vi.fn();
      recorded.get('beforeRequest')!({ url }, callback);
      return callback.mock.calls[0]![0];
    };
    expect(decide('https://example.com/tracker.js')).toEqual({ cancel: true });
    expect(decide('app://bounce-forward/assets/app.js')).toEqual({ cancel: false });
  });

  it('1: no remote content: only app://, data: and devtools:// load, never the network or file://', () => {
    for (const url of ['app://bounce-forward/index.html', 'app://bounce-forward/assets/a.js', 'data:image/png;base64,AAAA', 'devtools://devtools/bundled/inspector.html']) {
      expect(policy.shouldAllowRequest(url), url).toBe(true);
    }
    for (const url of ['https://example.com/', 'http://localhost:5173/', 'ws://localhost:1/', 'wss://example.com/', 'file:///etc/passwd', 'ftp://example.com/', 'app://other-host/index.html', 'blob:https://example.com/x', 'chrome://gpu', '']) {
      expect(policy.shouldAllowRequest(url), url).toBe(false);
    }
  });

  it('7: a strict CSP on every app:// response, with no remote, inline or eval source', async () => {
    const csp = policy.CONTENT_SECURITY_POLICY;
    expect(csp).toMatch(/default-src 'none'/);
    expect(csp).toMatch(/object-src 'none'/);
    expect(csp).toMatch(/base-uri 'none'/);
    expect(csp).toMatch(/frame-ancestors 'none'/);
    expect(csp).not.toMatch(/https?:|wss?:|unsafe-inline|unsafe-eval|unsafe-hashes|\*|blob:/);
    const root = join(folder(), 'renderer');
    await mkdir(root);
    await writeFile(join(root, 'index.html'), '<!doctype html><title>t</title>');
    let handler: ((request: { method: string; url: string }) => Promise<Response>) | null = null;
    serveRenderer({ protocol: { handle: (_scheme: string, fn: never) => (handler = fn) } } as never, root);
    const ok = await handler!({ method: 'GET', url: 'app://bounce-forward/index.html' });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-security-policy')).toBe(csp);
    expect(ok.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await handler!({ method: 'POST', url: 'app://bounce-forward/index.html' })).status).toBe(405);
    for (const url of ['app://bounce-forward/..%2f..%2fetc%2fpasswd', 'app://other-host/index.html', 'app://bounce-forward/missing.js']) {
      const missing = await handler!({ method: 'GET', url });
      expect(missing.status, url).toBe(404);
      expect(missing.headers.get('content-security-policy')).toBe(csp);
    }
  });

  it('16: only the app window\'s own top frame may call the API', async () => {
    const dispatch = vi.fn(async () => ({ ok: true, value: null }));
    const mainFrame = { url: 'app://bounce-forward/index.html', parent: null };
    const win = { webContents: { mainFrame } };
    registerIpc(() => win as never, dispatch as never);
    expect([...fake.ipcHandlers.keys()].sort()).toEqual(API_METHODS.map(channelForMethod).sort());
    const handler = fake.ipcHandlers.get(channelForMethod('entries.list'))!;
    const forbidden = { ok: false, error: { code: 'FORBIDDEN_SENDER', message: expect.any(String) } };
    const subFrame = { url: 'app://bounce-forward/index.html', parent: mainFrame };
    expect(await handler({ sender: { other: true }, senderFrame: mainFrame }, {})).toEqual(forbidden);
    expect(await handler({ sender: win.webContents, senderFrame: subFrame }, {})).toEqual(forbidden);
    expect(await handler({ sender: win.webContents, senderFrame: { url: 'https://evil.example/', parent: null } }, {})).toEqual(forbidden);
    expect(await handler({ sender: win.webContents, senderFrame: null }, {})).toEqual(forbidden);
    expect(dispatch).not.toHaveBeenCalled();
    registerIpc(() => null, dispatch as never);
    expect(await fake.ipcHandlers.get(channelForMethod('entries.list'))!({ sender: win.webContents, senderFrame: mainFrame }, {})).toEqual(forbidden);
    registerIpc(() => win as never, dispatch as never);
    expect(await fake.ipcHandlers.get(channelForMethod('entries.list'))!({ sender: win.webContents, senderFrame: mainFrame }, { query: 'x' })).toEqual({ ok: true, value: null });
    expect(dispatch).toHaveBeenCalledWith('entries.list', { query: 'x' });
  });

  it('17: a custom secure protocol instead of file://, and the window loads it', async () => {
    registerAppScheme();
    const app = fake.schemes.find((scheme) => scheme.scheme === 'app')!;
    expect(app.privileges).toMatchObject({ standard: true, secure: true, corsEnabled: false });
    expect(app.privileges.bypassCSP).not.toBe(true);
    expect(app.privileges.allowServiceWorkers).not.toBe(true);
    const { win } = await openWindow();
    expect(win.loaded).toEqual([policy.APP_ENTRY_URL]);
    expect(policy.APP_ENTRY_URL.startsWith('app://')).toBe(true);
  });

  it('18: the packaged build sets the fuses that close Node, inspector and unpacked-code back doors', async () => {
    const config = parseYaml(await readFile(join(ROOT, 'build/electron-builder.yml'), 'utf8')) as { electronFuses?: Record<string, unknown> };
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
    // A misspelt fuse would be silently ignored: every key must be one electron-builder knows.
    const scheme = JSON.parse(await readFile(join(ROOT, 'node_modules/app-builder-lib/scheme.json'), 'utf8')) as { definitions: { FuseOptionsV1: { properties: Record<string, unknown> } } };
    const known = Object.keys(scheme.definitions.FuseOptionsV1.properties);
    expect(Object.keys(config.electronFuses!).filter((key) => !known.includes(key))).toEqual([]);
  });
});

/** Every string literal, property setting and call in the shell's sources, from their syntax trees. */
let parsed: ReturnType<typeof parseShellSources> | null = null;
const shellSources = () => (parsed ??= parseShellSources());
async function parseShellSources(): Promise<{ file: string; text: string; strings: string[]; settings: Map<string, string>; calls: string[] }[]> {
  const files = (await readdir(join(ROOT, 'electron'), { recursive: true })).filter((name) => name.endsWith('.ts')).map((name) => join(ROOT, 'electron', name));
  return Promise.all(
    files.map(async (path) => {
      const text = await readFile(path, 'utf8');
      const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
      const strings: string[] = [];
      const settings = new Map<string, string>();
      const calls: string[] = [];
      const visit = (node: ts.Node) => {
        if (ts.isStringLiteralLike(node) || ts.isTemplateHead(node)) strings.push(node.text);
        if (ts.isPropertyAssignment(node) && (ts.isIdentifier(node.name) || ts.isStringLiteral(node.name))) settings.set(`${node.name.text}@${node.pos}`, node.initializer.getText(source));
        if (ts.isCallExpression(node)) calls.push(node.expression.getText(source));
        ts.forEachChild(node, visit);
      };
      visit(source);
      return { file: relative(ROOT, path), text, strings, settings, calls };
    }),
  );
}

describe('Electron security checklist: what only the sources can tell', () => {
  it('4, 10, 14, 17, 19: nothing in electron/ loads file://, turns a protection off, or opens external links', async () => {
    const dangerous: string[] = [];
    for (const { file, strings, settings, calls } of await shellSources()) {
      for (const value of strings) if (/^file:/iu.test(value)) dangerous.push(`${file}: loads "${value}"`);
      for (const [key, value] of settings) {
        const name = key.split('@')[0]!;
        const off = { nodeIntegration: 'true', nodeIntegrationInWorker: 'true', nodeIntegrationInSubFrames: 'true', contextIsolation: 'false', sandbox: 'false', webSecurity: 'false', allowRunningInsecureContent: 'true', experimentalFeatures: 'true', webviewTag: 'true', bypassCSP: 'true' }[name];
        if (off !== undefined && value === off) dangerous.push(`${file}: ${name}: ${value}`);
        if (['enableBlinkFeatures', 'additionalArguments', 'allowpopups'].includes(name)) dangerous.push(`${file}: sets ${name}`);
      }
      for (const call of calls) if (/(^|\.)(loadFile|openExternal|openPath|enableRemoteModule)$/u.test(call)) dangerous.push(`${file}: calls ${call}`);
    }
    expect(dangerous).toEqual([]);
  });

  it('4, 12, 13: main.ts sandboxes every renderer and denies navigation and new windows for all web contents', async () => {
    const main = (await shellSources()).find((source) => source.file.endsWith('main.ts'))!;
    expect(main.calls).toContain('app.enableSandbox');
    expect(main.text).toMatch(/'web-contents-created'[\s\S]*'will-navigate'[\s\S]*preventDefault\(\)/u);
    expect(main.text).toMatch(/'web-contents-created'[\s\S]*setWindowOpenHandler\(\(\) => \(\{ action: 'deny' \}\)\)/u);
    expect(main.text).not.toMatch(/ELECTRON_DISABLE_SECURITY_WARNINGS|disable-web-security|ignore-certificate-errors/u);
  });

  it('19: the preload exposes one object, built from the method allowlist, and no Electron API', async () => {
    const preload = (await shellSources()).find((source) => source.file.endsWith('preload.ts'))!;
    expect(preload.calls.filter((call) => call === 'contextBridge.exposeInMainWorld')).toHaveLength(1);
    expect(preload.text).toMatch(/contextBridge\.exposeInMainWorld\('bounce', bounce\)/u);
    expect(preload.text).toMatch(/const bounce = createBridge\(/u);
    expect(preload.text).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer/u);
  });
});
