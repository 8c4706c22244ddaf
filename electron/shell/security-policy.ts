/**
 * The window's security rules as plain data and pure functions, so tests can check
 * every item of Electron's security checklist without starting Electron.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'bounce-forward';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;
/** No "persist:" prefix: Chromium keeps this session in memory only. */
export const SESSION_PARTITION = 'bounce-forward-memory';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

/** Headers every app:// response carries. */
export function appResponseHeaders(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
  };
}

export interface WebPreferencesPolicy {
  preload: string;
  sandbox: true;
  contextIsolation: true;
  nodeIntegration: false;
  nodeIntegrationInWorker: false;
  nodeIntegrationInSubFrames: false;
  webSecurity: true;
  allowRunningInsecureContent: false;
  experimentalFeatures: false;
  webviewTag: false;
  navigateOnDragDrop: false;
  /** The spellchecker writes the words it learns to disk in plain text. */
  spellcheck: false;
  devTools: boolean;
  partition: string;
  safeDialogs: true;
  enableWebSQL: false;
}

export function mainWindowWebPreferences(preload: string, isPackaged: boolean): WebPreferencesPolicy {
  return {
    preload,
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
    devTools: !isPackaged,
    partition: SESSION_PARTITION,
    safeDialogs: true,
    enableWebSQL: false,
  };
}

export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}

/**
 * What the session lets the renderer load: its own app:// files, data: URLs (the
 * CSP allows them for images only), and devtools:// in development. Everything
 * else, above all the network and file://, is cancelled.
 */
export function shouldAllowRequest(url: string): boolean {
  return isAppUrl(url) || url.startsWith('devtools://') || url.startsWith('data:');
}

/** The answer to every window.open, link target and middle-click: no new windows. */
export function windowOpenResponse(): { action: 'deny' } {
  return { action: 'deny' };
}

/** The app is one page; any navigation, even within the app, is refused. */
export function shouldAllowNavigation(_url: string): false {
  return false;
}

/** No camera, microphone, notifications, geolocation, clipboard-read, anything. */
export function shouldGrantPermission(_permission: string): false {
  return false;
}

/** Only the app's own top frame may call the API. */
export function isTrustedSender(frame: { url: string; parent: unknown } | null | undefined, mainFrame: unknown): boolean {
  return Boolean(frame) && frame === mainFrame && frame!.parent === null && isAppUrl(frame!.url);
}
