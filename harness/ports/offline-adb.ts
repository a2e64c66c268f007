import type { Adb } from '@main/services/ports'
import { AdbError } from '@main/services/usb/adb-protocol'

/** An `Adb` with no server behind it (tests that do not exercise USB): every call says why. */
export function createOfflineAdb(message = 'No adb server in this environment.'): Adb {
  return {
    ensureServer: async () => ({ ok: false, problem: 'server-down', message }),
    trackDevices: (_onList, onEnd) => {
      queueMicrotask(() => onEnd(message))
      return { stop: () => {} }
    },
    shell: () => Promise.reject(new AdbError('unreachable', message))
  }
}
