import type { usbContract } from '../../shared/ipc/usb-contract'
import type { UsbService } from '../services/usb/usb-service'
import type { Handlers } from './router'

/** Handlers for the USB check. */
export function usbHandlers({ usb }: { usb: UsbService }): Handlers<typeof usbContract> {
  return {
    usb: {
      connect: () => usb.connect(),
      status: () => usb.status(),
      setAdbPath: () => usb.setAdbPath(),
      startRead: (input) => usb.startRead(input),
      job: ({ jobId }) => usb.job(jobId),
      cancel: ({ jobId }) => {
        usb.cancel(jobId)
        return null
      }
    }
  }
}
