import type { Session } from 'electron';
import { isAppUrl, shouldGrantPermission } from './security-policy';

/**
 * Locks down the in-memory session: every permission refused, every request that
 * is not app:// cancelled (the app has no reason to reach the network), no downloads.
 */
export function guardSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => callback(shouldGrantPermission(permission)));
  session.setPermissionCheckHandler((_contents, permission) => shouldGrantPermission(permission));
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAppUrl(details.url) || details.url.startsWith('devtools://') || details.url.startsWith('data:');
    callback({ cancel: !allowed });
  });
  session.on('will-download', (event) => event.preventDefault());
}
