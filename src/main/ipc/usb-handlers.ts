import type { usbContract } from '@shared/ipc/usb-contract'
import type { HouseholdUsb } from '../services/usb/create-usb'
import type { Handlers } from './router'

/** Handlers for the USB check. */
export function usbHandlers({ usb }: { usb: HouseholdUsb }): Handlers<typeof usbContract> {
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
      },
      keyFingerprint: () => usb.keyFingerprint(),
      forgetKey: () => usb.forgetKey()
    }
  }
}
