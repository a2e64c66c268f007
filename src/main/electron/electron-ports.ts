import { homedir } from 'node:os'
import { dialog, safeStorage, shell, type BrowserWindow } from 'electron'
import ElectronStore from 'electron-store'
import { withHiddenDocument } from './hidden-document'
import { createDocumentStorage } from '../services/json-document-storage'
import type { AdbAddress } from '../services/usb/adb-protocol'
import { createTcpAdb } from '../services/usb/tcp-adb'
import { tcpDeviceSource } from '../services/usb/tcp-daemon-device'
import { loadNodeWebUsb, webUsbDeviceSource } from '../services/usb/webusb-transport'
import type { Ports, Vault } from '../services/ports'
import { sendEvent } from './send-event'
import { createElectronSystemPrinter } from './system-printer'

const SAFE_PREFIX = 'ss:'
const PLAIN_PREFIX = 'plain:'

/** The Vault over Electron's safeStorage; on Linux's basic_text backend it says the data is not encrypted. */
export async function createSafeStorageVault(): Promise<Vault> {
  const available = await safeStorage.isAsyncEncryptionAvailable()
  const backend = process.platform === 'linux' ? safeStorage.getSelectedStorageBackend() : process.platform === 'darwin' ? 'keychain' : 'dpapi'
  const encrypted = available && backend !== 'basic_text'
  return {
    status: () => ({ encrypted, backend }),
    encrypt: async (plain) =>
      encrypted ? SAFE_PREFIX + (await safeStorage.encryptStringAsync(plain)).toString('base64') : PLAIN_PREFIX + plain,
    decrypt: async (stored) => {
      if (stored.startsWith(PLAIN_PREFIX)) return stored.slice(PLAIN_PREFIX.length)
      if (!stored.startsWith(SAFE_PREFIX)) throw new Error('Unknown vault format')
      return (await safeStorage.decryptStringAsync(Buffer.from(stored.slice(SAFE_PREFIX.length), 'base64'))).result
    }
  }
}

/** The Electron implementation of every port; `testAdbDevices` (test builds only) puts loopback adbds in place of the USB bus. */
export async function createElectronPorts(getWindow: () => BrowserWindow | null, testAdbDevices: readonly AdbAddress[] | null = null): Promise<Ports> {
  // Direct USB through the `usb` package's WebUSB, where its prebuilt binary loads.
  const webUsb = testAdbDevices ? null : loadNodeWebUsb()
  return {
    storage: createDocumentStorage(
      (cwd, name) => new ElectronStore<Record<string, unknown>>({ cwd, name, clearInvalidConfig: false, accessPropertiesByDotNotation: false })
    ),
    vault: await createSafeStorageVault(),
    clock: { now: () => new Date() },
    dialogs: {
      async chooseSavePath({ title, defaultName, filters }) {
        const window = getWindow()
        const options = { title, defaultPath: defaultName, filters }
        const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options)
        return result.canceled || !result.filePath ? null : result.filePath
      },
      async chooseOpenPaths({ title, multiple, filters }) {
        const window = getWindow()
        const options = { title, filters, properties: multiple ? (['openFile', 'multiSelections'] as const) : (['openFile'] as const) }
        const result = window
          ? await dialog.showOpenDialog(window, { ...options, properties: [...options.properties] })
          : await dialog.showOpenDialog({ ...options, properties: [...options.properties] })
        return result.canceled ? [] : result.filePaths
      }
    },
    pdf: {
      htmlToPdf: (html, { pageSize }) =>
        withHiddenDocument(html, (contents) => contents.printToPDF({ pageSize, printBackground: true, preferCSSPageSize: true }))
    },
    events: {
      emit: (name, payload) => sendEvent(getWindow(), name, payload)
    },
    links: { open: (url) => shell.openExternal(url) },
    // An adb server that is already running; adb is found and started only where direct USB cannot load.
    adb: createTcpAdb(webUsb || testAdbDevices ? {} : { launchFromHome: homedir() }),
    directUsb: testAdbDevices ? tcpDeviceSource(testAdbDevices) : webUsb ? webUsbDeviceSource(webUsb) : null,
    printer: createElectronSystemPrinter()
  }
}
