import type { VaultStatus } from '@shared/app-info'
import type { AppEvents } from '@shared/app-events'
import type { AdbDaemonDevice } from '@yume-chan/adb'
import type { AdbDeviceEntry, AdbDownCause } from '@shared/usb/device-list'
import type { DirectUsbProblem } from '@shared/usb/usb-status'
import type { UntrustedFileParser } from './parsing/worker-parser'

/** One JSON document on disk, written atomically. */
export interface DocumentStore<T> {
  /** Absolute path of the file. */
  readonly path: string
  /** The parsed content, or undefined when the file does not exist. Throws when it cannot be read or parsed. */
  read(): unknown
  /** Replaces the content atomically (temp file, fsync, rename). */
  write(value: T): void
}

/** Opens JSON documents: electron-store in the app, conf in tests. */
export interface Storage {
  /** Opens (without creating) the document `name`.json in folder `dir`. */
  open<T extends object>(dir: string, name: string): DocumentStore<T>
}

/** Encrypts sensitive fields at rest. */
export interface Vault {
  /** What protects the data, shown in Settings. */
  status(): VaultStatus
  /** Encrypts a string to a storable string. */
  encrypt(plain: string): Promise<string>
  /** Decrypts what `encrypt` produced. */
  decrypt(stored: string): Promise<string>
  /** True when a value `decrypt` just read should be encrypted again (rotated key, or a keyring now protects a plain value). */
  shouldReEncrypt?(stored: string): boolean
}

/** The current time, replaceable in tests. */
export interface Clock {
  /** Now. */
  now(): Date
}

/** Native file dialogs. Services give the title and filter names as message keys; createServices shows them translated. */
export interface FileDialogs {
  /** Asks where to save; null when cancelled. */
  chooseSavePath(options: {
    title: string
    defaultName: string
    filters: Array<{ name: string; extensions: string[] }>
  }): Promise<string | null>
  /** Asks for files to open; empty when cancelled. */
  chooseOpenPaths(options: { title: string; multiple: boolean; filters: Array<{ name: string; extensions: string[] }> }): Promise<string[]>
}

/** Turns an HTML document into PDF bytes (Chromium's printer). */
export interface PdfPrinter {
  /** Prints `html` on the given paper size. */
  htmlToPdf(html: string, options: { pageSize: 'A4' | 'Letter' }): Promise<Uint8Array>
}

/** Pushes events to the renderer. */
export interface EventSink {
  /** Sends one event. */
  emit<K extends keyof AppEvents>(name: K, payload: AppEvents[K]): void
}

/** Opens a web page in the user's browser. */
export interface ExternalLinks {
  /** Opens `url` (already checked against the allow-list). */
  open(url: string): Promise<void>
}

/** Whether an adb server answers, and if not, why (adb not found, or it would not start). */
export type AdbServerStatus =
  | { ok: true; version: number }
  | { ok: false; problem: 'adb-missing'; searched: string[] }
  | { ok: false; problem: 'server-down'; cause: AdbDownCause }

/**
 * The adb server, which owns the USB link to phones. Shell commands reject with an
 * `AdbError` (services/usb/adb-protocol) whose kind says whether the phone refused, vanished or was cancelled.
 */
export interface Adb {
  /** Checks that a server answers; where allowed, finds adb (trying `configuredPath` first) and starts it. */
  ensureServer(configuredPath: string): Promise<AdbServerStatus>
  /** Follows the list of phones: called with the whole list at once and on every change; `onEnd` once if the server goes away. */
  trackDevices(onList: (devices: AdbDeviceEntry[]) => void, onEnd: (cause: AdbDownCause) => void): { stop(): void }
  /** Runs a read-only shell command on one phone and returns what it printed. */
  shell(serial: string, command: string, options?: { signal?: AbortSignal; onData?: (received: number) => void }): Promise<string>
}

/** Sends a document to the operating system's print dialog (Electron: `webContents.print`). */
export interface SystemPrinter {
  /** Shows the print dialog for `html` on the given paper size; false when the user cancelled. */
  print(html: string, options: { pageSize: 'A4' | 'Letter' }): Promise<boolean>
}

/** The operating system's preferred languages: Electron's `app.getPreferredSystemLanguages()`, a given list in tests. */
export interface SystemLanguages {
  /** BCP 47 tags, most preferred first (may be empty). */
  preferred(): readonly string[]
}

/** The platform pieces the services need; Electron adapters in the app, test adapters in tests. */
export interface Ports {
  storage: Storage
  vault: Vault
  clock: Clock
  dialogs: FileDialogs
  pdf: PdfPrinter
  events: EventSink
  links: ExternalLinks
  printer: SystemPrinter
  /** The adb server, for the USB check. */
  adb: Adb
  /** Phones reachable straight over USB (no adb server); absent where direct USB is unavailable. */
  directUsb?: DaemonDeviceSource | null
  /** Parses untrusted PDFs and archives in a worker thread with resource limits. */
  parser: UntrustedFileParser
  /** The computer's preferred languages, which pick the app's language unless the user chose one. */
  systemLanguages: SystemLanguages
}

/** Phones reachable without an adb server: USB devices through WebUSB, or adbd over TCP (tests, emulators). */
export interface DaemonDeviceSource {
  /** Follows the phones present: called with the whole list at once and on every change; `onEnd` once if it stops. */
  watch(onList: (devices: readonly AdbDaemonDevice[]) => void, onEnd: (cause: AdbDownCause) => void): { stop(): void }
  /** Why opening a phone failed, in the words the screen explains. */
  problemOf(error: unknown): DirectUsbProblem
}
