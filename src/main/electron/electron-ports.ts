import { createDecipheriv, pbkdf2Sync } from 'node:crypto'
import { homedir } from 'node:os'
import { app, dialog, safeStorage, shell, type BrowserWindow } from 'electron'
import ElectronStore from 'electron-store'
import { withHiddenDocument } from './hidden-document'
import { createDocumentStorage } from '../services/json-document-storage'
import { PRIVATE_FILE_MODE } from '../services/private-files'
import type { AdbAddress } from '../services/usb/adb-protocol'
import { createTcpAdb } from '../services/usb/tcp-adb'
import { tcpDeviceSource } from '../services/usb/tcp-daemon-device'
import { loadNodeWebUsb, webUsbDeviceSource } from '../services/usb/webusb-transport'
import type { Ports, Vault } from '../services/ports'
import { sendEvent } from './send-event'
import { createWorkerParser } from '../services/parsing/worker-parser'
import { createElectronSystemPrinter } from './system-printer'

const SAFE_PREFIX = 'ss:'
const PLAIN_PREFIX = 'plain:'
const PROBE = 'handover-vault-probe'

/** The part of Electron's safeStorage the vault uses (its async API), replaceable by a fake in tests. */
export type SafeStorageApi = Pick<
  typeof safeStorage,
  'isAsyncEncryptionAvailable' | 'encryptStringAsync' | 'decryptStringAsync' | 'getSelectedStorageBackend'
>

/**
 * True when a Linux ciphertext was made with Chromium's fixed fallback key (prefix "v10", the published password
 * "peanuts"): anyone can decrypt it, so it protects nothing.
 */
export function isFixedKeyCiphertext(cipher: Buffer, plain: string): boolean {
  if (cipher.subarray(0, 3).toString('latin1') !== 'v10') return false
  try {
    const key = pbkdf2Sync('peanuts', 'saltysalt', 1, 16, 'sha1')
    const decipher = createDecipheriv('aes-128-cbc', key, Buffer.alloc(16, ' '))
    return Buffer.concat([decipher.update(cipher.subarray(3)), decipher.final()]).toString('utf8') === plain
  } catch {
    return false
  }
}

type Protection = 'protected' | 'unprotected' | 'unavailable'

/**
 * The Vault over Electron's async safeStorage API. Whether it protects anything is decided by encrypting a probe
 * with that same API, not by the sync API's backend name: Chromium's fixed-key fallback counts as unprotected
 * (values are then stored as plain text, and Settings says so), and a probe that fails means the keyring is not
 * available yet (nothing is written in clear; the probe runs again on the next write). Values whose decryption
 * says `shouldReEncrypt`, and plain values once a keyring protects, are reported by `shouldReEncrypt`.
 */
export async function createSafeStorageVault(
  api: SafeStorageApi = safeStorage,
  platform: NodeJS.Platform = process.platform
): Promise<Vault> {
  const backend = platform === 'linux' ? api.getSelectedStorageBackend() : platform === 'darwin' ? 'keychain' : 'dpapi'
  const stale = new Set<string>()
  let protection: Protection = 'unavailable'
  let fixedKey = false

  async function probe(): Promise<Protection> {
    try {
      if (!(await api.isAsyncEncryptionAvailable())) return 'unprotected'
      fixedKey = platform === 'linux' && isFixedKeyCiphertext(await api.encryptStringAsync(PROBE), PROBE)
      return fixedKey ? 'unprotected' : 'protected'
    } catch {
      return 'unavailable'
    }
  }
  protection = await probe()

  return {
    status: () => ({ encrypted: protection === 'protected', backend, ...(fixedKey ? { fixedKey: true } : {}) }),
    async encrypt(plain) {
      if (protection === 'unavailable') protection = await probe()
      if (protection === 'unavailable') throw new Error('The keyring is not available.')
      return protection === 'protected' ? SAFE_PREFIX + (await api.encryptStringAsync(plain)).toString('base64') : PLAIN_PREFIX + plain
    },
    async decrypt(stored) {
      if (stored.startsWith(PLAIN_PREFIX)) {
        if (protection === 'protected') stale.add(stored)
        return stored.slice(PLAIN_PREFIX.length)
      }
      if (!stored.startsWith(SAFE_PREFIX)) throw new SyntaxError('Unknown vault format')
      const { result, shouldReEncrypt } = await api.decryptStringAsync(Buffer.from(stored.slice(SAFE_PREFIX.length), 'base64'))
      if (shouldReEncrypt) stale.add(stored)
      return result
    },
    shouldReEncrypt: (stored) => stale.has(stored)
  }
}

/** The Electron implementation of every port; `testAdbDevices` (test builds only) puts loopback adbds in place of the USB bus. */
export async function createElectronPorts(
  getWindow: () => BrowserWindow | null,
  testAdbDevices: readonly AdbAddress[] | null = null
): Promise<Ports> {
  // Direct USB through the `usb` package's WebUSB, where its prebuilt binary loads.
  const webUsb = testAdbDevices ? null : loadNodeWebUsb()
  return {
    storage: createDocumentStorage(
      (cwd, name) =>
        new ElectronStore<Record<string, unknown>>({
          cwd,
          name,
          clearInvalidConfig: false,
          accessPropertiesByDotNotation: false,
          configFileMode: PRIVATE_FILE_MODE
        })
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
    printer: createElectronSystemPrinter(),
    // The parse worker is a second entry of the main bundle, built beside index.js (electron.vite.config.ts).
    parser: createWorkerParser(new URL('./parse-worker.js', import.meta.url)),
    systemLanguages: { preferred: () => app.getPreferredSystemLanguages() }
  }
}
