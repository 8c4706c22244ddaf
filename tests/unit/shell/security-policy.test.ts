import { describe, expect, it } from 'vitest';
import { resolveAppAsset } from '../../../electron/shell/app-assets';
import {
  appResponseHeaders,
  CONTENT_SECURITY_POLICY,
  isAppUrl,
  isTrustedSender,
  mainWindowWebPreferences,
  SESSION_PARTITION,
  shouldAllowNavigation,
  shouldGrantPermission,
} from '../../../electron/shell/security-policy';

describe('window security', () => {
  it('sandboxes and isolates the renderer with no Node and no spellchecker', () => {
    const prefs = mainWindowWebPreferences('/app/preload.js', true);
    expect(prefs).toMatchObject({
      sandbox: true, contextIsolation: true, nodeIntegration: false, nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false, webSecurity: true, allowRunningInsecureContent: false,
      webviewTag: false, spellcheck: false, devTools: false, experimentalFeatures: false,
    });
    expect(mainWindowWebPreferences('/p', false).devTools).toBe(true);
  });

  it('keeps the session in memory', () => {
    expect(SESSION_PARTITION.startsWith('persist:')).toBe(false);
  });

  it('serves a strict CSP with no remote sources', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|unsafe-inline|unsafe-eval|\*/);
    expect(appResponseHeaders('text/html')['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
  });

  it('denies navigation, permissions and foreign senders', () => {
    expect(shouldAllowNavigation('https://example.com')).toBe(false);
    expect(shouldAllowNavigation('app://bounce-forward/index.html')).toBe(false);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      expect(shouldGrantPermission(permission)).toBe(false);
    }
    const main = { url: 'app://bounce-forward/index.html', parent: null };
    expect(isTrustedSender(main, main)).toBe(true);
    expect(isTrustedSender({ url: 'app://bounce-forward/index.html', parent: main }, main)).toBe(false);
    expect(isTrustedSender({ url: 'https://evil.example/', parent: null }, { other: true })).toBe(false);
    expect(isTrustedSender(null, main)).toBe(false);
    expect(isAppUrl('file:///etc/passwd')).toBe(false);
  });
});

describe('app:// assets', () => {
  it('maps app URLs into the renderer folder and nothing outside it', () => {
    expect(resolveAppAsset('/r', 'app://bounce-forward/index.html')).toBe('/r/index.html');
    expect(resolveAppAsset('/r', 'app://bounce-forward/')).toBe('/r/index.html');
    expect(resolveAppAsset('/r', 'app://bounce-forward/assets/a.js')).toBe('/r/assets/a.js');
    // The URL parser folds a literal ../ away, so it can only ever land inside the folder.
    expect(resolveAppAsset('/r', 'app://bounce-forward/../../etc/passwd')).toBe('/r/etc/passwd');
    expect(resolveAppAsset('/r', 'app://bounce-forward/%2e%2e/%2e%2e/etc/passwd')).toBe('/r/etc/passwd');
    for (const url of [
      'app://bounce-forward/assets/..%2f..%2f..%2fetc%2fpasswd',
      'app://other-host/index.html',
      'file:///etc/passwd',
      'app://bounce-forward/a%00.js',
      'app://bounce-forward/%E0%A4%A',
    ]) {
      expect(resolveAppAsset('/r', url)).toBeNull();
    }
  });
});
