import type { UnknownOutcome, UnknownReason } from '@shared/usb/read-outcome'
import type { Adb } from '../ports'
import type { ConnectionTracker } from './connection-tracker'
import { beforeEndMarker, failureReason, withEndMarker } from './marked-read'

/** Runs one shell command of a read: the text before the end marker, or "unknown" with why. */
export type CommandReader = (
  read: { serial: string; controller: AbortController },
  command: string,
  onData: (received: number) => void
) => Promise<{ text: string } | UnknownOutcome>

/**
 * Builds the command reader: a command has `commandTimeoutMs` to end with its marker; output cut short is "truncated"
 * while the phone stays on the list, and "disconnected" when the list shows it gone within `unplugGraceMs`.
 */
export function createCommandReader(deps: {
  adb: Adb
  phones: Pick<ConnectionTracker, 'isReady' | 'waitForChange'>
  commandTimeoutMs: number
  unplugGraceMs: number
}): CommandReader {
  const { adb, phones } = deps
  return async ({ serial, controller }, command, onData) => {
    if (controller.signal.aborted) return { state: 'unknown', reason: controller.signal.reason as UnknownReason }
    const timer = setTimeout(() => controller.abort('timeout' satisfies UnknownReason), deps.commandTimeoutMs)
    try {
      const output = await adb.shell(serial, withEndMarker(command), { signal: controller.signal, onData })
      const text = beforeEndMarker(output)
      if (text !== null) return { text }
      if (phones.isReady(serial)) await phones.waitForChange(deps.unplugGraceMs)
      return { state: 'unknown', reason: phones.isReady(serial) ? 'truncated' : 'disconnected' }
    } catch (error) {
      const aborted = controller.signal.aborted ? (controller.signal.reason as UnknownReason) : undefined
      return { state: 'unknown', reason: failureReason(error, aborted) }
    } finally {
      clearTimeout(timer)
    }
  }
}
