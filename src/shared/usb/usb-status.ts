import type { UsbConnection } from './device-list'

/** What the connection panel needs: the connection and the configured adb path. */
export interface UsbStatusView {
  connection: UsbConnection
  configuredAdbPath: string
}
