/** How the adb server sees one connected phone, reduced to what Handover acts on. */
export type AdbDeviceState = 'device' | 'unauthorized' | 'offline' | 'no-permissions' | 'other'

/** One line of the adb server's device list. */
export interface AdbDeviceEntry {
  serial: string
  state: AdbDeviceState
}

/** Maps the adb server's state word to the states Handover explains to the owner. */
export function toDeviceState(word: string): AdbDeviceState {
  const w = word.trim()
  if (w === 'device') return 'device'
  // "authorizing" means the phone is still showing (or about to show) the RSA prompt.
  if (w === 'unauthorized' || w === 'authorizing') return 'unauthorized'
  if (w === 'offline' || w === 'connecting') return 'offline'
  if (w.startsWith('no permissions')) return 'no-permissions'
  return 'other'
}

/**
 * Parses the payload of `host:devices` or one update of `host:track-devices`:
 * lines of `SERIAL<TAB>STATE`. Lines that do not have that shape are ignored.
 */
export function parseDeviceList(payload: string): AdbDeviceEntry[] {
  const entries: AdbDeviceEntry[] = []
  for (const line of payload.split('\n')) {
    const tab = line.indexOf('\t')
    if (tab <= 0) continue
    entries.push({ serial: line.slice(0, tab).trim(), state: toDeviceState(line.slice(tab + 1)) })
  }
  return entries
}

/**
 * Why no phone list comes: the adb server refused the connection (none listens), did not answer in time, hung up,
 * answered in a way adb does not, or would not start; or, straight over USB, the computer's USB devices could not be listed.
 */
export type AdbDownCause = 'refused' | 'timeout' | 'closed' | 'protocol' | 'did-not-start' | 'usb-list-failed'

/** What the connection panel shows: the adb side first, then the phones it sees. */
export type UsbConnection =
  | { kind: 'idle' }
  | { kind: 'adb-missing'; searched: string[] }
  | { kind: 'server-down'; cause: AdbDownCause }
  | { kind: 'none' }
  | { kind: 'one'; device: AdbDeviceEntry }
  | { kind: 'several'; devices: AdbDeviceEntry[] }

/** The connection state for a device list: none, exactly one (with its state), or several. */
export function connectionFor(devices: readonly AdbDeviceEntry[]): UsbConnection {
  if (devices.length === 0) return { kind: 'none' }
  if (devices.length === 1) return { kind: 'one', device: devices[0] }
  return { kind: 'several', devices: [...devices] }
}
