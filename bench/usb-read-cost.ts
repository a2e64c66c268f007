import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { createConfStorage } from '../harness/ports/conf-storage'
import { createPlaintextVault } from '../harness/ports/plaintext-vault'
import { createAppAdbKey } from '../src/main/services/usb/credential-store'
import { withEndMarker } from '../src/main/services/usb/marked-read'
import { createDaemonAdb } from '../src/main/services/usb/tango-transport'
import { createTcpAdb } from '../src/main/services/usb/tcp-adb'
import { tcpDeviceSource } from '../src/main/services/usb/tcp-daemon-device'
import type { Adb } from '../src/main/services/ports'
import { freePort } from '../harness/net/free-port'
import { FakeAdbDevice } from '../harness/adb/fake-adb-device'
import { median, relative, timed, type Figure } from './figures'

const ADB = '/usr/bin/adb'
const RUNS = 9
const run = promisify(execFile)
const COMMANDS = ['getprop', 'dumpsys account'].map(withEndMarker)

/** A recorded phone's replies, read from the repository (the bench runs bundled, so paths are from the working folder). */
function recordedReplies(phone: string): Record<string, string> {
  const file = (name: string) => readFileSync(resolve('test/fixtures/adb', phone, `${name}.txt`), 'utf8')
  return { getprop: file('getprop'), 'dumpsys account': file('dumpsys-account') }
}

/** Waits until `adb` lists the port as a device that allowed this computer's key. */
async function readyIn(list: () => Promise<{ device: boolean }>): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if ((await list()).device) return
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error('the fake device never became ready')
}

/** One read as the app does it (getprop, then dumpsys account, each with the end marker) through an `Adb` port. */
async function readThrough(adb: Adb, serial: string): Promise<void> {
  for (const command of COMMANDS) await adb.shell(serial, command)
}

/**
 * The time of one read (getprop + dumpsys account) of the same fake device through Tango's daemon transport
 * and through the app's adb-server client (a real adb server in between), each against the real adb client
 * (`adb -s SERIAL shell …`, a process per command) in the same run, interleaved. Reported, not budgeted.
 */
export async function measureUsbRead(): Promise<Record<string, Figure>> {
  if (!existsSync(ADB)) {
    console.log(`[bench] usb read skipped: ${ADB} is not installed (Debian package "adb").`)
    return {}
  }
  const device = await FakeAdbDevice.start({ replies: recordedReplies('hyperos2-tablet') })
  const home = mkdtempSync(join(tmpdir(), 'handover-bench-adb-'))
  const serverPort = await freePort()
  const env = { PATH: process.env.PATH ?? '/usr/bin', HOME: home, ANDROID_ADB_SERVER_PORT: String(serverPort) }
  const adb = (...args: string[]) => run(ADB, args, { env, timeout: 20_000, maxBuffer: 64 * 1024 * 1024 })
  const key = createAppAdbKey({ storage: createConfStorage(), vault: createPlaintextVault(), clock: { now: () => new Date() } }, home)
  const tango = createDaemonAdb({ source: tcpDeviceSource([{ host: '127.0.0.1', port: device.port }]), credentials: key })
  let ready = false
  const tracker = tango.trackDevices(
    (list) => (ready = list.some((d) => d.state === 'device')),
    () => {}
  )
  try {
    await adb('start-server')
    await adb('connect', device.serial)
    await readyIn(async () => ({ device: (await adb('devices')).stdout.includes(`${device.serial}\tdevice`) }))
    await readyIn(async () => ({ device: ready }))
    const server = createTcpAdb({ address: { host: '127.0.0.1', port: serverPort } })
    const realClient = async () => {
      for (const command of COMMANDS) await adb('-s', device.serial, 'shell', command)
    }
    const samples = { real: [] as number[], tango: [] as number[], server: [] as number[] }
    // One warm-up of each, then interleaved runs.
    await realClient()
    await readThrough(tango, device.serial)
    await readThrough(server, device.serial)
    for (let i = 0; i < RUNS; i++) {
      samples.real.push(await timed(realClient))
      samples.tango.push(await timed(() => readThrough(tango, device.serial)))
      samples.server.push(await timed(() => readThrough(server, device.serial)))
    }
    const real = median(samples.real)
    return {
      'USB read (getprop + dumpsys account), Tango daemon transport vs the real adb client': relative(
        median(samples.tango),
        real,
        null,
        'ms',
        RUNS,
        'same fake device over loopback TCP'
      ),
      'USB read (getprop + dumpsys account), adb-server client vs the real adb client': relative(
        median(samples.server),
        real,
        null,
        'ms',
        RUNS,
        'through a real adb server'
      ),
      'USB read (getprop + dumpsys account), Tango daemon transport vs the adb-server client': relative(
        median(samples.tango),
        median(samples.server),
        null,
        'ms',
        RUNS
      )
    }
  } finally {
    tracker.stop()
    await adb('kill-server').catch(() => {})
    await device.close()
    rmSync(home, { recursive: true, force: true })
  }
}
