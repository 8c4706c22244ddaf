import type { Session } from 'electron';
import { shouldAllowRequest, shouldGrantPermission } from './security-policy';

/**
 * Locks down the in-memory session: every permission refused, every request that
 * is not app:// cancelled (the app has no reason to reach the network), no downloads.
 */
export function guardSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => callback(shouldGrantPermission(permission)));
  session.setPermissionCheckHandler((_contents, permission) => shouldGrantPermission(permission));
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !shouldAllowRequest(details.url) }));
  session.on('will-download', (event) => event.preventDefault());
}
