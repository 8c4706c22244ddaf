import { ipcMain, type BrowserWindow } from 'electron';
import type { ApiEventPayload } from '../../shared/api/contract';
import { API_METHODS, channelForEvent, channelForMethod, type ApiEvent } from '../../shared/api/methods';
import type { Dispatch } from '../api/dispatcher';
import { isTrustedSender } from './security-policy';

/**
 * One ipcMain.handle per contract method. The sender must be the app's own top
 * frame; the dispatcher then validates the request against the contract.
 */
export function registerIpc(getWindow: () => BrowserWindow | null, dispatch: Dispatch): void {
  for (const method of API_METHODS) {
    ipcMain.handle(channelForMethod(method), async (event, request: unknown) => {
      const win = getWindow();
      if (!win || event.sender !== win.webContents || !isTrustedSender(event.senderFrame, win.webContents.mainFrame)) {
        return { ok: false, error: { code: 'FORBIDDEN_SENDER', message: 'This request did not come from the app window.' } };
      }
      return dispatch(method, request);
    });
  }
}

export function sendEvent<E extends ApiEvent>(win: BrowserWindow | null, event: E, payload: ApiEventPayload<E>): void {
  if (win && !win.isDestroyed()) win.webContents.send(channelForEvent(event), payload);
}
