import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron'
import type { Router, SenderInfo } from '../ipc/router'

/** What the router needs to know about who sent a message (GitHub Desktop's safeListener idea). */
export function senderInfo(event: IpcMainInvokeEvent, window: BrowserWindow): SenderInfo {
  const frame = event.senderFrame
  return {
    url: frame?.url,
    isMainFrame: frame !== null && event.sender === window.webContents && frame === window.webContents.mainFrame
  }
}

/** Registers one `ipcMain.handle` per contract channel, each going through the router's checks. */
export function bridgeRouter(router: Router, getWindow: () => BrowserWindow | null): void {
  for (const channel of router.channels) {
    ipcMain.handle(channel, (event, payload: unknown) => {
      const window = getWindow()
      const sender = window ? senderInfo(event, window) : { url: undefined, isMainFrame: false }
      return router.handle(sender, channel, payload)
    })
  }
}
