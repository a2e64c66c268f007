import type { BrowserWindow } from 'electron'
import type { AppEvents } from '@shared/app-events'
import { eventChannel } from '@shared/ipc/events'

/**
 * Pushes one typed event to the window: the only `webContents.send` in the app. A window that is
 * closing or gone (or not yet created) gets nothing, instead of the "Object has been destroyed" throw.
 */
export function sendEvent<K extends keyof AppEvents>(window: BrowserWindow | null, name: K, payload: AppEvents[K]): void {
  if (!window || window.isDestroyed() || window.webContents.isDestroyed()) return
  window.webContents.send(eventChannel(name), payload)
}
