import type { UnknownReason } from '@shared/usb/read-outcome'
import { AdbError } from './adb-protocol'

/** Printed by the phone after the command: its presence proves the output arrived whole. */
const END_MARKER = 'HANDOVER_END_OF_READ'

/** The command with the end marker echoed after it. */
export function withEndMarker(command: string): string {
  return `${command}; echo ${END_MARKER}`
}

/** The output before the end marker, or null when the marker is missing (the stream was cut). */
export function beforeEndMarker(output: string): string | null {
  const text = output.replace(/\r\n?/g, '\n')
  const tail = `${END_MARKER}\n`
  if (text === tail) return ''
  if (!text.endsWith(`\n${tail}`)) return null
  return text.slice(0, -tail.length)
}

/** Why the server refused a transport, from its FAIL message. */
function refusalReason(message: string): UnknownReason {
  if (/unauthori[sz]ed|authorizing/i.test(message)) return 'unauthorized'
  if (/offline|connecting/i.test(message)) return 'offline'
  if (/not found|no devices/i.test(message)) return 'disconnected'
  return 'adb-error'
}

/** The reason for a failed shell read: the abort reason when the read was aborted, else from the error. */
export function failureReason(error: unknown, abortReason: UnknownReason | undefined): UnknownReason {
  if (abortReason) return abortReason
  if (!(error instanceof AdbError)) return 'adb-error'
  switch (error.kind) {
    case 'refused':
      return refusalReason(error.message)
    case 'closed':
      return 'disconnected'
    case 'timeout':
      return 'timeout'
    case 'cancelled':
      return 'cancelled'
    case 'too-long':
      return 'too-long'
    default:
      return 'adb-error'
  }
}
