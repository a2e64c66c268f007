import type { UsbConnection } from './device-list'

/** What the connection panel needs: the connection, the configured adb path and the transport in use. */
export interface UsbStatusView {
  connection: UsbConnection
  configuredAdbPath: string
  /** How the app reaches phones; absent where no transport was chosen yet. */
  transport?: UsbTransportView
}

/** Which way the app reaches phones: an adb server that is already running, or straight over USB with its own key. */
export type UsbTransportKind = 'adb-server' | 'direct-usb'

/** Why a phone could not be opened straight over USB. */
export type DirectUsbProblem = 'busy' | 'no-permissions' | 'claim-failed' | 'key-unavailable' | 'disconnected'

/** The operating systems the set-up guidance knows. */
export type UsbPlatform = 'linux' | 'win32' | 'darwin' | 'other'

/** The transport in use, the first phone problem it met, and the OS for the guidance. */
export interface UsbTransportView {
  kind: UsbTransportKind | null
  problem: DirectUsbProblem | null
  platform: UsbPlatform
}

/** The app's own USB debugging key, as the phone shows it under "Allow USB debugging?". */
export interface UsbKeyView {
  fingerprint: string
}
