import { connectionFor, type AdbDeviceEntry, type AdbDownCause, type UsbConnection } from '@shared/usb/device-list'
import type { UnknownReason } from '@shared/usb/read-outcome'
import type { Adb } from '../ports'

/** Follows the adb server's device list (`track-devices`): the connection, the phones on it, and waits for a change. */
export interface ConnectionTracker {
  /** The connection as last reported. */
  connection(): UsbConnection
  /** The phone's entry in the latest device list, if it is on it. */
  entry(serial: string): AdbDeviceEntry | undefined
  /** Whether the phone is on the list and ready to answer ("device"). */
  isReady(serial: string): boolean
  /** Starts following the server (started with `adbPath` where allowed); idempotent, and one start at a time. */
  connect(adbPath: string): Promise<void>
  /** Resolves at the next change of the connection or the device list, or after `ms`. */
  waitForChange(ms: number): Promise<void>
  /** Stops following the server; the connection is idle again. */
  stop(): void
}

/** What the tracker tells its owner. */
export interface ConnectionEvents {
  /** The connection changed (pushed to the renderer as the USB status). */
  changed(): void
  /** These phones are gone from the list (or the server is): their reads end with `reason`. */
  lost(isPresent: (serial: string) => boolean, reason: UnknownReason): void
}

/** Builds the connection tracker over an `Adb` port. */
export function createConnectionTracker(adb: Adb, events: ConnectionEvents): ConnectionTracker {
  let connection: UsbConnection = { kind: 'idle' }
  let devices: AdbDeviceEntry[] = []
  let tracker: { stop(): void } | null = null
  let connecting: Promise<void> | null = null
  const listWaiters = new Set<() => void>()

  const setConnection = (next: UsbConnection) => {
    connection = next
    events.changed()
    for (const wake of listWaiters) wake()
  }

  const isReady = (serial: string) => devices.some((d) => d.serial === serial && d.state === 'device')

  const onList = (list: AdbDeviceEntry[]) => {
    devices = list
    setConnection(connectionFor(list))
    events.lost(isReady, 'disconnected')
  }

  const onEnd = (cause: AdbDownCause) => {
    tracker = null
    devices = []
    setConnection({ kind: 'server-down', cause })
    events.lost(() => false, 'disconnected')
  }

  const waitForChange = (ms: number) =>
    new Promise<void>((resolve) => {
      const wake = () => {
        clearTimeout(timer)
        listWaiters.delete(wake)
        resolve()
      }
      const timer = setTimeout(wake, ms)
      listWaiters.add(wake)
    })

  async function connectNow(adbPath: string): Promise<void> {
    const server = await adb.ensureServer(adbPath)
    if (!server.ok) {
      setConnection(
        server.problem === 'adb-missing' ? { kind: 'adb-missing', searched: server.searched } : { kind: 'server-down', cause: server.cause }
      )
      return
    }
    const first = waitForChange(3000)
    tracker = adb.trackDevices(onList, onEnd)
    await first
  }

  return {
    connection: () => connection,
    entry: (serial) => devices.find((d) => d.serial === serial),
    isReady,
    connect(adbPath) {
      if (tracker) return Promise.resolve()
      connecting ??= connectNow(adbPath).finally(() => {
        connecting = null
      })
      return connecting
    },
    waitForChange,
    stop() {
      tracker?.stop()
      tracker = null
      events.lost(() => false, 'cancelled')
      setConnection({ kind: 'idle' })
    }
  }
}
