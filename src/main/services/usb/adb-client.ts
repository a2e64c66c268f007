import { parseDeviceList, type AdbDeviceEntry } from '@shared/usb/device-list'
import { AdbError, AdbSocket, type AdbAddress } from './adb-protocol'

/** Asks the server a `host:` question whose answer is one length-prefixed string (e.g. host:version). */
async function hostQuery(address: AdbAddress, service: string, signal?: AbortSignal): Promise<string> {
  const socket = await AdbSocket.open(address, signal)
  const release = socket.closeOn(signal, new AdbError('cancelled', 'Cancelled.'))
  try {
    socket.send(service)
    await socket.expectOkay()
    return await socket.readHexString()
  } finally {
    release()
    socket.close()
  }
}

/** The adb server's protocol version (e.g. 41), from `host:version`. */
export async function serverVersion(address: AdbAddress, signal?: AbortSignal): Promise<number> {
  const hex = await hostQuery(address, 'host:version', signal)
  const version = Number.parseInt(hex, 16)
  if (!Number.isFinite(version)) throw new AdbError('protocol', 'The adb server sent a bad version.')
  return version
}

/** Options for one shell command. */
export interface ShellOptions {
  signal?: AbortSignal
  /** Called with the number of bytes received so far. */
  onData?: (received: number) => void
}

/** Serials the adb server reads as a selector (by model, product, device name or USB path) rather than a serial. */
const SELECTOR_SERIAL = /^(usb|product|model|device):/i

/**
 * Runs `command` on the phone through `host:transport:SERIAL` then `shell:COMMAND` (the shell
 * protocol every adbd speaks) and returns everything it printed until the phone closed the stream.
 * A refusal (unauthorized, offline, not found) rejects with kind "refused" and the server's message; so does a
 * phone-reported serial such as `model:X`, which `host:transport:` would take as a selector for another phone.
 */
export async function shell(address: AdbAddress, serial: string, command: string, options: ShellOptions = {}): Promise<Buffer> {
  if (SELECTOR_SERIAL.test(serial)) throw new AdbError('refused', 'This serial would select a phone by another property; it is not read.')
  const socket = await AdbSocket.open(address, options.signal)
  const release = socket.closeOn(options.signal, new AdbError('cancelled', 'Cancelled.'))
  try {
    socket.send(`host:transport:${serial}`)
    await socket.expectOkay()
    socket.send(`shell:${command}`)
    await socket.expectOkay()
    return await socket.readToEnd(options.onData)
  } finally {
    release()
    socket.close()
  }
}

/** A running `host:track-devices` subscription. */
export interface DeviceTracker {
  /** Stops following the list; the end callback is not called. */
  stop(): void
}

/**
 * Follows the device list with `host:track-devices`: the server sends the whole list at once and
 * again on every change. `onEnd` is called once if the server goes away or refuses.
 */
export function trackDevices(
  address: AdbAddress,
  onList: (devices: AdbDeviceEntry[]) => void,
  onEnd: (error: AdbError) => void
): DeviceTracker {
  const stopper = new AbortController()
  void (async () => {
    let socket: AdbSocket | undefined
    try {
      socket = await AdbSocket.open(address, stopper.signal)
      socket.closeOn(stopper.signal, new AdbError('cancelled', 'Stopped.'))
      socket.send('host:track-devices')
      await socket.expectOkay()
      for (;;) onList(parseDeviceList(await socket.readHexString('unbounded')))
    } catch (error) {
      socket?.close()
      if (!stopper.signal.aborted) onEnd(error instanceof AdbError ? error : new AdbError('protocol', 'Unexpected failure.'))
    }
  })()
  return { stop: () => stopper.abort() }
}
