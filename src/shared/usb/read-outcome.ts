/** Why a read from the phone gave no answer; the owner is told, and nothing is taken as "clean". */
export type UnknownReason =
  'disconnected' | 'unauthorized' | 'offline' | 'timeout' | 'cancelled' | 'truncated' | 'too-long' | 'unrecognised' | 'adb-error'

/** A read that could not be trusted: whatever was received is dropped. */
export interface UnknownOutcome {
  state: 'unknown'
  reason: UnknownReason
}
