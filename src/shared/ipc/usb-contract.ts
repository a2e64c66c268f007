import { z } from 'zod'
import type { ReadJobView } from '../usb/usb-job'
import { READ_KINDS } from '../usb/usb-job'
import type { UsbConnection } from '../usb/device-list'
import { channel } from './channel'

/** What the connection panel needs: the connection, the configured adb path and a change counter. */
export interface UsbStatusView {
  connection: UsbConnection
  configuredAdbPath: string
  /** Grows on every change, so the renderer can tell when to redraw. */
  revision: number
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

const serial = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[\x21-\x7e]+$/, 'A serial has printable characters only.')
const jobId = z.object({ jobId: z.string().uuid() })

/** Channels for the USB check: connection, reads with progress, cancel. */
export const usbContract = {
  usb: {
    connect: channel(z.undefined()).returns<UsbStatusView>(),
    status: channel(z.undefined()).returns<UsbStatusView>(),
    setAdbPath: channel(z.object({ path: z.string().max(1000) })).returns<UsbStatusView>(),
    startRead: channel(z.object({ serial, kind: z.enum(READ_KINDS), deviceId: z.string().uuid().optional() })).returns<{ jobId: string }>(),
    job: channel(jobId).returns<ReadJobView>(),
    cancel: channel(jobId).returns<null>(),
    keyFingerprint: channel(z.undefined()).returns<UsbKeyView>(),
    forgetKey: channel(z.undefined()).returns<UsbKeyView>()
  }
} as const
