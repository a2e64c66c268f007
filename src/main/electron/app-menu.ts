import { Menu, shell } from 'electron'
import type { TFunction } from 'i18next'
import { appMenuTemplate, type AppMenuOptions } from './app-menu-template'

/** Sets the application menu, in the language of `t`. */
export function installAppMenu(t: TFunction, options: Omit<AppMenuOptions, 'openPath'>): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(appMenuTemplate(t, { ...options, openPath: (path) => void shell.openPath(path) })))
}
