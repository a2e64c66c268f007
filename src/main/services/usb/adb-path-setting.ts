import { ServiceError } from '@shared/result'
import type { DocumentStore, FileDialogs } from '../ports'
import { answersLikeAdb, isAdbFileName } from './adb-launcher'

/** Saved USB settings. */
export interface UsbSettings {
  adbPath: string
}

/** The adb program the user chose ('' for none): kept in the settings, chosen in an open dialog. */
export interface AdbPathSetting {
  current(): string
  /**
   * Asks for adb in an open dialog and keeps it if it is named adb / adb.exe and answers `adb version` like adb.
   * True when a new path was kept; false on Cancel, which leaves the setting as it was.
   */
  choose(): Promise<boolean>
}

/** Builds the setting; a saved path not named like adb is ignored. */
export function createAdbPathSetting(deps: {
  settings: DocumentStore<UsbSettings>
  dialogs: FileDialogs
  /** Whether a program answers `adb version` like adb (default: runs it). */
  verifyAdb?: (path: string) => Promise<boolean>
}): AdbPathSetting {
  const readSavedPath = (): string => {
    try {
      const saved = deps.settings.read() as Partial<UsbSettings> | undefined
      return typeof saved?.adbPath === 'string' && isAdbFileName(saved.adbPath) ? saved.adbPath : ''
    } catch {
      return ''
    }
  }
  let adbPath = readSavedPath()
  return {
    current: () => adbPath,
    async choose() {
      const [path] = await deps.dialogs.chooseOpenPaths({
        title: 'main:dialog.chooseAdbTitle',
        multiple: false,
        filters: process.platform === 'win32' ? [{ name: 'main:dialog.adbFilter', extensions: ['exe'] }] : []
      })
      if (!path) return false
      if (!isAdbFileName(path)) throw new ServiceError('invalid-input', { key: 'usb.notAdbName' })
      if (!(await (deps.verifyAdb ?? answersLikeAdb)(path))) {
        throw new ServiceError('invalid-input', { key: 'usb.notAdb' })
      }
      adbPath = path
      deps.settings.write({ adbPath })
      return true
    }
  }
}
