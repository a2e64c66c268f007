import { z } from 'zod'
import { errorKey } from '../i18n/zod-error-map'
import type { ReadJobView } from '../usb/usb-job'
import { READ_KINDS } from '../usb/usb-job'
import type { UsbKeyView, UsbStatusView } from '../usb/usb-status'
import { channel } from './channel'

const serial = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[\x21-\x7e]+$/, errorKey('validation.serialPrintable'))
const jobId = z.object({ jobId: z.string().uuid() })

/** Channels for the USB check: connection, reads with progress, cancel. */
export const usbContract = {
  usb: {
    connect: channel(z.undefined()).returns<UsbStatusView>(),
    status: channel(z.undefined()).returns<UsbStatusView>(),
    /** Opens the main process's file dialog for adb; the renderer never names a program to run. */
    setAdbPath: channel(z.undefined()).returns<UsbStatusView>(),
    startRead: channel(z.object({ serial, kind: z.enum(READ_KINDS), deviceId: z.string().uuid().optional() })).returns<{ jobId: string }>(),
    job: channel(jobId).returns<ReadJobView>(),
    cancel: channel(jobId).returns<null>(),
    keyFingerprint: channel(z.undefined()).returns<UsbKeyView>(),
    forgetKey: channel(z.undefined()).returns<UsbKeyView>()
  }
} as const
