import { app, dialog, type BrowserWindow } from 'electron'
import type { TFunction } from 'i18next'
import type { Logger } from '../services/logging/logger'
import { crashNotice, type CrashNotice } from './crash-notice'

/**
 * When the window's page or a helper process (GPU, network, utility) ends unexpectedly: logs it and
 * offers to reload, saying nothing was lost, in the app's language. A hidden print window's page only gets logged.
 */
export function recoverFromCrashes(getWindow: () => BrowserWindow | null, getText: () => TFunction | null, log: Logger): void {
  let asking = false
  const offerReload = async (noticeIn: (t: TFunction) => CrashNotice | null): Promise<void> => {
    const window = getWindow()
    const t = getText()
    const notice = t && noticeIn(t)
    if (!notice || asking || !window || window.isDestroyed()) return
    asking = true
    try {
      const { response } = await dialog.showMessageBox(window, { type: 'warning', ...notice, defaultId: 0, cancelId: 1, noLink: true })
      if (response === 1) app.quit()
      else if (!window.isDestroyed()) window.webContents.reload()
    } finally {
      asking = false
    }
  }
  app.on('render-process-gone', (_event, contents, details) => {
    const isMainWindow = contents === getWindow()?.webContents
    log.warn(`renderer gone (${isMainWindow ? 'main window' : 'other page'}): ${details.reason}, exit code ${details.exitCode}`)
    if (isMainWindow) void offerReload((t) => crashNotice(t, 'window', details.reason))
  })
  app.on('child-process-gone', (_event, details) => {
    log.warn(`child process gone: ${details.type} ${details.reason}, exit code ${details.exitCode}`)
    void offerReload((t) => crashNotice(t, 'helper', details.reason, details.type))
  })
}
