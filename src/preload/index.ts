import { contextBridge, ipcRenderer } from 'electron'
import { buildApi } from './build-api'

contextBridge.exposeInMainWorld(
  'api',
  buildApi(
    (channel, payload) => ipcRenderer.invoke(channel, payload),
    (channel, listener) => {
      const handler = (_event: unknown, payload: unknown): void => listener(payload)
      ipcRenderer.on(channel, handler)
      return () => ipcRenderer.removeListener(channel, handler)
    }
  )
)
