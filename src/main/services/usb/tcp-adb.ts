import type { AdbDownCause } from '@shared/usb/device-list'
import type { Adb, AdbServerStatus } from '../ports'
import { serverVersion, shell, trackDevices } from './adb-client'
import { startAdbServer } from './adb-launcher'
import { adbCandidates, currentLocatorContext, locateAdb } from './adb-locator'
import { DEFAULT_ADB_ADDRESS, downCauseOf, type AdbAddress } from './adb-protocol'

/** How the TCP adapter reaches (and, in the app, starts) the adb server. */
export interface TcpAdbOptions {
  address?: AdbAddress
  /** The user's home folder, for the usual install places; omit to never start a server (tests, e2e). */
  launchFromHome?: string
  /** Finds and starts adb; replaceable in tests. */
  locate?: (configured: string) => { found: string | null; searched: string[] }
  start?: (adbPath: string, port: number) => Promise<void>
}

/** The server address adb itself would use: port from ANDROID_ADB_SERVER_PORT, else 5037. */
export function addressFromEnv(env: Record<string, string | undefined>): AdbAddress {
  const port = Number(env.ANDROID_ADB_SERVER_PORT)
  return Number.isInteger(port) && port > 0 && port < 65536 ? { ...DEFAULT_ADB_ADDRESS, port } : DEFAULT_ADB_ADDRESS
}

/** Logs why the adb server is down; the panel shows only the cause, so adb's own words stay in the (redacted) log. */
function logDown(cause: AdbDownCause, error: unknown): AdbDownCause {
  console.warn(`[handover] adb server: ${cause} (${error instanceof Error ? error.message : typeof error})`)
  return cause
}

/** The `Adb` port over TCP: the host smart-socket protocol spoken to a real (or fake) adb server. */
export function createTcpAdb(options: TcpAdbOptions = {}): Adb {
  const address = options.address ?? addressFromEnv(process.env)
  const home = options.launchFromHome
  const locate = options.locate ?? ((configured: string) => locateAdb(adbCandidates(currentLocatorContext(configured, home ?? ''))))
  const start = options.start ?? startAdbServer

  async function version(): Promise<{ ok: true; version: number } | { ok: false; error: unknown }> {
    try {
      return { ok: true, version: await serverVersion(address) }
    } catch (error) {
      return { ok: false, error }
    }
  }

  const down = (cause: AdbDownCause, error: unknown): AdbServerStatus => ({
    ok: false,
    problem: 'server-down',
    cause: logDown(cause, error)
  })

  return {
    async ensureServer(configuredPath) {
      const first = await version()
      if (first.ok) return first
      if (home === undefined) return down(downCauseOf(first.error), first.error)
      const { found, searched } = locate(configuredPath)
      if (!found) return { ok: false, problem: 'adb-missing', searched }
      try {
        await start(found, address.port)
      } catch (error) {
        return down('did-not-start', error)
      }
      const started = await version()
      return started.ok ? started : down(downCauseOf(started.error), started.error)
    },
    trackDevices(onList, onEnd) {
      return trackDevices(address, onList, (error) => onEnd(logDown(downCauseOf(error), error)))
    },
    async shell(serial, command, shellOptions = {}) {
      return (await shell(address, serial, command, shellOptions)).toString('utf8')
    }
  }
}
