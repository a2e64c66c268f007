import { BrowserWindow, type WebContents } from 'electron'

/** Loads `html` in a hidden, sandboxed window with JavaScript off, hands its webContents to `use`, then destroys it. */
export async function withHiddenDocument<T>(html: string, use: (contents: WebContents) => Promise<T>): Promise<T> {
  const window = new BrowserWindow({
    show: false,
    webPreferences: { sandbox: true, contextIsolation: true, javascript: false, nodeIntegration: false }
  })
  try {
    await window.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`)
    return await use(window.webContents)
  } finally {
    window.destroy()
  }
}
