import type { Adb, AdbServerStatus } from '../ports'
import { serverVersion, shell, trackDevices } from './adb-client'
import { startAdbServer } from './adb-launcher'
import { adbCandidates, currentLocatorContext, locateAdb } from './adb-locator'
import { DEFAULT_ADB_ADDRESS, type AdbAddress } from './adb-protocol'

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

/** The `Adb` port over TCP: the host smart-socket protocol spoken to a real (or fake) adb server. */
export function createTcpAdb(options: TcpAdbOptions = {}): Adb {
  const address = options.address ?? addressFromEnv(process.env)
  const home = options.launchFromHome
  const locate = options.locate ?? ((configured: string) => locateAdb(adbCandidates(currentLocatorContext(configured, home ?? ''))))
  const start = options.start ?? startAdbServer

  async function version(): Promise<AdbServerStatus> {
    try {
      return { ok: true, version: await serverVersion(address) }
    } catch (error) {
      return { ok: false, problem: 'server-down', message: error instanceof Error ? error.message : 'No answer.' }
    }
  }

  return {
    async ensureServer(configuredPath) {
      const first = await version()
      if (first.ok || home === undefined) return first
      const { found, searched } = locate(configuredPath)
      if (!found) return { ok: false, problem: 'adb-missing', searched }
      try {
        await start(found, address.port)
      } catch (error) {
        return { ok: false, problem: 'server-down', message: error instanceof Error ? error.message : 'adb did not start.' }
      }
      return version()
    },
    trackDevices(onList, onEnd) {
      return trackDevices(address, onList, (error) => onEnd(error.message))
    },
    async shell(serial, command, shellOptions = {}) {
      return (await shell(address, serial, command, shellOptions)).toString('utf8')
    }
  }
}
