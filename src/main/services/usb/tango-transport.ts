import { Adb as TangoAdb, AdbDaemonTransport, type AdbCredentialStore, type AdbDaemonDevice, type AdbSocket } from '@yume-chan/adb'
import type { AdbDeviceEntry } from '@shared/usb/device-list'
import type { DirectUsbProblem } from '@shared/usb/usb-status'
import type { Adb, DaemonDeviceSource } from '../ports'
import { AdbError } from './adb-protocol'

/** The most one shell read may bring back; past it the read stops and is "unknown" (an endless stream costs no more). */
export const MAX_SHELL_OUTPUT_BYTES = 16 * 1024 * 1024

/** What the daemon adapter is built from. */
export interface DaemonAdbOptions {
  source: DaemonDeviceSource
  /** The app's own RSA key (Vault-backed in the app). */
  credentials: AdbCredentialStore
  /** How often a phone that could not be opened (busy, refused) is tried again (default 2 s). */
  retryMs?: number
  /** The output cap of one read (default MAX_SHELL_OUTPUT_BYTES). */
  maxOutputBytes?: number
}

/** A phone link as the adapter sees it. */
type Link =
  | { state: 'authorizing'; device: AdbDaemonDevice }
  | { state: 'ready'; device: AdbDaemonDevice; adb: TangoAdb }
  | { state: 'failed'; device: AdbDaemonDevice; problem: DirectUsbProblem }

/** The `Adb` port spoken straight to the phones' adbd (no adb server) through Tango, with the app's own key. */
export interface DaemonAdb extends Adb {
  /** The first phone that could not be opened and why, or null when none failed. */
  problem(): DirectUsbProblem | null
}

const entryFor = (serial: string, link: Link): AdbDeviceEntry => {
  if (link.state === 'ready') return { serial, state: 'device' }
  // While the transport authenticates, the phone shows (or is about to show) "Allow USB debugging?".
  if (link.state === 'authorizing') return { serial, state: 'unauthorized' }
  return { serial, state: link.problem === 'no-permissions' ? 'no-permissions' : 'other' }
}

/** The words a refused read carries, so the service's refusal mapping sees the same reasons as with an adb server. */
function refusal(link: Link | undefined, serial: string): AdbError {
  if (!link || (link.state === 'failed' && link.problem === 'disconnected')) return new AdbError('refused', `device '${serial}' not found`)
  if (link.state === 'authorizing') return new AdbError('refused', 'device unauthorized')
  return new AdbError('refused', `device ${link.state === 'failed' ? link.problem : 'offline'}`)
}

/** Opens `shell:COMMAND`; a cancel (or timeout) while the phone has not answered the OPEN rejects at once. */
async function openShell(adb: TangoAdb, command: string, signal: AbortSignal | undefined): Promise<AdbSocket> {
  const cancelled = () => new AdbError('cancelled', 'Cancelled.')
  if (signal?.aborted) throw cancelled()
  const opening = adb.createSocket(`shell:${command}`)
  let onAbort = () => {}
  const aborted = new Promise<never>((_resolve, reject) => {
    onAbort = () => reject(cancelled())
    signal?.addEventListener('abort', onAbort, { once: true })
  })
  try {
    return await Promise.race([opening, aborted])
  } catch (error) {
    // A socket that opens after the cancel is closed straight away.
    void opening.then((late) => late.close()).catch(() => {})
    throw error instanceof AdbError
      ? error
      : new AdbError('closed', error instanceof Error ? error.message : 'The phone refused the shell.')
  } finally {
    signal?.removeEventListener('abort', onAbort)
  }
}

/** Builds the daemon adapter over a device source. */
export function createDaemonAdb(options: DaemonAdbOptions): DaemonAdb {
  const { source, credentials } = options
  const retryMs = options.retryMs ?? 2000
  const maxOutputBytes = options.maxOutputBytes ?? MAX_SHELL_OUTPUT_BYTES
  const links = new Map<string, Link>()
  let present: readonly AdbDaemonDevice[] = []
  let publish: (() => void) | null = null
  let retryTimer: ReturnType<typeof setTimeout> | null = null

  /** The attempt that owns each phone's link; a stale attempt (the phone left, or was tried again) changes nothing. */
  const attempts = new Map<string, symbol>()

  const list = (): AdbDeviceEntry[] => [...links].map(([serial, link]) => entryFor(serial, link))
  const setLink = (serial: string, attempt: symbol, link: Link): boolean => {
    if (attempts.get(serial) !== attempt) return false
    links.set(serial, link)
    publish?.()
    return true
  }

  function scheduleRetry(): void {
    if (retryTimer || !publish) return
    retryTimer = setTimeout(() => {
      retryTimer = null
      for (const device of present) if (links.get(device.serial)?.state === 'failed') open(device)
    }, retryMs)
    retryTimer.unref?.()
  }

  /** Opens and authenticates one phone; a retry keeps showing why the last try failed until the phone is open again. */
  function open(device: AdbDaemonDevice): void {
    const attempt = Symbol(device.serial)
    attempts.set(device.serial, attempt)
    const authorizing: Link = { state: 'authorizing', device }
    if (!links.has(device.serial)) setLink(device.serial, attempt, authorizing)
    const failWith = (problem: DirectUsbProblem) => {
      if (setLink(device.serial, attempt, { state: 'failed', device, problem })) scheduleRetry()
    }
    void (async () => {
      let connection
      try {
        connection = await device.connect()
      } catch (error) {
        return failWith(source.problemOf(error))
      }
      if (links.get(device.serial)?.state === 'failed') setLink(device.serial, attempt, authorizing)
      let transport: AdbDaemonTransport
      let keyFailed = false
      // Marks failures of the app's own key, so they are told apart from a link that dropped.
      const credentialStore: AdbCredentialStore = {
        async generateKey() {
          try {
            return await credentials.generateKey()
          } catch (error) {
            keyFailed = true
            throw error
          }
        },
        async *iterateKeys() {
          try {
            yield* credentials.iterateKeys()
          } catch (error) {
            keyFailed = true
            throw error
          }
        }
      }
      try {
        transport = await AdbDaemonTransport.authenticate({ serial: device.serial, connection, credentialStore, preserveConnection: false })
      } catch {
        await connection.writable.close().catch(() => {})
        // Without a key the phone cannot be asked; otherwise the link dropped during the handshake.
        return failWith(keyFailed ? 'key-unavailable' : 'disconnected')
      }
      const ready: Link = { state: 'ready', device, adb: new TangoAdb(transport) }
      if (!setLink(device.serial, attempt, ready)) return void transport.close()
      void transport.disconnected.then(() => failWith('disconnected'))
    })()
  }

  function closeLink(link: Link): void {
    if (link.state === 'ready') void Promise.resolve(link.adb.close()).catch(() => {})
  }

  function onDevices(devices: readonly AdbDaemonDevice[]): void {
    present = devices
    const serials = new Set(devices.map((d) => d.serial))
    for (const [serial, link] of links) {
      if (serials.has(serial)) continue
      links.delete(serial)
      attempts.delete(serial)
      closeLink(link)
    }
    for (const device of devices) if (!links.has(device.serial)) open(device)
    publish?.()
  }

  async function readAll(
    adb: TangoAdb,
    command: string,
    signal: AbortSignal | undefined,
    onData: ((received: number) => void) | undefined
  ): Promise<string> {
    const socket = await openShell(adb, command, signal)
    const reader = socket.readable.getReader()
    let stopped: AdbError | null = null
    const stop = (error: AdbError) => {
      stopped ??= error
      void reader.cancel().catch(() => {})
      void Promise.resolve(socket.close()).catch(() => {})
    }
    const onAbort = () => stop(new AdbError('cancelled', 'Cancelled.'))
    signal?.addEventListener('abort', onAbort, { once: true })
    if (signal?.aborted) onAbort()
    const parts: Uint8Array[] = []
    let received = 0
    try {
      for (;;) {
        let chunk: Awaited<ReturnType<typeof reader.read>>
        try {
          chunk = await reader.read()
        } catch (error) {
          throw stopped ?? new AdbError('closed', error instanceof Error ? error.message : 'The phone went away.')
        }
        // eslint-disable-next-line @typescript-eslint/only-throw-error -- `stopped` is an AdbError set by the abort listener, which TypeScript's narrowing cannot see
        if (stopped) throw stopped
        if (chunk.done) break
        received += chunk.value.length
        if (received > maxOutputBytes) {
          stop(new AdbError('protocol', `The phone sent more than ${maxOutputBytes} bytes; the read was stopped.`))
          throw stopped!
        }
        parts.push(chunk.value)
        onData?.(received)
      }
    } finally {
      signal?.removeEventListener('abort', onAbort)
      reader.releaseLock()
    }
    return Buffer.concat(parts).toString('utf8')
  }

  return {
    async ensureServer() {
      return { ok: true, version: 0 }
    },
    trackDevices(onList, onEnd) {
      publish = () => onList(list())
      const watching = source.watch(onDevices, (cause) => {
        publish = null
        onEnd(cause)
      })
      onList(list())
      return {
        stop() {
          publish = null
          watching.stop()
          if (retryTimer) clearTimeout(retryTimer)
          retryTimer = null
          for (const link of links.values()) closeLink(link)
          links.clear()
          attempts.clear()
          present = []
        }
      }
    },
    async shell(serial, command, shellOptions = {}) {
      const link = links.get(serial)
      if (link?.state !== 'ready') throw refusal(link, serial)
      return readAll(link.adb, command, shellOptions.signal, shellOptions.onData)
    },
    problem() {
      for (const link of links.values()) if (link.state === 'failed' && link.problem !== 'disconnected') return link.problem
      return null
    }
  }
}
