import { contextBridge, ipcRenderer } from 'electron';
import { createBridge } from '../shared/api/client';
import { channelForEvent, channelForMethod } from '../shared/api/methods';

/**
 * Exposes one function per contract method and nothing else: the window never
 * sees ipcRenderer, channels, or event objects.
 */
const bounce = createBridge(
  (method, request) => ipcRenderer.invoke(channelForMethod(method), request),
  (event, listener) => {
    const wrapped = (_event: unknown, payload: unknown) => listener(payload);
    ipcRenderer.on(channelForEvent(event), wrapped);
    return () => ipcRenderer.removeListener(channelForEvent(event), wrapped);
  },
);

contextBridge.exposeInMainWorld('bounce', bounce);
