/// <reference types="w3c-web-usb" />
import { createRequire } from 'node:module'
import { AdbDaemonWebUsbDevice, AdbDaemonWebUsbDeviceManager, AdbDefaultInterfaceFilter } from '@yume-chan/adb-daemon-webusb'
import type * as NodeUsb from 'usb'
import type { DirectUsbProblem } from '@shared/usb/usb-status'
import type { DaemonDeviceSource } from '../ports'

/** Phones are matched by their ADB interface (class 0xFF, subclass 0x42, protocol 1), whatever the vendor. */
const ADB_FILTERS = [AdbDefaultInterfaceFilter]

/** Why opening a USB phone failed: another program holds it, the OS denies access, or the interface would not be claimed. */
export function usbProblemOf(error: unknown): DirectUsbProblem {
  if (error instanceof AdbDaemonWebUsbDevice.DeviceBusyError) return 'busy'
  const text =
    error instanceof Error ? `${error.name} ${error.message} ${error.cause instanceof Error ? error.cause.message : ''}` : String(error)
  if (/busy|in use|EBUSY/i.test(text)) return 'busy'
  if (/SecurityError|access|permission|EACCES|EPERM|denied/i.test(text)) return 'no-permissions'
  return 'claim-failed'
}

/**
 * The phones on USB through a WebUSB implementation (the `usb` package's in the app, a fake in tests):
 * the list is read again whenever a device is plugged in or out.
 */
export function webUsbDeviceSource(usb: USB): DaemonDeviceSource {
  const manager = new AdbDaemonWebUsbDeviceManager(usb)
  return {
    problemOf: usbProblemOf,
    watch(onList, onEnd) {
      let stopped = false
      let reading = Promise.resolve()
      const refresh = () => {
        reading = reading.then(async () => {
          if (stopped) return
          try {
            const devices = await manager.getDevices({ filters: ADB_FILTERS })
            if (!stopped) onList(devices)
          } catch (error) {
            if (stopped) return
            stop()
            console.warn(`[handover] USB devices could not be listed: ${error instanceof Error ? error.message : typeof error}`)
            onEnd('usb-list-failed')
          }
        })
      }
      const stop = () => {
        stopped = true
        usb.removeEventListener('connect', refresh)
        usb.removeEventListener('disconnect', refresh)
      }
      usb.addEventListener('connect', refresh)
      usb.addEventListener('disconnect', refresh)
      refresh()
      return { stop }
    }
  }
}

/** The `usb` package's WebUSB (its prebuilt N-API binary), or null where it does not load on this machine. */
export function loadNodeWebUsb(): USB | null {
  try {
    const { WebUSB } = createRequire(import.meta.url)('usb') as typeof NodeUsb
    return new WebUSB({ allowAllDevices: true })
  } catch (error) {
    console.warn(`[handover] direct USB is unavailable: ${error instanceof Error ? error.message : typeof error}`)
    return null
  }
}
