import { Menu, shell, type MenuItemConstructorOptions } from 'electron'
import type { MenuCommand } from '../../shared/app-events'

/** Builds the application menu; commands for the page go through `send`. */
export function installAppMenu(options: { send: (command: MenuCommand) => void; dataDir: string; logFolder: string; isMac: boolean; devTools: boolean }): void {
  const { send, dataDir, logFolder, isMac, devTools } = options
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        { label: 'New Phone…', accelerator: 'CmdOrCtrl+N', click: () => send('new-phone') },
        { type: 'separator' },
        { label: 'Export…', accelerator: 'CmdOrCtrl+Shift+E', click: () => send('export') },
        { label: 'Import…', accelerator: 'CmdOrCtrl+Shift+I', click: () => send('import') },
        { type: 'separator' },
        { label: 'Verify a Certificate…', click: () => send('verify-certificate') },
        { label: 'Settings', accelerator: 'CmdOrCtrl+,', click: () => send('settings') },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit', label: 'Quit' }
      ]
    },
    { role: 'editMenu' },
    {
      label: '&View',
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(devTools ? [{ type: 'separator' as const }, { role: 'toggleDevTools' as const }] : [])
      ]
    },
    {
      role: 'help',
      submenu: [
        { label: 'About Handover', click: () => send('about') },
        { label: 'Open Data Folder', click: () => void shell.openPath(dataDir) },
        { label: 'Open Log Folder', click: () => void shell.openPath(logFolder) }
      ]
    }
  ]
  Menu.setApplicationMenu(Menu.buildFromTemplate(template))
}
