import type { MenuItemConstructorOptions } from 'electron'
import type { TFunction } from 'i18next'
import type { MenuCommand } from '@shared/app-events'

/** What the menu needs besides its words: where commands go, the folders it opens, the platform. */
export interface AppMenuOptions {
  send: (command: MenuCommand) => void
  openPath: (path: string) => void
  dataDir: string
  logFolder: string
  isMac: boolean
  devTools: boolean
}

/** The application menu in the language of `t`: every label from the `main` namespace, every role labelled too. */
export function appMenuTemplate(t: TFunction, options: AppMenuOptions): MenuItemConstructorOptions[] {
  const { send, openPath, dataDir, logFolder, isMac, devTools } = options
  const label = (key: string): string => t(`main:menu.${key}`)
  return [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: label('file'),
      submenu: [
        { label: label('newPhone'), accelerator: 'CmdOrCtrl+N', click: () => send('new-phone') },
        { type: 'separator' },
        { label: label('export'), accelerator: 'CmdOrCtrl+Shift+E', click: () => send('export') },
        { label: label('import'), accelerator: 'CmdOrCtrl+Shift+I', click: () => send('import') },
        { type: 'separator' },
        { label: label('verifyCertificate'), click: () => send('verify-certificate') },
        { label: label('settings'), accelerator: 'CmdOrCtrl+,', click: () => send('settings') },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit', label: label('quit') }
      ]
    },
    {
      label: label('edit'),
      submenu: [
        { role: 'undo', label: label('undo') },
        { role: 'redo', label: label('redo') },
        { type: 'separator' },
        { role: 'cut', label: label('cut') },
        { role: 'copy', label: label('copy') },
        { role: 'paste', label: label('paste') },
        { role: 'selectAll', label: label('selectAll') }
      ]
    },
    {
      label: label('view'),
      submenu: [
        { role: 'resetZoom', label: label('resetZoom') },
        { role: 'zoomIn', label: label('zoomIn') },
        { role: 'zoomOut', label: label('zoomOut') },
        { type: 'separator' },
        { role: 'togglefullscreen', label: label('fullScreen') },
        ...(devTools ? [{ type: 'separator' as const }, { role: 'toggleDevTools' as const, label: label('devTools') }] : [])
      ]
    },
    {
      role: 'help',
      label: label('help'),
      submenu: [
        { label: label('about'), click: () => send('about') },
        { label: label('openDataFolder'), click: () => openPath(dataDir) },
        { label: label('openLogFolder'), click: () => openPath(logFolder) }
      ]
    }
  ]
}
