import { BrowserWindow } from 'electron'
import { ServiceError } from '../../shared/result'
import type { SystemPrinter } from '../services/ports'

/** The system print dialog: a hidden, script-free window loads the certificate and calls `webContents.print`. */
export function createElectronSystemPrinter(): SystemPrinter {
  return {
    async print(html, { pageSize }) {
      const window = new BrowserWindow({
        show: false,
        webPreferences: { sandbox: true, contextIsolation: true, javascript: false, nodeIntegration: false }
      })
      try {
        await window.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`)
        return await new Promise<boolean>((resolve, reject) => {
          window.webContents.print({ silent: false, printBackground: true, pageSize }, (success, failureReason) => {
            if (success || failureReason === 'cancelled') resolve(success)
            else reject(new ServiceError('unavailable', 'The printer could not print the certificate.'))
          })
        })
      } finally {
        window.destroy()
      }
    }
  }
}
