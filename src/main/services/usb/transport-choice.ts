import type { UsbPlatform, UsbTransportKind, UsbTransportView } from '@shared/usb/usb-status'
import type { Adb } from '../ports'
import type { DaemonAdb } from './tango-transport'

/** The `Adb` port that picks its transport by itself, and says which one it picked. */
export interface ChosenAdb extends Adb {
  /** The transport in use and any problem it met. */
  transport(): UsbTransportView
}

/** The platform name the guidance uses. */
export function usbPlatform(platform: string): UsbPlatform {
  return platform === 'linux' || platform === 'win32' || platform === 'darwin' ? platform : 'other'
}

/**
 * Uses the adb server when one answers (it holds the phones' USB interface, so Android Studio or scrcpy keep
 * working alongside), and talks to the phones directly over USB when none does. Without a direct transport
 * the server's own answer (adb missing, server down) stands. The choice is made again on every connect.
 */
export function createTransportChoice(options: { server: Adb; direct?: DaemonAdb | null; platform: string }): ChosenAdb {
  const { server } = options
  const direct = options.direct ?? null
  const platform = usbPlatform(options.platform)
  let inUse: UsbTransportKind | null = null
  const current = (): Adb => (inUse === 'direct-usb' && direct ? direct : server)

  return {
    async ensureServer(configuredPath) {
      const answer = await server.ensureServer(configuredPath)
      if (answer.ok || !direct) {
        inUse = answer.ok ? 'adb-server' : null
        return answer
      }
      inUse = 'direct-usb'
      return direct.ensureServer(configuredPath)
    },
    trackDevices: (onList, onEnd) => current().trackDevices(onList, onEnd),
    shell: (serial, command, shellOptions) => current().shell(serial, command, shellOptions),
    transport: () => ({ kind: inUse, problem: inUse === 'direct-usb' && direct ? direct.problem() : null, platform })
  }
}
