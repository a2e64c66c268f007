import type { Adb } from '@main/services/ports'
import type { AdbDownCause } from '@shared/usb/device-list'
import { AdbError } from '@main/services/usb/adb-protocol'

/** An `Adb` with no server behind it (tests that do not exercise USB): every call fails with `cause`, nothing listens. */
export function createOfflineAdb(cause: AdbDownCause = 'refused'): Adb {
  return {
    ensureServer: async () => ({ ok: false, problem: 'server-down', cause }),
    trackDevices: (_onList, onEnd) => {
      queueMicrotask(() => onEnd(cause))
      return { stop: () => {} }
    },
    shell: () => Promise.reject(new AdbError('unreachable', 'No adb server in this environment.'))
  }
}
